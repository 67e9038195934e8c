// Comparing texts: the seed, the preview and the PDF's extracted text, whitespace-insensitive.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { normaliseForComparison } from '../../core/text-render';
import { seedPath } from './harness';

export const seedText = (): string => readFileSync(seedPath, 'utf8');

/** pdftotext of a PDF, without the page numbers (— 3 —) and the sign-off stamp line, whitespace removed. */
export function pdfText(file: string): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return normaliseForComparison(
    text
      .replace(/^\s*—\s*\d+\s*—\s*$/gm, '')
      .replace(/^.*(?:指纹|fingerprint) [0-9A-F]{4}(?:-[0-9A-F]{4}){3}\s*$/gm, ''),
  );
}

export { normaliseForComparison };
