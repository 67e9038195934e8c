// How each kind of output file (core/output-kinds.ts) is made: the base of its default file name and the
// renderer that turns what is exported into bytes. The services and the CLI write every output through
// writeOutput, so each file goes through the one output writer (electron/files/output-file.ts). A new format is
// one renderer (input → bytes, no disk) plus one row here and one in core/output-kinds.ts.
//
// Renderers that pull in large libraries (pdfkit and the fonts, docx, exceljs) are loaded on first use.
import path from 'node:path';
import { reportTitle } from '../../core/document';
import { translator } from '../../core/i18n';
import type { Language, Report } from '../../core/model';
import { besideFileName, outputFileName, type OutputKind } from '../../core/output-kinds';
import { publicPdfStamp, publicStampLine } from '../../core/export-stamp';
import { publicReport } from '../../core/public-copy';
import { printsAsDraft } from '../../core/report-ops';
import { renderPublicHtml } from '../../core/public-html';
import type { RollupResult } from '../../core/rollup-schema';
import type { StoredVersion } from '../../core/version-types';
import type { SummaryOptions } from '../formats/rollup-summary/summary-pdf';
import { writeOutputFile } from '../files/output-file';
import { encodePackage } from '../formats/package/package-format';
import { renderReportPdf, type ReportPdfOptions } from './pdf-file';

export interface PackageInput {
  report: Report;
  exportedAt: string;
  history: StoredVersion[];
}

interface OutputFormat<Input, Options, Info> {
  /** What the default file name is made of, before the kind's suffix and extension. */
  baseName(input: Input, options: Options): string;
  /** Whether the file prints as the signed-off version, which its default name then says (the report's PDF). */
  signedOff?(input: Input, options: Options): boolean;
  render(input: Input, options: Options): Promise<Info & { bytes: Uint8Array }>;
}

/** A row, with its types inferred from the renderer. */
const format = <Input, Options, Info>(row: OutputFormat<Input, Options, Info>) => row;

const titleOf = (report: Report) => reportTitle(report);
const rollupBaseName = ({ year }: RollupResult, { language }: { language: Language }) => {
  const t = translator(language, 'rollup');
  return year === null ? t('page.fileNameAllYears') : t('page.fileName', { year });
};
const utf8 = (text: string) => ({ bytes: new TextEncoder().encode(text) });

const OUTPUT_FORMATS = {
  pdf: format({
    baseName: titleOf,
    signedOff: (report: Report, options: ReportPdfOptions) => !printsAsDraft(report, options.forceDraft),
    render: (report: Report, options: ReportPdfOptions) => renderReportPdf(report, options),
  }),
  'public-pdf': format({
    baseName: titleOf,
    render: (report: Report, options: ReportPdfOptions) =>
      renderReportPdf(publicReport(report), options, (language) => publicPdfStamp(report, language)),
  }),
  'public-html': format({
    baseName: titleOf,
    render: async (report: Report, _options: object) => utf8(renderPublicHtml(report)),
  }),
  docx: format({
    baseName: titleOf,
    render: async (report: Report, options: { forceDraft?: boolean }) =>
      (await import('../formats/docx/write-docx')).renderDocx(report, options),
  }),
  'public-docx': format({
    baseName: titleOf,
    render: async (report: Report, options: { forceDraft?: boolean }) =>
      (await import('../formats/docx/write-docx')).renderDocx(publicReport(report), {
        ...options,
        stampLine: publicStampLine(report, report.meta.language),
      }),
  }),
  slip: format({
    baseName: titleOf,
    render: async (report: Report, options: { language: Language; timeZone: string }) =>
      (await import('../formats/slip/slip-file')).renderSlip(report, options),
  }),
  package: format({
    baseName: ({ report }: PackageInput) => titleOf(report),
    render: async ({ report, exportedAt, history }: PackageInput, _options: object) =>
      utf8(encodePackage(report, exportedAt, history)),
  }),
  workbook: format({
    baseName: rollupBaseName,
    render: async (result: RollupResult, options: { language: Language }) =>
      (await import('../formats/workbook/workbook')).renderRollupWorkbook(result, options),
  }),
  'rollup-summary': format({
    baseName: (result: RollupResult, options: SummaryOptions) => rollupBaseName(result, options),
    render: async (result: RollupResult, options: SummaryOptions) =>
      (await import('../formats/rollup-summary/summary-pdf')).renderRollupSummary(result, options),
  }),
} satisfies Record<Exclude<OutputKind, 'diagnostics'>, OutputFormat<never, never, unknown>>;

type Formats = typeof OUTPUT_FORMATS;
/** The kinds the services and the CLI render (the shell writes its diagnostics itself). */
export type RenderedKind = keyof Formats;
export type OutputInput<K extends RenderedKind> = Parameters<Formats[K]['render']>[0];
export type OutputOptions<K extends RenderedKind> = Parameters<Formats[K]['render']>[1];
/** What a renderer says besides the bytes (pages, fonts, characters no font has, paragraphs). */
export type OutputInfo<K extends RenderedKind> = Omit<Awaited<ReturnType<Formats[K]['render']>>, 'bytes'>;

/** The one way a row is called: TypeScript cannot follow a kind through the union of the rows. */
const rowOf = <K extends RenderedKind>(kind: K) =>
  OUTPUT_FORMATS[kind] as unknown as OutputFormat<OutputInput<K>, OutputOptions<K>, OutputInfo<K>>;

/** The name a Save dialog suggests for `input` exported as `kind`, its suffix in the UI's `language`. */
export function defaultOutputName<K extends RenderedKind>(
  kind: K,
  input: OutputInput<K>,
  options: OutputOptions<K>,
  language: Language,
) {
  const row = rowOf(kind);
  return outputFileName(kind, row.baseName(input, options), language, row.signedOff?.(input, options) ?? false);
}

/** `input` rendered as `kind`: the bytes the export writes (verify re-renders a version with it to compare). */
export const renderOutput = <K extends RenderedKind>(kind: K, input: OutputInput<K>, options: OutputOptions<K>) =>
  rowOf(kind).render(input, options);

/** Renders `input` as `kind` and writes it to `file` (whole or not at all); the renderer's information back. */
export async function writeOutput<K extends RenderedKind>(
  kind: K,
  input: OutputInput<K>,
  file: string,
  options: OutputOptions<K>,
): Promise<OutputInfo<K>> {
  const { bytes, ...info } = await renderOutput(kind, input, options);
  await writeOutputFile(file, bytes);
  return info as OutputInfo<K>;
}

/** Where a `kind` file goes beside `file` (the roll-up's summary beside the workbook): same folder, derived name. */
export const besideOutputPath = (kind: OutputKind, file: string, language: Language): string =>
  path.join(path.dirname(file), besideFileName(kind, path.basename(file), language));
