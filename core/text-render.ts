// Plain-text rendering of a report, in the PDF's reading order: one line per paragraph or heading, the title
// followed by a blank line, the signature block after a blank line. A line break inside a paragraph is U+2028.
import { buildDocument, runsText, type Block } from './document';
import type { Report } from './model';

/**
 * A line break inside a paragraph, as plain text writes it: "\n" in the model, but a new line in a text file
 * starts a new paragraph, so the text export writes Unicode's LINE SEPARATOR and the text import reads it back.
 */
export const LINE_SEPARATOR = '\u2028';

export const renderText = (report: Report): string => blocksText(buildDocument(report).blocks);

/** The plain text of a report's blocks, for a caller that has built them already. */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        lines.push(block.text, '');
        break;
      case 'recipient':
        lines.push(block.text);
        break;
      case 'heading':
      case 'paragraph':
        lines.push(runsText(block.runs).replaceAll('\n', LINE_SEPARATOR));
        break;
      case 'signature':
        lines.push('');
        if (block.unit) lines.push(block.unit);
        if (block.date) lines.push(block.date);
        break;
    }
  }
  return lines.join('\n') + '\n';
}

/** Whitespace-insensitive form used to compare texts (round trip, PDF text extraction). */
export function normaliseForComparison(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}
