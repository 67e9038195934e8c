// One history file: a version of a report, written once and never rewritten. Written with the store's durable
// create (temp file, fsync, link: never over an existing file), so a version on disk is always whole and never
// replaced; read back checked against the schema.
import { AppError } from '../../core/errors';
import { checkReport } from '../../core/report-codec';
import { createDurable } from '../files/durable-file';
import {
  VERSION_FORMAT,
  VERSION_FORMAT_VERSION,
  storedVersionSchema,
  type StoredVersion,
  type VersionSummary,
} from '../../core/version-types';
import type { Report } from '../../core/model';
import { stripBom } from '../../core/text-decode';

/**
 * The store's durable create: the one call site, so a change of primitive is one line. `fence` runs right
 * before the file is linked into place; EEXIST when the number is taken.
 */
export const writeVersionText = (file: string, text: string, fence?: () => Promise<void>): Promise<void> =>
  createDurable(file, text, { beforeRename: fence });

export function encodeVersion(summary: VersionSummary, report: Report): string {
  return JSON.stringify({ format: VERSION_FORMAT, formatVersion: VERSION_FORMAT_VERSION, ...summary, report });
}

/** A checked version (its report migrated like a report file); VERSION_DAMAGED for anything else. */
export function decodeVersion(text: string, number: number): StoredVersion {
  try {
    const value = JSON.parse(stripBom(text)) as Record<string, unknown>;
    const report = checkReport(value.report).report;
    const parsed = storedVersionSchema.safeParse({ ...value, report });
    if (parsed.success && parsed.data.number === number) return parsed.data;
  } catch (err) {
    if (err instanceof AppError && err.code === 'SCHEMA_TOO_NEW') throw err;
  }
  throw new AppError('VERSION_DAMAGED', { version: number });
}

export function summaryOfVersion(version: StoredVersion): VersionSummary {
  const { number, createdAt, kind, state, by, note, fingerprint, reviewNotes } = version;
  return { number, createdAt, kind, state, by, note, fingerprint, reviewNotes };
}
