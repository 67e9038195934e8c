// `report-desk verify`: which report and version a PDF is, by the fingerprint it carries, and whether its
// text is still that version's text. The fingerprint comes from the document information; a PDF re-saved by
// another program may have lost it, so the short code printed on the last page is the fallback.
import { diffChars } from 'diff';
import { AppError } from '../../core/errors';
import { fingerprint, normaliseShortCode } from '../../core/fingerprint';
import { LANGUAGES, type Language, type Report } from '../../core/model';
import { approvalRecord, printStamp } from '../../core/sign-off';
import { normaliseForComparison, renderText } from '../../core/text-render';
import type { VersionKind, VersionList } from '../../core/version-types';
import type { ReportSummary } from '../../core/model';
import { pdfStamp, PUBLIC_KIND, publicPdfStamp, SLIP_KIND, STAMP_KEYS } from '../../core/export-stamp';
import { publicReport } from '../../core/public-copy';
import { formatSize } from '../../core/import-limits';
import { readFileWithin } from '../files/input-files';
import { readPdfContent } from '../formats/pdf-reading/read-pdf';

export type VerifyStatus = 'signed-off' | 'older' | 'draft' | 'unknown';

export interface VerifyResult {
  status: VerifyStatus;
  /** The fingerprint as found: 64 hex digits from the metadata, or the 16 of the printed short code. */
  found: string;
  report?: Report;
  version?: number | null;
  kind?: VersionKind;
  /** Where the PDF's text differs from the version's (empty: the same); absent when nothing matched or for a slip. */
  differences?: string[];
  /** The PDF is the approval slip of that version, not the report: its text is not compared. */
  slip?: true;
  /** The PDF is the public copy made from that version (null: from an unsigned draft), compared with its text. */
  publicCopy?: true;
}

/** What verification reads from the data folder (the services, opened read-only). */
export interface VerifyLookup {
  listReports(): Promise<ReportSummary[]>;
  openReport(id: string): Promise<{ report: Report }>;
  listVersions(id: string): Promise<VersionList>;
  openVersion(id: string, number: number): Promise<{ report: Report }>;
}

/** Far above any report's PDF (a 268-page report is about 2 MB). */
export const MAX_VERIFY_BYTES = 100 * 1024 * 1024;

const tooLarge = (size: number) => new AppError('VERIFY_TOO_LARGE', { size: formatSize(size) });

const SHORT_CODE = /[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/;
/** Characters of context shown around each difference. */
const CONTEXT = 12;

/** The PDF's text without what the export adds around the report's own: page numbers and the stamp line. */
function pdfBodyText(pages: string[], stampOf: (language: Language) => { lastPageLine: string }): string {
  let text = normaliseForComparison(pages.join('\n')).replace(/—\d+—/g, '');
  for (const language of LANGUAGES) text = text.split(normaliseForComparison(stampOf(language).lastPageLine)).join('');
  return text;
}

/** The version (or the current text) of report `id` whose public copy has the fingerprint found, newest first. */
async function publicSource(
  id: string,
  lookup: VerifyLookup,
  matches: (fp: string) => boolean,
): Promise<{ content: Report; version: number | null; status: VerifyStatus } | null> {
  const { report } = await lookup.openReport(id);
  if (matches(fingerprint(publicReport(report)))) {
    const { version } = printStamp(report);
    return { content: report, version, status: version === null ? 'draft' : 'signed-off' };
  }
  const { versions } = await lookup.listVersions(id);
  for (const v of [...versions].reverse()) {
    const { report: old } = await lookup.openVersion(id, v.number);
    if (matches(fingerprint(publicReport(old)))) return { content: old, version: v.number, status: 'older' };
  }
  return null;
}

function differences(expected: string, actual: string): string[] {
  const parts = diffChars(expected, actual, { maxEditLength: 20_000 });
  if (!parts) return [`[-${expected.slice(0, 40)}…-]{+${actual.slice(0, 40)}…+}`];
  const found: string[] = [];
  parts.forEach((part, i) => {
    if (!part.added && !part.removed) return;
    if (parts[i - 1]?.removed && part.added) return;
    const before =
      parts[i - 1] && !parts[i - 1]!.added && !parts[i - 1]!.removed ? parts[i - 1]!.value.slice(-CONTEXT) : '';
    const next = part.removed && parts[i + 1]?.added ? parts[i + 1] : undefined;
    const afterPart = parts[i + (next ? 2 : 1)];
    const after = afterPart && !afterPart.added && !afterPart.removed ? afterPart.value.slice(0, CONTEXT) : '';
    const change = part.removed ? `[-${part.value}-]${next ? `{+${next.value}+}` : ''}` : `{+${part.value}+}`;
    found.push(`…${before}${change}${after}…`);
  });
  return found;
}

export async function verifyPdf(file: string, lookup: VerifyLookup): Promise<VerifyResult> {
  const content = await readPdfContent(await readFileWithin(file, MAX_VERIFY_BYTES, tooLarge));
  const full = content.info[STAMP_KEYS.fingerprint];
  const printed = SHORT_CODE.exec(content.pages.at(-1) ?? '')?.[0];
  const found = full && /^[0-9a-f]{64}$/.test(full) ? full : printed ? normaliseShortCode(printed) : null;
  if (!found) throw new AppError('VERIFY_NO_FINGERPRINT');
  const matches = (fp: string) => fp.startsWith(found);

  const named = content.info[STAMP_KEYS.reportId];
  const all = await lookup.listReports();
  const ids = named && all.some((r) => r.id === named) ? [named] : all.map((r) => r.id);
  const isPublic = content.info[STAMP_KEYS.kind] === PUBLIC_KIND;
  for (const id of ids) {
    const source = isPublic ? await publicSource(id, lookup, matches) : null;
    if (source) {
      const expected = normaliseForComparison(renderText(publicReport(source.content)));
      const actual = pdfBodyText(content.pages, (language) => publicPdfStamp(source.content, language));
      return {
        status: source.status,
        found,
        report: source.content,
        version: source.version,
        publicCopy: true,
        differences: differences(expected, actual),
      };
    }
    if (isPublic) continue;
    const { report } = await lookup.openReport(id);
    const approval = approvalRecord(report);
    let match: { status: VerifyStatus; content: Report; version: number | null; kind?: VersionKind } | null = null;
    if (approval && matches(approval.fingerprint) && matches(fingerprint(report))) {
      match = { status: 'signed-off', content: report, version: approval.version, kind: 'signed-off' };
    } else {
      const { versions } = await lookup.listVersions(id);
      const version = versions.findLast((v) => matches(v.fingerprint));
      if (version) {
        const { report: old } = await lookup.openVersion(id, version.number);
        match = { status: 'older', content: old, version: version.number, kind: version.kind };
      } else if (matches(fingerprint(report))) {
        match = { status: 'draft', content: report, version: null };
      }
    }
    if (match && content.info[STAMP_KEYS.kind] === SLIP_KIND) {
      const { status, content: report, version, kind } = match;
      return { status, found, report, version, ...(kind ? { kind } : {}), slip: true };
    }
    if (match) {
      const expected = normaliseForComparison(renderText(match.content));
      return {
        status: match.status,
        found,
        report: match.content,
        version: match.version,
        ...(match.kind ? { kind: match.kind } : {}),
        differences: differences(
          expected,
          pdfBodyText(content.pages, (language) => pdfStamp(match.content, language)),
        ),
      };
    }
  }
  return { status: 'unknown', found };
}
