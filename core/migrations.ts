// Report files written by earlier versions are brought up to SCHEMA_VERSION step by step, one function per
// version (MIGRATIONS[n] turns version n into n + 1), so a file from any earlier version loads.
//
// Version 0 is the pre-release shape, kept as the documented starting point of the chain:
//   { version?: 0, id, template?, organisation, year, title?, recipient?, status?, language?,
//     created?, updated?, chapters: [{ id?, title, paragraphs?: string[] }] }
// — metadata flat on the report, chapters of plain paragraphs, no style, preamble or indicators.
import { AppError } from './errors';
import { newId } from './ids';
import { SCHEMA_VERSION } from './model';

type Doc = Record<string, unknown>;
type Migration = (doc: Doc) => Doc;

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

function v0ToV1(doc: Doc): Doc {
  const chapters = Array.isArray(doc.chapters) ? doc.chapters : [];
  const created = typeof doc.created === 'string' ? doc.created : new Date(0).toISOString();
  return {
    schemaVersion: 1,
    id: doc.id,
    templateId: typeof doc.template === 'string' ? doc.template : 'department-annual',
    createdAt: created,
    updatedAt: typeof doc.updated === 'string' ? doc.updated : created,
    meta: {
      organisation: doc.organisation,
      year: doc.year,
      title: doc.title ?? null,
      recipient: doc.recipient ?? null,
      signatureUnit: doc.organisation ?? null,
      status: doc.status ?? 'draft',
      language: doc.language ?? 'zh-CN',
    },
    chapters: chapters.map((chapter: unknown) => {
      const c = isDoc(chapter) ? chapter : {};
      return { id: typeof c.id === 'string' ? c.id : newId(), title: c.title, paragraphs: c.paragraphs ?? [] };
    }),
  };
}

export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The version a stored document declares (`schemaVersion`, or the pre-release `version`, absent = 0). */
export function versionOf(doc: Doc): number {
  const declared = doc.schemaVersion ?? doc.version ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    throw new AppError('REPORT_INVALID', { path: 'schemaVersion', issue: 'version' });
  }
  return declared;
}

/**
 * The document in the current version's shape (still to be checked against the schema), and the version it
 * came from. A document from a newer program is refused: loading it would drop what this version can't read.
 */
export function migrateToCurrent(value: unknown): { doc: Doc; from: number } {
  if (!isDoc(value)) throw new AppError('REPORT_INVALID', { path: '—', issue: 'notObject' });
  const from = versionOf(value);
  if (from > SCHEMA_VERSION) throw new AppError('SCHEMA_TOO_NEW', { version: from });
  let doc = value;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new AppError('INTERNAL', { detail: `no migration from schema version ${version}` });
    doc = step(doc);
  }
  return { doc, from };
}
