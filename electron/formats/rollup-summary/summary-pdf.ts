// The roll-up on one A4 page for the office's meeting: the title and the date it was made, the submission chart,
// lines saying who is late, missing or unusable and how many units gave each indicator, then the indicator charts
// in a grid, as many as fit. The charts are the 汇总 page's (core/rollup-charts.ts), rendered to SVG and drawn
// into the page as vectors (svg-to-pdfkit) in the PDF export's faces, so Chinese labels print. Bytes only.
import SVGtoPDF from 'svg-to-pdfkit';
import { formatOfficialDate } from '../../../core/date-time';
import { asAppError } from '../../../core/errors';
import { translator, type TFunction } from '../../../core/i18n';
import type { Language } from '../../../core/model';
import { MM, PAGE_HEIGHT, PAGE_WIDTH } from '../../../core/page-geometry';
import {
  indicatorChart,
  indicatorSeries,
  statusChart,
  submissionTally,
  SUBMISSION_STATUSES,
  type IndicatorSeries,
} from '../../../core/rollup-charts';
import type { RollupResult } from '../../../core/rollup-schema';
import { loadFontSet, type FaceRole, type UsedFont } from '../pdf/fonts';
import { openPdfDocument } from '../pdf/pdf-document';
import { TextRuns, type MissingCharacter } from '../pdf/text-runs';
import type { EChartsOption } from 'echarts';
import { chartSvg, type MeasureText } from './chart-svg';

export interface SummaryOptions {
  language: Language;
  /** The day the summary is made (YYYY-MM-DD, in the office's time zone). */
  today: string;
}

export interface SummaryResult {
  bytes: Uint8Array;
  pages: number;
  /** Indicator charts drawn, and those left to the workbook for want of room. */
  charts: number;
  chartsLeftOut: number;
  fonts: UsedFont[];
  missingCharacters: MissingCharacter[];
}

const MARGIN = 15 * MM;
const WIDTH = PAGE_WIDTH - 2 * MARGIN;
const STATUS_HEIGHT = 150;
/** Below this a chart's bars and unit names no longer read; at most this tall, so that two rows fit. */
const MIN_CHART_HEIGHT = 120;
const MAX_CHART_HEIGHT = 230;
const GAP = 8;
/** A CSS pixel in points: the charts' type, sized for the screen (11–14 px), prints at 8–10.5 pt. */
const PX = 0.75;
/** Names listed per status on the page; the rest are counted (the workbook lists them all). */
const NAMES_LISTED = 15;
/** A CJK character the chart face must have: its face is the one every chart's text is set in. */
const CJK_PROBE = 0x6c49;

/** The lines' faces: a plain sans for Chinese, Times for English (where the units' Chinese names fall through
 * to the CJK faces); the 'heading' role's Latin face is bold. */
const LINE_ROLE: Record<Language, FaceRole> = { 'zh-CN': 'heading', en: 'latin' };

const gridColumns = (charts: number) => (charts <= 1 ? 1 : charts <= 4 ? 2 : 3);

/** The lines under the status chart: each status with its count and (but for on time) its units. */
function summaryLines(result: RollupResult, t: TFunction<'rollup'>): string[] {
  const tally = submissionTally(result);
  const names = (units: string[]) => {
    const listed = units.slice(0, NAMES_LISTED).join(t('summary.listSeparator'));
    const rest = units.length - NAMES_LISTED;
    return t('summary.units', { units: rest > 0 ? `${listed}${t('summary.andMore', { count: rest })}` : listed });
  };
  const status = SUBMISSION_STATUSES.filter((s) => s !== 'missing' || result.missing !== null)
    .map((s) => {
      const line = t('summary.statusLine', { status: t(`chart.status.${s}`), count: tally[s].length });
      return s === 'onTime' || tally[s].length === 0 ? line : `${line}${names(tally[s])}`;
    })
    .join(t('summary.separator'));
  const series = indicatorSeries(result);
  const indicators = series.length
    ? t('summary.indicatorsLine', {
        list: series
          .map((s) => t('summary.indicatorItem', { label: s.column.label, reported: s.reported, of: s.of }))
          .join(t('summary.listSeparator')),
      })
    : t('summary.noIndicators');
  return [status, indicators];
}

