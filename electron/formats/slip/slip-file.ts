// The approval slip (发文稿纸): one A4 page with the report's title, unit, year, version and number of pages,
// every sign-off record of the current round (role, name, date, opinion), the publication attribute, the
// fingerprint with a QR code of it, and blank boxes for the hand signatures. Set in the PDF export's faces
// (electron/formats/pdf/fonts), character by character in the first face that has it; the QR code drawn as vectors.
// Bytes only: the output writer puts them on disk.
import QRCode from 'qrcode';
import { reportTitle } from '../../../core/document';
import { asAppError } from '../../../core/errors';
import { shortCode } from '../../../core/fingerprint';
import { translator } from '../../../core/i18n';
import type { Language, Report } from '../../../core/model';
// (electron/formats/pdf/fonts), character by character in the first face that has it; the QR code drawn as vectors.
import { formatOfficialDay } from '../../../core/date-time';
import {
  STEP_ROLE,
  currentRound,
  type SignOffRole,
  printStamp,
  publicationAttribute,
  reportState,
} from '../../../core/sign-off';
import { renderPdf } from '../pdf/export';
import { openPdfDocument } from '../pdf/pdf-document';
import { loadFontSet, type FaceRole, type UsedFont } from '../pdf/fonts';
import { TextRuns, type MissingCharacter } from '../pdf/text-runs';
import { MM, PAGE_WIDTH } from '../../../core/page-geometry';
import { PDF_PRODUCER, printDate, SLIP_KIND, STAMP_KEYS } from '../../../core/export-stamp';

export interface SlipResult {
  bytes: Uint8Array;
  pages: number;
  fonts: UsedFont[];
  missingCharacters: MissingCharacter[];
}

const MARGIN = 20 * MM;
const WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** The QR code's modules (true = dark), row by row: what the slip draws for `text`. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => modules.get(r, c) === 1),
  );
}

