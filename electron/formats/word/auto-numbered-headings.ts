// A Word 97-2003 file keeps the numbers Word generates automatically out of its text, and no maintained reader
// that runs in Node gives a .doc's list levels (word-extractor, which reads it, gives the text only). A report
// numbered that way reads as headings without numbers: short lines with no typed number and no closing
// punctuation, standing between lines of body text. The title before the first body line and the signature
// after the last are not headings; table rows (cells end in a tab) are not either.
import { isStampLine } from '../../../core/export-stamp';
import { typedOutlineLevel } from '../../../core/outline-markers';

/** Longer than a heading: such a line is body text however it ends. */
const MAX_HEADING = 40;
/** A line ending in a sentence's or a lead-in's punctuation (closing quotes and brackets aside) is body text. */
const BODY_END = /[。！？；;!?：:][”’"』」）)]*$/;
/** A heading never ends in a comma or an enumeration mark either. */
const NOT_A_HEADING_END = /[，,、…]$/;
/** One such line may be a subtitle or a caption; two or more are headings the file numbers itself. */
const MIN_HEADINGS = 2;

const isBody = (line: string): boolean => BODY_END.test(line) || line.length > MAX_HEADING;

/** The headings among `paragraphs` (a binary Word file's, in order) whose numbers Word generates; [] when none. */
export function autoNumberedHeadings(paragraphs: readonly string[]): string[] {
  const lines = paragraphs.map((p) => p.trim()).filter((p) => p && !p.includes('\t') && !isStampLine(p));
  const first = lines.findIndex(isBody);
  const last = lines.findLastIndex(isBody);
  const headings = lines
    .slice(first + 1, last)
    .filter((line) => !isBody(line) && !NOT_A_HEADING_END.test(line) && typedOutlineLevel(line) === null);
  return first >= 0 && headings.length >= MIN_HEADINGS ? headings : [];
}
