// Verify: which report and version a PDF is, by the fingerprint it carries, and whether it is that version's file
// as the program prints it. The program prints a version as the same bytes every time (core/export-stamp.ts's
// printDate), so the version is printed again and compared byte for byte: the same bytes are "identical to
// version N as printed". Otherwise each page's drawing (operations, glyphs, font programs) is compared with the
// re-rendering's, and the first page that differs is named with what differs there; the text differences follow.
// The fingerprint comes from the document information; a PDF re-saved by another program may have lost it, so
// the short code printed on the last page is the fallback.
import { diffChars } from 'diff';
import type { PdfUpload } from '../../core/api';
import { reportTitle } from '../../core/document';
import { AppError } from '../../core/errors';
import { fingerprint, normaliseShortCode } from '../../core/fingerprint';
import { isLanguage } from '../../core/i18n';
import { LANGUAGES, type Language, type Report, type ReportSummary } from '../../core/model';
import { approvalRecord, printStamp } from '../../core/sign-off';
import { normaliseForComparison, renderText } from '../../core/text-render';
import type { VersionKind, VersionList } from '../../core/version-types';
import { pdfStamp, PUBLIC_KIND, publicPdfStamp, SLIP_KIND, STAMP_KEYS } from '../../core/export-stamp';
import { publicReport } from '../../core/public-copy';
import { formatSize } from '../../core/import-limits';
import { printsAsDraft } from '../../core/report-ops';
import { MAX_VERIFY_BYTES, type PrintedComparison, type VerifyAnswer } from '../../core/verify-answer';
import { readFileWithin } from '../files/input-files';
import { drawnDifference, type PageDrawing } from '../formats/pdf-reading/page-drawing';
import { pageTexts, withPdf, type PdfFile } from '../formats/pdf-reading/read-pdf';
import { renderOutput } from './output-formats';
import type { PdfRenderer } from './pdf-file';

type VerifyStatus = VerifyAnswer['status'];

/** What verification reads from the data folder (the services, opened read-only), and how it prints. */
export interface VerifyContext {
  listReports(): Promise<ReportSummary[]>;
  openReport(id: string): Promise<{ report: Report }>;
  listVersions(id: string): Promise<VersionList>;
  openVersion(id: string, number: number): Promise<{ report: Report }>;
  /** The office's time zone, which the slip prints its dates in. */
  timeZone(): Promise<string>;
  /** The data folder searched, named in the answer. */
  dataDir: string;
  /** The PDF writer the services print with (a stand-in in tests). */
  renderer?: PdfRenderer;
}

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

interface Match {
  status: VerifyStatus;
  content: Report;
  version: number | null;
  kind?: VersionKind;
}

/** The version (or the current text) of report `id` whose public copy has the fingerprint found, newest first. */
async function publicSource(id: string, ctx: VerifyContext, matches: (fp: string) => boolean): Promise<Match | null> {
  const { report } = await ctx.openReport(id);
  if (matches(fingerprint(publicReport(report)))) {
    const { version } = printStamp(report);
    return { content: report, version, status: version === null ? 'draft' : 'signed-off' };
  }
  const { versions } = await ctx.listVersions(id);
  for (const v of [...versions].reverse()) {
    const { report: old } = await ctx.openVersion(id, v.number);
    if (matches(fingerprint(publicReport(old)))) return { content: old, version: v.number, status: 'older' };
  }
  return null;
}

/** The signed-off text, an older version or the current draft of report `id` with the fingerprint found. */
async function reportSource(id: string, ctx: VerifyContext, matches: (fp: string) => boolean): Promise<Match | null> {
  const { report } = await ctx.openReport(id);
  const approval = approvalRecord(report);
  if (approval && matches(approval.fingerprint) && matches(fingerprint(report))) {
    return { status: 'signed-off', content: report, version: approval.version, kind: 'signed-off' };
  }
  const { versions } = await ctx.listVersions(id);
  const version = versions.findLast((v) => matches(v.fingerprint));
  if (version) {
    const { report: old } = await ctx.openVersion(id, version.number);
    return { status: 'older', content: old, version: version.number, kind: version.kind };
  }
  return matches(fingerprint(report)) ? { status: 'draft', content: report, version: null } : null;
}

type PrintKind = 'pdf' | 'public-pdf' | 'slip';

/** A re-rendering, with the drawings of its pages as far as they were compared. */
interface Print {
  bytes: Uint8Array;
  drawings: Map<number, PageDrawing>;
}

/** The last re-renderings (with and without a forced watermark), kept: several copies of a version print it once. */
const prints = new Map<string, Print>();
const KEPT_PRINTS = 2;

