// What every exported PDF carries to be verified later: the content's fingerprint, the report id and the
// signed-off version in the document information, and a small line at the foot of the last page (the
// fingerprint's short code on a signed-off version, "draft, not signed" on any other).
import { shortCode } from '../../core/fingerprint';
import { translator } from '../../core/i18n';
import type { Language, Report } from '../../core/model';
import { printStamp } from '../../core/sign-off';

export const STAMP_KEYS = {
  reportId: 'ReportDeskReportId',
  version: 'ReportDeskVersion',
  fingerprint: 'ReportDeskFingerprint',
} as const;

/** The small line at the foot of the last page: for the PDF here, and for the .docx export to print the same. */
export function stampLine(report: Report, language: Language): string {
  const stamp = printStamp(report);
  const t = translator(language, 'signoff');
  const code = shortCode(stamp.fingerprint);
  return stamp.signed ? t('stamp.signed', { version: stamp.version ?? '', code }) : t('stamp.draft', { code });
}

export function pdfStamp(report: Report, language: Language): { lastPageLine: string; info: Record<string, string> } {
  const stamp = printStamp(report);
  return {
    lastPageLine: stampLine(report, language),
    info: {
      [STAMP_KEYS.reportId]: stamp.reportId,
      [STAMP_KEYS.version]: stamp.version === null ? '' : String(stamp.version),
      [STAMP_KEYS.fingerprint]: stamp.fingerprint,
    },
  };
}
