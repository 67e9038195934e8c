// The portable report package (.rldpkg): a JSON envelope around one report and its version history (see
// electron/formats/package/package-history.ts for how the history is checked on the way in). Packages come from outside
// (e-mail, USB sticks), so they are read defensively: size and nesting depth are checked before JSON.parse
// runs at all, keys that could pollute prototypes are refused, and the report is migrated and validated.
import { AppError } from '../../../core/errors';
import { IMPORT_LIMITS, importTooLarge } from '../../../core/import-limits';
import type { Report } from '../../../core/model';
import { OUTPUT_KINDS } from '../../../core/output-kinds';
import { stripBom } from '../../../core/text-decode';
import type { StoredVersion } from '../../../core/version-types';
import { checkReport } from '../../../core/report-codec';
import { PACKAGE_FORMAT } from '../../../core/input-kind';

export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = `.${OUTPUT_KINDS.package.extension}`;
export const MAX_PACKAGE_BYTES = IMPORT_LIMITS.package;
/** A real package nests about ten levels (envelope → report → chapters → sections → items → sub-items). */
export const MAX_PACKAGE_DEPTH = 64;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The package's text; one without saved versions has no `history` key (as before versions existed). */
export function encodePackage(report: Report, exportedAt: string, history: StoredVersion[] = []): string {
  const envelope = { format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION, exportedAt, report };
  return JSON.stringify(history.length ? { ...envelope, history } : envelope);
}

/** The report inside a package, checked; throws a PACKAGE_* / SCHEMA_TOO_NEW AppError otherwise. */
export const decodePackage = (text: string): Report => decodeEnvelope(text).report;

/**
 * The package's report, checked, and its `history` as parsed (package-history.ts checks it): one JSON.parse
 * for both. Throws a PACKAGE_* / SCHEMA_TOO_NEW AppError when the envelope or the report is wrong.
 */
export function decodeEnvelope(text: string): { report: Report; history: unknown } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PACKAGE_BYTES) throw importTooLarge('package', bytes);
  const body = stripBom(text);
  if (nestingDepth(body) > MAX_PACKAGE_DEPTH) throw new AppError('PACKAGE_TOO_DEEP');
  const envelope = parseRefusingUnsafeKeys(body);
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    throw new AppError('PACKAGE_FOREIGN');
  const { format, formatVersion, report, history } = envelope as Record<string, unknown>;
  if (format !== PACKAGE_FORMAT) throw new AppError('PACKAGE_FOREIGN');
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    throw new AppError('PACKAGE_INVALID', { path: 'formatVersion', issue: 'version' });
  }
  if (formatVersion > PACKAGE_FORMAT_VERSION) throw new AppError('SCHEMA_TOO_NEW', { version: formatVersion });
  try {
    return { report: checkReport(report).report, history };
  } catch (err) {
    if (err instanceof AppError && err.code === 'REPORT_INVALID') throw new AppError('PACKAGE_INVALID', err.params);
    throw err;
  }
}

/** Deepest bracket nesting outside strings: one linear pass, no recursion, no allocation. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) max = depth;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return max;
}

/** The first key anywhere in the parsed value that would reach an object's prototype, or null. */
function unsafeKey(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unsafeKey(item);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(key)) return key;
    const found = unsafeKey(item);
    if (found !== null) return found;
  }
  return null;
}

/**
 * JSON.parse keeps such keys as plain own properties (it never sets a prototype), so they are looked for after
 * parsing: a walk of the parsed tree costs a fraction of a reviver called for every value. The depth is already
 * bounded (nestingDepth), so the walk's recursion is too.
 */
function parseRefusingUnsafeKeys(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('PACKAGE_NOT_JSON');
  }
  const unsafe = unsafeKey(value);
  if (unsafe !== null) throw new AppError('PACKAGE_UNSAFE_KEYS', { key: unsafe });
  return value;
}