/** The version printed again as the export prints it: the report's PDF, its public copy or its slip. */
async function reprint(
  kind: PrintKind,
  report: Report,
  language: Language,
  forceDraft: boolean,
  ctx: VerifyContext,
): Promise<Print> {
  const key = JSON.stringify([kind, language, forceDraft, report]);
  const kept = prints.get(key);
  if (kept) return kept;
  const renderer = ctx.renderer ? { renderer: ctx.renderer } : {};
  const { bytes } =
    kind === 'slip'
      ? await renderOutput('slip', report, { language, timeZone: await ctx.timeZone() })
      : await renderOutput(kind, report, { language, forceDraft, ...renderer });
  const print = { bytes, drawings: new Map<number, PageDrawing>() };
  prints.set(key, print);
  if (prints.size > KEPT_PRINTS) prints.delete(prints.keys().next().value!);
  return print;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

/** The first page of `found` that draws differently from `expected`, and what differs there. */
async function drawnComparison(found: PdfFile, expected: Print): Promise<PrintedComparison> {
  return withPdf(expected.bytes, async (printed) => {
    if (printed.pageCount !== found.pageCount) return { identical: false, page: null, what: 'pages' };
    for (let page = 1; page <= found.pageCount; page++) {
      const drawing = expected.drawings.get(page) ?? (await printed.drawing(page));
      expected.drawings.set(page, drawing);
      const what = drawnDifference(await found.drawing(page), drawing);
      if (what) return { identical: false, page, what };
    }
    return { identical: false, page: null, what: 'bytes' };
  });
}

/** A PDF handed over without a file (the verify page's upload), held to a file's size limit. */
export function verifyPdfUpload(upload: PdfUpload, ctx: VerifyContext): Promise<VerifyAnswer> {
  const bytes = Buffer.from(upload.data, 'base64');
  if (bytes.length > MAX_VERIFY_BYTES) throw tooLarge(bytes.length);
  return verifyPdfBytes(bytes, ctx);
}

/** What `bytes` are: the version they were printed from and whether they are that version's file as printed. */
export function verifyPdfBytes(bytes: Uint8Array, ctx: VerifyContext): Promise<VerifyAnswer> {
  return withPdf(bytes, async (pdf) => {
    const full = pdf.info[STAMP_KEYS.fingerprint];
    const printed = full ? undefined : SHORT_CODE.exec(await pdf.text(pdf.pageCount))?.[0];
    const found = full && /^[0-9a-f]{64}$/.test(full) ? full : printed ? normaliseShortCode(printed) : null;
    if (!found) throw new AppError('VERIFY_NO_FINGERPRINT');
    const matches = (fp: string) => fp.startsWith(found);
    const declared = pdf.info[STAMP_KEYS.kind];
    const kind: PrintKind = declared === SLIP_KIND ? 'slip' : declared === PUBLIC_KIND ? 'public-pdf' : 'pdf';

    const named = pdf.info[STAMP_KEYS.reportId];
    const all = await ctx.listReports();
    const ids = named && all.some((r) => r.id === named) ? [named] : all.map((r) => r.id);
    let match: Match | null = null;
    for (const id of ids) {
      match = kind === 'public-pdf' ? await publicSource(id, ctx, matches) : await reportSource(id, ctx, matches);
      if (match) break;
    }
    if (!match) return { status: 'unknown', found, dataDir: ctx.dataDir };

    const { content } = match;
    const stated = pdf.info[STAMP_KEYS.language];
    const language = isLanguage(stated) ? stated : content.meta.language;
    // A report prints as a draft by its state unless the export forced the watermark: both are the program's.
    const tries = kind !== 'slip' && !printsAsDraft(content) ? [false, true] : [false];
    let comparison: PrintedComparison | null = null;
    let first: Print | null = null;
    for (const forceDraft of tries) {
      const again = await reprint(kind, content, language, forceDraft, ctx);
      first ??= again;
      if (sameBytes(bytes, again.bytes)) comparison = { identical: true };
      if (comparison) break;
    }
    comparison ??= await drawnComparison(pdf, first!);
    const text =
      comparison.identical || kind === 'slip'
        ? {}
        : {
            differences: differences(
              normaliseForComparison(renderText(kind === 'public-pdf' ? publicReport(content) : content)),
              pdfBodyText(await pageTexts(pdf), (lang) =>
                kind === 'public-pdf' ? publicPdfStamp(content, lang) : pdfStamp(content, lang),
              ),
            ),
          };
    return {
      status: match.status,
      found,
      dataDir: ctx.dataDir,
      reportId: content.id,
      title: reportTitle(content),
      version: match.version,
      ...(match.kind ? { kind: match.kind } : {}),
      ...(kind === 'slip' ? { slip: true as const } : {}),
      ...(kind === 'public-pdf' ? { publicCopy: true as const } : {}),
      printed: comparison,
      ...text,
    };
  });
}

/** The same for a PDF file named by the user: a regular file within the size limit, refused before reading otherwise. */
export async function verifyPdfFile(file: string, ctx: VerifyContext): Promise<VerifyAnswer> {
  return verifyPdfBytes(await readFileWithin(file, MAX_VERIFY_BYTES, tooLarge), ctx);
}
