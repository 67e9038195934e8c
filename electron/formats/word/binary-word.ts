// .doc and .wps (the Word 97-2003 binary format, which WPS also writes) read with word-extractor: the body text,
// paragraph by paragraph, deletions of tracked changes left out. Automatic numbering is not in the text of a
// binary file, so the user is told to check the levels; comments, text boxes and notes are counted.
import WordExtractor from 'word-extractor';
import type { ImportNotice } from '../../../core/import-notices';
import { isStampLine } from '../../../core/export-stamp';
import { damaged } from './errors';
import type { FileKind } from './kinds';

export interface BinaryWordContent {
  lines: string[];
  notices: ImportNotice[];
}

/** word-extractor's accessors take options its type declarations leave out. */
interface TextOptions {
  /** false: keep the text's own quotes and dashes (by default it turns “” into "" and — into -). */
  filterUnicode?: boolean;
}
type Unfiltered = { getBody(options: TextOptions): string };
const raw = (document: WordExtractor.Document): Unfiltered => document as unknown as Unfiltered;
const KEEP = { filterUnicode: false };

const nonEmptyParts = (text: string): number => text.split(/\n+/).filter((s) => s.trim()).length;
/** Text boxes but the frame holding the stamp line our .docx export prints, which a .doc keeps as a text box. */
const reportTextBoxes = (text: string): number => text.split(/\n+/).filter((s) => s.trim() && !isStampLine(s)).length;

export async function readBinaryWord(bytes: Uint8Array, kind: FileKind): Promise<BinaryWordContent> {
  let document: WordExtractor.Document;
  try {
    document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw damaged(kind, err);
  }
  // Table cells end in a tab in word-extractor's text: each cell becomes a line of its own.
  const lines = raw(document)
    .getBody(KEEP)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .map((line) => line.trim());
  const notices: ImportNotice[] = [{ code: 'binaryNumbering', count: 1 }];
  const comments = nonEmptyParts(document.getAnnotations());
  if (comments) notices.push({ code: 'comments', count: comments });
  const textBoxes = reportTextBoxes(document.getTextboxes({ includeHeadersAndFooters: false }));
  if (textBoxes) notices.push({ code: 'textBoxes', count: textBoxes });
  const notes = nonEmptyParts(document.getFootnotes()) + nonEmptyParts(document.getEndnotes());
  if (notes) notices.push({ code: 'footnotes', count: notes });
  return { lines, notices };
}
