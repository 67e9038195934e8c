// The bounds of a Word import, far above any real report (a 300-page report is about 200,000 characters and a
// 2 MB document.xml), and far below what would exhaust the memory of an office PC. A file beyond one is refused
// with a sentence naming the limit (IMPORT_LIMIT), in bounded time: sizes are counted while a part is being
// decompressed, not taken from the ZIP's own (forgeable) directory.
import { formatSize } from '../../../core/import-limits';

export const WORD_LIMITS = {
  /** Parts in a .docx (a real one has 10–40, a few hundred with images). */
  zipEntries: 5000,
  /** Decompressed size of one XML part read (document.xml, styles.xml, numbering.xml, comments.xml). */
  partBytes: 32 * 1024 * 1024,
  /** Decompressed size of all parts read together. */
  totalBytes: 64 * 1024 * 1024,
  /** Element nesting of any XML part (Word writes fewer than 20 levels; tables in tables add a few each). */
  xmlDepth: 200,
  /** Characters of text in the document. */
  characters: 2_000_000,
  /** Paragraphs, table cells included. */
  paragraphs: 100_000,
} as const;

export type WordLimit = 'entries' | 'expanded' | 'depth' | 'dtd' | 'characters' | 'paragraphs';

/** The {{max}} shown for a limit. */
export function limitMax(limit: WordLimit): string {
  switch (limit) {
    case 'entries':
      return String(WORD_LIMITS.zipEntries);
    case 'expanded':
      return formatSize(WORD_LIMITS.totalBytes);
    case 'depth':
      return String(WORD_LIMITS.xmlDepth);
    case 'characters':
      return WORD_LIMITS.characters.toLocaleString('en-US');
    case 'paragraphs':
      return WORD_LIMITS.paragraphs.toLocaleString('en-US');
    case 'dtd':
      return '';
  }
}