/** A chart's height for `bars` bars: its titles and axis, and room for each bar and its name. */
const chartHeight = (bars: number) => Math.min(MAX_CHART_HEIGHT, 60 + 12 * bars);

/** The indicator charts that fit in `height`: a grid of columns, each chart as tall as its bars and the rows allow. */
function chartGrid(series: IndicatorSeries[], height: number) {
  const columns = gridColumns(series.length);
  const rowsWanted = Math.ceil(series.length / columns);
  const rows = Math.min(rowsWanted, Math.max(0, Math.floor((height + GAP) / (MIN_CHART_HEIGHT + GAP))));
  const shown = series.slice(0, rows * columns);
  const tallest = chartHeight(Math.max(0, ...shown.map((s) => s.bars.length)));
  const cellHeight = rows ? Math.min(tallest, (height + GAP) / rows - GAP) : 0;
  const cellWidth = (WIDTH - (columns - 1) * GAP) / columns;
  return { shown, columns, cellWidth, cellHeight };
}

async function layOutSummary(result: RollupResult, options: SummaryOptions): Promise<SummaryResult> {
  const t = translator(options.language, 'rollup');
  const title = result.year === null ? t('summary.titleAllYears') : t('summary.title', { year: result.year });
  const fonts = loadFontSet({ language: options.language });
  const doc = openPdfDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    lang: options.language,
    info: { Title: `${title} · ${t('summary.subtitle')}`, Creator: 'Rule-of-Law Report Desk' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const w = new TextRuns(doc, fonts, 'summary');
  const lineRole = LINE_ROLE[options.language];
  const face = fonts.pick('heading', CJK_PROBE) ?? fonts.chain('heading')[0]!;
  const chartFace = w.use(face);
  const measure: MeasureText = (text, size) => {
    let width = 0;
    for (const ch of text) width += face.advance(ch.codePointAt(0)!, size);
    return width;
  };
  // SVG pixels print as 0.75 pt (CSS's 96 to the inch): drawn 4/3 as large in pixels, a chart fills its box.
  const draw = (option: EChartsOption, x: number, y: number, width: number, height: number) =>
    SVGtoPDF(doc, chartSvg(option, width / PX, height / PX, measure), x, y, {
      width,
      height,
      fontCallback: () => chartFace,
    });

  let y = w.text(title, MARGIN, MARGIN, { size: 18, width: WIDTH, role: 'title', align: 'center' }) + 2;
  const dated = t('summary.date', { date: formatOfficialDate(options.today, options.language) });
  y =
    w.text(`${t('summary.subtitle')} · ${dated}`, MARGIN, y, {
      size: 11,
      width: WIDTH,
      role: lineRole,
      align: 'center',
    }) + 10;

  draw(statusChart(result, t), MARGIN, y, WIDTH, STATUS_HEIGHT);
  y += STATUS_HEIGHT + 8;
  for (const line of summaryLines(result, t))
    y = w.text(line, MARGIN, y, { size: 10, width: WIDTH, role: lineRole }) + 3;

  const series = indicatorSeries(result).filter((s) => s.reported > 0);
  // Room for the line saying how many charts were left out, in case some are.
  const note = 16;
  const grid = chartGrid(series, PAGE_HEIGHT - MARGIN - y - GAP - note);
  const left = series.length - grid.shown.length;
  if (left > 0)
    y = w.text(t('summary.moreCharts', { count: left }), MARGIN, y, { size: 10, width: WIDTH, role: lineRole }) + 3;
  y += GAP;
  grid.shown.forEach((s, i) => {
    const x = MARGIN + (i % grid.columns) * (grid.cellWidth + GAP);
    const top = y + Math.floor(i / grid.columns) * (grid.cellHeight + GAP);
    draw(indicatorChart(s, t), x, top, grid.cellWidth, grid.cellHeight);
  });

  doc.end();
  await ended;
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    pages: 1,
    charts: grid.shown.length,
    chartsLeftOut: left,
    fonts: fonts.used(),
    missingCharacters: w.missing,
  };
}

/** The summary as PDF bytes; a failure that is not already an AppError is EXPORT_FAILED. */
export async function renderRollupSummary(result: RollupResult, options: SummaryOptions): Promise<SummaryResult> {
  try {
    return await layOutSummary(result, options);
  } catch (err) {
    throw asAppError(err, 'EXPORT_FAILED');
  }
}
