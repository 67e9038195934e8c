// What an import of a Word file left out or changed, told to the user after the import (never silently).
import { z } from 'zod';
import { translator } from './i18n';
import type { Language } from './model';

export const IMPORT_NOTICE_CODES = [
  'tables',
  'images',
  'textBoxes',
  'comments',
  'revisions',
  'footnotes',
  'binaryNumbering',
] as const;

export const importNoticeSchema = z.object({
  code: z.enum(IMPORT_NOTICE_CODES),
  count: z.number().int().min(1),
});
export type ImportNotice = z.infer<typeof importNoticeSchema>;
export type ImportNoticeCode = ImportNotice['code'];

/** One sentence per notice, in the user's language. */
export function importNoticeText(language: Language, notice: ImportNotice): string {
  return translator(language, 'word')(`notice.${notice.code}`, { count: notice.count });
}
