// Plain-text rendering of a report, in the PDF's reading order: one line per paragraph or heading, the title
// followed by a blank line, the signature block after a blank line.
import { buildDocument, runsText } from './document';
import type { Report } from './model';

export function renderText(report: Report): string {
  const lines: string[] = [];
  for (const block of buildDocument(report).blocks) {
    switch (block.type) {
      case 'title':
        lines.push(block.text, '');
        break;
      case 'recipient':
        lines.push(block.text);
        break;
      case 'heading':
      case 'paragraph':
        lines.push(runsText(block.runs));
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
