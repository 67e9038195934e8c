// The roll-up's charts, as ECharts options: how the units stand (on time, late, undated, received but unusable,
// missing) and each indicator by unit. Pure: the 汇总 page draws these options in the browser and the summary PDF
// (electron/formats/rollup-summary/) renders the same options to SVG in Node, so both show one picture.
import type { EChartsOption } from 'echarts';
import type { TFunction } from './i18n';
import { indicatorColumns, type IndicatorColumn } from './rollup-indicator-columns';
import type { RollupResult } from './rollup-schema';
import { unitKey } from './unit-names';

export const SUBMISSION_STATUSES = ['onTime', 'late', 'undated', 'unusable', 'missing'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Red for what the office must chase, amber for what it should look at, green for what is in order. */
const STATUS_COLOURS: Record<SubmissionStatus, string> = {
  onTime: '#3a8f5c',
  late: '#e0a030',
  undated: '#9aa3ad',
  unusable: '#8e5bb5',
  missing: '#c8433a',
};
const BAR_COLOUR = '#4a78c2';
const TEXT_COLOUR = '#333333';

/** More bars than this make an unreadable chart: the largest values are drawn, and the subtitle says so. */
export const MAX_BARS = 20;

/** The units (as named in the roll-up or on the expected list) in each submission status. */
export function submissionTally(result: RollupResult): Record<SubmissionStatus, string[]> {
  const tally: Record<SubmissionStatus, string[]> = { onTime: [], late: [], undated: [], unusable: [], missing: [] };
  for (const u of result.units)
    tally[u.deadlineMet === null ? 'undated' : u.deadlineMet ? 'onTime' : 'late'].push(u.unit);
  // A unit whose unusable file sits beside a usable report has reported; one unusable file counts once per unit.
  const seen = new Set(result.units.map((u) => unitKey(u.unit)));
  for (const p of result.problems) {
    if (p.category !== 'unusable') continue;
    const name = p.unit || p.file;
    if (seen.has(unitKey(name))) continue;
    seen.add(unitKey(name));
    tally.unusable.push(name);
  }
  tally.missing.push(...(result.missing ?? []));
  return tally;
}

export interface IndicatorSeries {
  column: IndicatorColumn;
  /** Units with a value, largest first, at most MAX_BARS of them. */
  bars: { unit: string; value: number }[];
  /** How many units gave a value, of how many rolled up. */
  reported: number;
  of: number;
}

/** Each indicator with the units that gave a value, in the workbook's column order. */
export function indicatorSeries(result: RollupResult): IndicatorSeries[] {
  const { columns, figuresOf } = indicatorColumns(result.units);
  const figures = result.units.map((u) => ({ unit: u.unit, figures: figuresOf(u) }));
  return columns.map((column) => {
    const values = figures.flatMap(({ unit, figures: byColumn }) => {
      const f = byColumn.get(column.id);
      return f && f.value !== null && !f.notApplicable ? [{ unit, value: f.value }] : [];
    });
    values.sort((a, b) => b.value - a.value);
    return { column, bars: values.slice(0, MAX_BARS), reported: values.length, of: result.units.length };
  });
}

const title = (text: string, subtext: string, size = 14): EChartsOption['title'] => ({
  text,
  subtext,
  left: 0,
  top: 0,
  itemGap: 4,
  textStyle: { fontSize: size, fontWeight: 'normal', color: TEXT_COLOUR },
  subtextStyle: { fontSize: size - 2, color: '#666666' },
});

/** One horizontal bar per status, its count at the bar's end. */
export function statusChart(result: RollupResult, t: TFunction<'rollup'>): EChartsOption {
  const tally = submissionTally(result);
  const total = SUBMISSION_STATUSES.reduce((n, s) => n + tally[s].length, 0);
  return {
    animation: false,
    title: title(
      t('chart.statusTitle'),
      result.missing === null
        ? `${t('chart.units', { total })} · ${t('chart.noExpected')}`
        : t('chart.units', { total }),
    ),
    grid: { left: 4, right: 36, top: 52, bottom: 0, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: TEXT_COLOUR } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: SUBMISSION_STATUSES.map((s) => t(`chart.status.${s}`)),
      axisLabel: { color: TEXT_COLOUR, fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: SUBMISSION_STATUSES.map((s) => ({ value: tally[s].length, itemStyle: { color: STATUS_COLOURS[s] } })),
        label: { show: true, position: 'right', color: TEXT_COLOUR, fontSize: 12 },
      },
    ],
  };
}

/** An indicator's name with its unit of measure: 法律专题学习会议（次）. */
export const indicatorTitle = ({ label, unit }: IndicatorColumn, t: TFunction<'rollup'>): string =>
  unit ? t('chart.indicatorTitle', { label, unit }) : label;

/**
 * One indicator: a bar per unit that gave a value, largest at the top, the unit's name beside it and the value at
 * its end (names read across and values never collide, however many units); the subtitle says how many gave one.
 */
export function indicatorChart(series: IndicatorSeries, t: TFunction<'rollup'>): EChartsOption {
  const { column, bars, reported, of } = series;
  const coverage = t('chart.coverage', { reported, of });
  const subtext = bars.length < reported ? `${coverage}${t('chart.largestShown', { shown: bars.length })}` : coverage;
  return {
    animation: false,
    title: title(indicatorTitle(column, t), subtext),
    grid: { left: 4, right: 32, top: 52, bottom: 0, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.unit),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: TEXT_COLOUR, width: 140, overflow: 'truncate' },
    },
    xAxis: {
      type: 'value',
      minInterval: column.kind === 'percent' ? 0 : 1,
      splitNumber: 3,
      axisLabel: { fontSize: 11, color: TEXT_COLOUR },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: BAR_COLOUR },
        data: bars.map((b) => b.value),
        label: { show: true, position: 'right', fontSize: 11, color: TEXT_COLOUR },
      },
    ],
  };
}

export interface RollupCharts {
  status: EChartsOption;
  /** Each with its title, for a screen reader. */
  indicators: { id: string; label: string; option: EChartsOption }[];
}

/** Every chart of a roll-up; indicators no unit gave a value for have none. */
export function rollupCharts(result: RollupResult, t: TFunction<'rollup'>): RollupCharts {
  return {
    status: statusChart(result, t),
    indicators: indicatorSeries(result)
      .filter((s) => s.reported > 0)
      .map((s) => ({ id: s.column.id, label: indicatorTitle(s.column, t), option: indicatorChart(s, t) })),
  };
}
