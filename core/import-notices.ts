// What an import of a Word file found beyond the report's text, and what became of it, told to the user after
// the import (never silently): tracked changes taken as accepted, comments and their authors, tables read as
// paragraphs, images, text boxes, notes, headers and footers left out, headings whose automatic numbers a
// Word 97-2003 file cannot give. The readers (electron/formats/word/) count what they find as ImportFindings;
// importNotices is the one place that decides what is worth a notice, so a .docx and a .doc say the same.
import { z } from 'zod';
import { isExportMarking } from './export-stamp';
import { translator } from './i18n';
import type { Language } from './model';

/** How many names or texts a notice shows at most, and how long each may be. */
const NAMED_MAX = 5;
const CLIP = 30;

const count = z.number().int().min(1);
const tally = z.number().int().min(0);
/** Names and quoted texts a notice shows: a few, each short (importNotices clips them). */
const names = z.array(z.string().max(CLIP)).max(NAMED_MAX);

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

/** What a reader found beyond the report's text. Texts are as found: importNotices leaves out the app's own. */
export interface ImportFindings {
  /** Headings a Word 97-2003 file numbers automatically (their numbers are not in its text), with the file's kind. */
  autoNumbered: { kind: 'doc' | 'wps'; headings: string[] } | null;
  insertions: number;
  deletions: number;
  /** Tracked changes of formatting only. */
  formatting: number;
  revisionAuthors: string[];
  comments: number;
  commentAuthors: string[];
  tables: number;
  /** The paragraphs the tables' cells became. */
  tableParagraphs: number;
  images: number;
  /** The text of each text box (empty for a box without text). */
  textBoxes: string[];
  footnotes: number;
  endnotes: number;
  /** The text of each paragraph of the headers and footers. */
  headersFooters: string[];
}

export const noFindings = (): ImportFindings => ({
  autoNumbered: null,
  insertions: 0,
  deletions: 0,
  formatting: 0,
  revisionAuthors: [],
  comments: 0,
  commentAuthors: [],
  tables: 0,
  tableParagraphs: 0,
  images: 0,
  textBoxes: [],
  footnotes: 0,
  endnotes: 0,
  headersFooters: [],
});

const clip = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > CLIP ? `${flat.slice(0, CLIP - 1)}…` : flat;
};
/** Distinct, non-empty, clipped: what a notice names. */
const named = (texts: string[]): string[] => [...new Set(texts.map(clip).filter(Boolean))].slice(0, NAMED_MAX);

/**
 * A page number, alone or dressed (「— 3 —」, 「第 3 页 共 9 页」, 「Page 3 of 9」), says nothing the export does not
 * print again: only other text in a header or footer is worth a notice.
 */
const PAGE_FURNITURE = /[\p{N}\p{P}\p{S}\s]|[第页共]|\b(?:page|of)\b/giu;
const headerFooterText = (text: string): boolean => text.replace(PAGE_FURNITURE, '') !== '' && !isExportMarking(text);

export function importNotices(found: ImportFindings): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const { autoNumbered } = found;
  if (autoNumbered && autoNumbered.headings.length) {
    const { kind, headings } = autoNumbered;
    notices.push({ code: 'autoNumbering', count: headings.length, kind, headings: named(headings) });
  }
  const { insertions, deletions, formatting } = found;
  const revisions = insertions + deletions + formatting;
  if (revisions) {
    const authors = named(found.revisionAuthors);
    notices.push({ code: 'revisions', count: revisions, insertions, deletions, formatting, authors });
  }
  if (found.comments) notices.push({ code: 'comments', count: found.comments, authors: named(found.commentAuthors) });
  if (found.tables) notices.push({ code: 'tables', count: found.tables, paragraphs: found.tableParagraphs });
  if (found.images) notices.push({ code: 'images', count: found.images });
  // The stamp line our own export prints sits in a frame, which an office suite may save as a text box.
  const boxes = found.textBoxes.filter((text) => !isExportMarking(text));
  if (boxes.length) notices.push({ code: 'textBoxes', count: boxes.length, texts: named(boxes) });
  if (found.footnotes) notices.push({ code: 'footnotes', count: found.footnotes });
  if (found.endnotes) notices.push({ code: 'endnotes', count: found.endnotes });
  const headersFooters = [...new Set(found.headersFooters.map((text) => text.trim()).filter(headerFooterText))];
  if (headersFooters.length)
    notices.push({ code: 'headersFooters', count: headersFooters.length, texts: named(headersFooters) });
  return notices;
}

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
      return t('notice.tables', { count: notice.count, paragraphs: notice.paragraphs });
    default:
      return t(`notice.${notice.code}`, { count: notice.count });
  }
}
