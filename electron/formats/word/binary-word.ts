// .doc and .wps (the Word 97-2003 binary format, which WPS also writes) read with word-extractor: the body text,
// paragraph by paragraph, deletions of tracked changes left out. What the library gives beyond the body is
// counted for the notices: comments (their text, not their authors), text boxes, footnotes and endnotes, the
// headers' and footers' text, tables (their cells end in a tab), and headings whose automatic numbers the
// binary format keeps out of the text. Images and tracked changes are not visible through it.
import WordExtractor from 'word-extractor';
import type { ImportNotice } from '../../../core/import-notices';
import type { ReviewNote } from '../../../core/version-types';
import { importNotices, noFindings } from './import-findings';
import { autoNumberedHeadings } from './auto-numbered-headings';
import { damaged } from './errors';
import type { FileKind } from '../../../core/input-kind';

export interface BinaryWordContent {
  lines: string[];
  notices: ImportNotice[];
  /** The comments' texts (word-extractor does not read their authors). */
  comments: ReviewNote[];
}

/** word-extractor's accessors take options its type declarations leave out. */
interface TextOptions {
  /** false: keep the text's own quotes and dashes (by default it turns “” into "" and — into -). */
  filterUnicode?: boolean;
  includeFooters?: boolean;
  includeHeadersAndFooters?: boolean;
}
type Unfiltered = Record<'getBody' | 'getHeaders' | 'getTextboxes', (options: TextOptions) => string>;
const raw = (document: WordExtractor.Document): Unfiltered => document as unknown as Unfiltered;
const KEEP = { filterUnicode: false };

const paragraphsOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');
const nonEmpty = (text: string): string[] => paragraphsOf(text).filter((s) => s.trim());

/** A table row: its cells, each ending in a tab (word-extractor's mark for the end of a cell and of a row). */
const isRow = (paragraph: string): boolean => /\t\s*$/.test(paragraph);

/** Tables as runs of rows, and the cells' text they hold. */
function tables(paragraphs: string[]): { tables: number; cells: number } {
  let count = 0;
  let cells = 0;
  paragraphs.forEach((paragraph, i) => {
    if (!isRow(paragraph)) return;
    if (i === 0 || !isRow(paragraphs[i - 1]!)) count++;
    cells += paragraph.split('\t').filter((cell) => cell.trim()).length;
  });
  return { tables: count, cells };
}

export async function readBinaryWord(bytes: Uint8Array, kind: FileKind): Promise<BinaryWordContent> {
  let document: WordExtractor.Document;
  try {
    document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw damaged(kind, err);
  }
  const paragraphs = paragraphsOf(raw(document).getBody(KEEP));
  // Each table cell becomes a line of its own.
  const lines = paragraphs.flatMap((line) => line.split('\t')).map((line) => line.trim());
  const found = noFindings();
  const headings = autoNumberedHeadings(paragraphs);
  found.autoNumbered = { kind: kind === 'wps' ? 'wps' : 'doc', headings };
  const comments = nonEmpty(document.getAnnotations()).map((text) => ({ author: '', text: text.trim() }));
  found.comments = comments.length;
  found.textBoxes = nonEmpty(raw(document).getTextboxes({ ...KEEP, includeHeadersAndFooters: false }));
  found.footnotes = nonEmpty(document.getFootnotes()).length;
  found.endnotes = nonEmpty(document.getEndnotes()).length;
  found.headersFooters = nonEmpty(raw(document).getHeaders({ ...KEEP, includeFooters: true }));
  const { tables: count, cells } = tables(paragraphs);
  found.tables = count;
  found.tableParagraphs = cells;
  return { lines, notices: importNotices(found), comments };
}
