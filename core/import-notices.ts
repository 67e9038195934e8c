// What an import of a Word file found beyond the report's text, and what became of it, told to the user after
// the import (never silently): tracked changes taken as accepted, comments and their authors, tables read as
// paragraphs, images, text boxes, notes, headers and footers left out, headings whose automatic numbers a
// Word 97-2003 file cannot give. The notices are made from what the readers find in one place,
// electron/formats/word/import-findings.ts, so a .docx and a .doc say the same.
import { z } from 'zod';
import { translator } from './i18n';
import type { Language } from './model';

/** How many names or texts a notice shows at most, and how long each may be. */
export const NOTICE_NAMES = { most: 5, length: 30 } as const;

const count = z.number().int().min(1);
const tally = z.number().int().min(0);
/** Names and quoted texts a notice shows: a few, each short. */
const names = z.array(z.string().max(NOTICE_NAMES.length)).max(NOTICE_NAMES.most);

export const importNoticeSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('autoNumbering'), count, kind: z.enum(['doc', 'wps']), headings: names }),
  z.object({
    code: z.literal('revisions'),
    count,
    insertions: tally,
    deletions: tally,
    formatting: tally,
    authors: names,
  }),
  z.object({ code: z.literal('comments'), count, authors: names }),
  z.object({ code: z.literal('tables'), count, paragraphs: tally }),
  z.object({ code: z.literal('images'), count }),
  z.object({ code: z.literal('textBoxes'), count, texts: names }),
  z.object({ code: z.literal('footnotes'), count }),
  z.object({ code: z.literal('endnotes'), count }),
  z.object({ code: z.literal('headersFooters'), count, texts: names }),
]);
export type ImportNotice = z.infer<typeof importNoticeSchema>;
export type ImportNoticeCode = ImportNotice['code'];

/** One sentence per notice, in the user's language. */
export function importNoticeText(language: Language, notice: ImportNotice): string {
  const t = translator(language, 'word');
  const list = (items: string[]) => items.join(t('notice.separator'));
  const quoted = (texts: string[]) => list(texts.map((text) => t('notice.quoted', { text })));
  const by = (key: 'revisionsBy' | 'commentsBy', authors: string[]) =>
    authors.length ? t(`notice.${key}`, { authors: list(authors) }) : '';
  switch (notice.code) {
    case 'autoNumbering':
      return t('notice.autoNumbering', { ...notice, headings: quoted(notice.headings) });
    case 'revisions': {
      const parts = (['insertions', 'deletions', 'formatting'] as const)
        .filter((part) => notice[part] > 0)
        .map((part) => t(`notice.revisionPart.${part}`, { count: notice[part] }));
      return t('notice.revisions', { count: notice.count, parts: list(parts), by: by('revisionsBy', notice.authors) });
    }
    case 'comments':
      return t('notice.comments', { count: notice.count, by: by('commentsBy', notice.authors) });
    case 'textBoxes':
    case 'headersFooters':
      return t(`notice.${notice.code}`, {
        count: notice.count,
        texts: notice.texts.length ? t('notice.texts', { texts: quoted(notice.texts) }) : '',
      });
    case 'tables':
      return t('notice.tables', {
        count: notice.count,
        paragraphs: t('notice.paragraphs', { count: notice.paragraphs }),
      });
    default:
      return t(`notice.${notice.code}`, { count: notice.count });
  }
}
