// What a paste from a word processor becomes in a one-paragraph field: plain text, line breaks joined (with
// nothing between Chinese characters, a space between Latin words: the line breaker's rule, so a paste joins
// lines where the PDF would break them), control characters, tabs and odd spaces dropped.
import { joinWrappedLines } from '../../core/line-breaking';

export function plainPasteText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return joinWrappedLines(lines);
}