async function layOutSlip(report: Report, language: Language, timeZone: string): Promise<SlipResult> {
  const t = translator(language, 'signoff');
  const stamp = printStamp(report);
  const { pages } = await renderPdf(report, { language });
  const fonts = loadFontSet({ language });
  const stampInfo: Record<string, string> = {
    [STAMP_KEYS.reportId]: report.id,
    [STAMP_KEYS.fingerprint]: stamp.fingerprint,
    [STAMP_KEYS.kind]: SLIP_KIND,
    [STAMP_KEYS.language]: language,
  };
  const doc = openPdfDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    lang: language,
    info: {
      Title: `${t('slip.title')} · ${reportTitle(report)}`,
      Creator: PDF_PRODUCER,
      Producer: PDF_PRODUCER,
      CreationDate: printDate(report),
      ...stampInfo,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const w = new TextRuns(doc, fonts, 'slip');
  let y = w.text(t('slip.title'), MARGIN, MARGIN, { size: 22, width: WIDTH, role: 'title', align: 'center' }) + 10;

  const attribute = publicationAttribute(report);
  const fields: [string, string][] = [
    [t('slip.reportTitle'), reportTitle(report)],
    [t('slip.unit'), report.meta.signatureUnit?.trim() || report.meta.organisation],
    [t('slip.year'), String(report.meta.year)],
    [t('slip.version'), stamp.version ? t('slip.versionValue', { version: stamp.version }) : t('slip.noVersion')],
    [t('slip.pages'), String(pages)],
    [t('slip.state'), t(`state.${reportState(report)}`)],
    [t('slip.attribute'), attribute ? t(`attribute.${attribute}`) : t('slip.notSet')],
  ];
  const labelWidth = 28 * MM;
  for (const [label, value] of fields) {
    const top = y;
    w.text(label, MARGIN + 2, top + 4, { size: 11, width: labelWidth - 4, role: 'heading' });
    const bottom =
      Math.max(w.text(value, MARGIN + labelWidth + 4, top + 4, { size: 11, width: WIDTH - labelWidth - 8 }), top + 18) +
      3;
    doc
      .rect(MARGIN, top, WIDTH, bottom - top)
      .moveTo(MARGIN + labelWidth, top)
      .lineTo(MARGIN + labelWidth, bottom)
      .stroke();
    y = bottom;
  }

  y = w.text(t('slip.records'), MARGIN, y + 12, { size: 13, width: WIDTH, role: 'heading' }) + 4;
  // The date column holds the longest official date on one line (2026年12月31日, September 30, 2026).
  const columns = [0, 30 * MM, 60 * MM, 96 * MM, WIDTH];
  const header = [t('slip.colRole'), t('slip.colName'), t('slip.colDate'), t('slip.colOpinion')];
  const row = (cells: string[], role: FaceRole) => {
    const top = y;
    let bottom = top + 18;
    cells.forEach((cell, i) => {
      const end = w.text(cell, MARGIN + columns[i]! + 3, top + 4, {
        size: 10,
        width: columns[i + 1]! - columns[i]! - 6,
        role,
      });
      bottom = Math.max(bottom, end + 3);
    });
    doc.rect(MARGIN, top, WIDTH, bottom - top).stroke();
    for (const c of columns.slice(1, -1))
      doc
        .moveTo(MARGIN + c, top)
        .lineTo(MARGIN + c, bottom)
        .stroke();
    y = bottom;
  };
  row(header, 'heading');
  const records = currentRound(report);
  if (records.length === 0) row([t('slip.noRecords'), '', '', ''], 'body');
  for (const r of records) {
    const opinion = r.attribute ? [t(`attribute.${r.attribute}`), r.opinion].filter(Boolean).join('；') : r.opinion;
    const day = formatOfficialDay(r.at, language, timeZone);
    row([`${t(`role.${STEP_ROLE[r.step]}`)}（${t(`step.${r.step}`)}）`, r.name, day, opinion], 'body');
  }

  y = w.text(t('slip.signatures'), MARGIN, y + 12, { size: 13, width: WIDTH, role: 'heading' }) + 4;
  const roles: SignOffRole[] = [
    'drafter',
    ...(report.signOff.roles.review ? (['reviewer'] as const) : []),
    ...(report.signOff.roles.countersign ? (['countersigner'] as const) : []),
    'approver',
    'secrecy',
  ];
  const boxWidth = WIDTH / roles.length;
  roles.forEach((role, i) => {
    doc.rect(MARGIN + i * boxWidth, y, boxWidth, 24 * MM).stroke();
    w.text(t(`role.${role}`), MARGIN + i * boxWidth + 3, y + 3, { size: 10, width: boxWidth - 6, role: 'heading' });
  });
  y += 24 * MM + 12;

  const qr = qrModules(stamp.fingerprint);
  const cell = (32 * MM) / qr.length;
  qr.forEach((cells, r) =>
    cells.forEach((dark, c) => {
      if (dark) doc.rect(MARGIN + c * cell, y + r * cell, cell, cell).fill('#000000');
    }),
  );
  const textX = MARGIN + 32 * MM + 8 * MM;
  const textWidth = WIDTH - 40 * MM;
  let ty = w.text(`${t('slip.fingerprint')}  ${shortCode(stamp.fingerprint)}`, textX, y, {
    size: 14,
    width: textWidth,
    role: 'heading',
  });
  ty = w.text(stamp.fingerprint, textX, ty + 4, { size: 8, width: textWidth, role: 'latin' });
  w.text(t('slip.fingerprintNote'), textX, ty + 6, { size: 9, width: textWidth });
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: 1, fonts: fonts.used(), missingCharacters: w.missing };
}

/** The slip as PDF bytes, its dates in the office's time zone; a failure that is not already an AppError is EXPORT_FAILED. */
export async function renderSlip(
  report: Report,
  options: { language: Language; timeZone: string },
): Promise<SlipResult> {
  try {
    return await layOutSlip(report, options.language, options.timeZone);
  } catch (err) {
    throw asAppError(err, 'EXPORT_FAILED');
  }
}
