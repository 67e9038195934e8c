// What a Word reader found beyond the report's text, and the one place that decides what of it is worth a notice
// (core/import-notices.ts holds the notices and their sentences): the .docx and the .doc readers fill the same
// findings, so both say the same. The app's own markings are left out here, wherever an office suite has put them.
import { isExportMarking } from '../../../core/export-stamp';
import { NOTICE_NAMES, type ImportNotice } from '../../../core/import-notices';

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
  return flat.length > NOTICE_NAMES.length ? `${flat.slice(0, NOTICE_NAMES.length - 1)}…` : flat;
};
/** Distinct, non-empty, clipped: what a notice names. */
const named = (texts: string[]): string[] => [...new Set(texts.map(clip).filter(Boolean))].slice(0, NOTICE_NAMES.most);

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
