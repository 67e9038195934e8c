// A report package carries the report's version history beside the report (`history`: the version files'
// content, written by encodePackage), so sign-off records and the versions they name travel together. The
// package's own checks (size, depth, unsafe keys, the report) run first in package-format.ts; the history is
// then checked version by version (numbers 1 … n without gaps, at most MAX_VERSIONS), and a package with a bad
// history is refused whole before anything is written.
import { AppError, schemaIssueParams } from '../../../core/errors';
import { storedVersionSchema, type StoredVersion } from '../../../core/version-types';
import { decodeEnvelope } from './package-format';
import type { Report } from '../../../core/model';
import { checkReport } from '../../../core/report-codec';

/**
 * A package's report and the history it carries (none in packages from before versions existed), from one parse: the envelope and the report are checked first
 * (decodeEnvelope), then the history (PACKAGE_INVALID); throws the first refusal.
 */
export function decodeWithHistory(packageText: string): { report: Report; versions: StoredVersion[] } {
  const { report, history } = decodeEnvelope(packageText);
  return { report, versions: checkedHistory(history) };
}

function checkedHistory(history: unknown): StoredVersion[] {
  if (history === undefined) return [];
  if (!Array.isArray(history)) throw new AppError('PACKAGE_INVALID', { path: 'history', issue: 'type' });
  const numbers = new Set<number>();
  const versions = history.map((item: unknown, index) => {
    let report;
    try {
      report = checkReport((item as { report?: unknown } | null)?.report).report;
    } catch (err) {
      if (err instanceof AppError && err.code === 'REPORT_INVALID')
        throw new AppError('PACKAGE_INVALID', { ...err.params, path: `history.${index}.report` });
      throw err;
    }
    const parsed = storedVersionSchema.safeParse({ ...(item as object), report });
    if (!parsed.success) {
      const { path, issue } = schemaIssueParams(parsed.error);
      throw new AppError('PACKAGE_INVALID', { path: `history.${index}.${path}`, issue });
    }
    if (numbers.has(parsed.data.number))
      throw new AppError('PACKAGE_INVALID', { path: `history.${index}.number`, issue: 'value' });
    numbers.add(parsed.data.number);
    return parsed.data;
  });
  // Numbers run 1, 2, 3 … without a gap (and, by the schema, never past MAX_VERSIONS): a history is whole.
  versions.sort((a, b) => a.number - b.number);
  const gap = versions.findIndex((v, i) => v.number !== i + 1);
  if (gap >= 0) throw new AppError('PACKAGE_INVALID', { path: `history.${gap}.number`, issue: 'value' });
  return versions;
}
