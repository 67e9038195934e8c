// What every exported PDF carries to be verified later: the content's fingerprint, the report id and the
// signed-off version in the document information, and a small line at the foot of the last page (the
// fingerprint's short code on a signed-off version, "draft, not signed" on any other).
import { fingerprint, shortCode } from './fingerprint';
import { translator } from './i18n';
import { LANGUAGES, type Language, type Report } from './model';
import { publicReport } from './public-copy';
import { approvalRecord, printStamp } from './sign-off';

export const STAMP_KEYS = {
  reportId: 'ReportDeskReportId',
  version: 'ReportDeskVersion',
  fingerprint: 'ReportDeskFingerprint',
  /** What the file is when it is not the report itself: SLIP_KIND on an approval slip. */
  kind: 'ReportDeskKind',
  /** The language the document's own labels are printed in: verify re-renders the PDF in it. */
  language: 'ReportDeskLanguage',
} as const;

/** The kind an approval slip declares: it carries the report's fingerprint but not its text. */
export const SLIP_KIND = 'approval-slip';
/** The kind a public copy declares: its fingerprint is the public copy's, its version the one it was made from. */
export const PUBLIC_KIND = 'public-copy';

/** The program's name in every PDF's Producer and Creator: pdfkit's default would name pdfkit. */
export const PDF_PRODUCER = 'Rule-of-Law Report Desk';

/**
 * The creation date a PDF of `report` carries: the approval's time on a signed-off text, else the report's
 * creation. Never the clock: the PDF of a version is then the same bytes at every export, which is what lets
 * verify compare a PDF with the version's re-rendering byte for byte. A time that does not parse is the epoch.
 */
export function printDate(report: Report): Date {
  const approval = approvalRecord(report);
  const at = Date.parse(approval && approval.fingerprint === fingerprint(report) ? approval.at : report.createdAt);
  return new Date(Number.isNaN(at) ? 0 : at);
}

/** The small line at the foot of the last page: for the PDF here, and for the .docx export to print the same. */
export function stampLine(report: Report, language: Language): string {
  const stamp = printStamp(report);
  const t = translator(language, 'signoff');
  const code = shortCode(stamp.fingerprint);
  return stamp.signed ? t('stamp.signed', { version: stamp.version ?? '', code }) : t('stamp.draft', { code });
}

const VERSION_SLOT = '\u0000V';
const CODE_SLOT = '\u0000C';
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Both stamp lines of both languages as one pattern, built from the same texts stampLine prints. */
const STAMP_PATTERN = new RegExp(
  `^(?:${LANGUAGES.flatMap((language) => {
    const t = translator(language, 'signoff');
    return [
      t('stamp.signed', { version: VERSION_SLOT, code: CODE_SLOT }),
      t('stamp.draft', { code: CODE_SLOT }),
      t('stamp.public', { version: VERSION_SLOT, code: CODE_SLOT }),
      t('stamp.publicDraft', { code: CODE_SLOT }),
    ];
  })
    .map((text) =>
      escapeRegExp(text).replace(VERSION_SLOT, '\\d+').replace(CODE_SLOT, '[0-9A-F]{4}(?:-[0-9A-F]{4}){3}'),
    )
    .join('|')})$`,
);

/** Whether a line of an imported document is the stamp an export printed: not report text, so the import drops it. */
export function isStampLine(line: string): boolean {
  return STAMP_PATTERN.test(line.trim());
}

/** The draft watermark our .docx export puts at the head of every page (草稿 / DRAFT), in either language. */
const DRAFT_MARKS = new Set<string>(LANGUAGES.map((language) => translator(language, 'document')('draftWatermark')));

/**
 * Whether a text an import meets outside the body (a header, a text box an office suite made of the stamp's
 * frame) is one our own export printed there: the stamp line or the draft watermark, nothing of the report's.
 */
export function isExportMarking(text: string): boolean {
  return isStampLine(text) || DRAFT_MARKS.has(text.trim());
}

export function pdfStamp(report: Report, language: Language): { lastPageLine: string; info: Record<string, string> } {
  const stamp = printStamp(report);
  return {
    lastPageLine: stampLine(report, language),
    info: {
      [STAMP_KEYS.reportId]: stamp.reportId,
      [STAMP_KEYS.version]: stamp.version === null ? '' : String(stamp.version),
      [STAMP_KEYS.fingerprint]: stamp.fingerprint,
      [STAMP_KEYS.language]: language,
    },
  };
}

/** What a public copy of `source` is stamped with: the version it was made from and the copy's own fingerprint. */
function publicStamp(source: Report): { reportId: string; version: number | null; print: string } {
  const { reportId, version } = printStamp(source);
  return { reportId, version, print: fingerprint(publicReport(source)) };
}

function publicLine({ version, print }: ReturnType<typeof publicStamp>, language: Language): string {
  const t = translator(language, 'signoff');
  const code = shortCode(print);
  return version === null ? t('stamp.publicDraft', { code }) : t('stamp.public', { version, code });
}

/** The line every public copy prints (the PDF, the Word file, the web page): 「公开版 据第N版 · 指纹 …」. */
export const publicStampLine = (source: Report, language: Language): string =>
  publicLine(publicStamp(source), language);

/**
 * The stamp of the public copy made from `source`: 公开版, the version it was made from and the copy's own
 * fingerprint (of the public text), so verify finds it as that version's public copy, never as a draft.
 */
export function publicPdfStamp(source: Report, language: Language): ReturnType<typeof pdfStamp> {
  const stamp = publicStamp(source);
  return {
    lastPageLine: publicLine(stamp, language),
    info: {
      [STAMP_KEYS.reportId]: stamp.reportId,
      [STAMP_KEYS.version]: stamp.version === null ? '' : String(stamp.version),
      [STAMP_KEYS.fingerprint]: stamp.print,
      [STAMP_KEYS.kind]: PUBLIC_KIND,
      [STAMP_KEYS.language]: language,
    },
  };
}
