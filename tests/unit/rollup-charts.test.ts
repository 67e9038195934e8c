// The roll-up's chart options (core/rollup-charts.ts), from a roll-up whose counts are known by hand.
import type { BarSeriesOption, EChartsOption, TitleComponentOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import { indicatorSeries, MAX_BARS, rollupCharts, submissionTally } from '../../core/rollup-charts';
import type { RollupResult } from '../../core/rollup-schema';
import { KNOWN_UNITS, knownRollup } from '../rollup/known-rollup';

const zh = translator('zh-CN', 'rollup');
const en = translator('en', 'rollup');
const first = <T>(value: T | T[] | undefined): T => (Array.isArray(value) ? value[0]! : value!);
const bars = (option: EChartsOption) =>
  (first(option.series) as BarSeriesOption).data!.map((d) =>
    typeof d === 'object' && d && 'value' in d ? d.value : d,
  );
const categories = (option: EChartsOption, axis: 'xAxis' | 'yAxis') => (first(option[axis]) as { data: string[] }).data;
const titleOf = (option: EChartsOption) => first(option.title) as TitleComponentOption;

describe('the submission chart', () => {
  it('puts each unit in one status: on time, late, undated, received but unusable, missing', () => {
    // The unusable file of 区司法局 sits beside its usable report: it has reported, and counts once, as on time.
    expect(submissionTally(knownRollup)).toEqual(KNOWN_UNITS);
  });

  it('draws one bar per status with its count, labelled in the UI language', () => {
    const { status } = rollupCharts(knownRollup, zh);
    expect(categories(status, 'yAxis')).toEqual(['按期报送', '逾期报送', '日期不详', '已收到、无法汇总', '缺报']);
    expect(bars(status)).toEqual([4, 1, 1, 1, 2]);
    expect(titleOf(status)).toMatchObject({ text: '报送情况', subtext: '共 9 个单位' });
    expect(categories(rollupCharts(knownRollup, en).status, 'yAxis')).toEqual([
      'On time',
      'Late',
      'Date unknown',
      'Received, not usable',
      'Missing',
    ]);
  });

  it('says that nothing is counted missing without a list of expected units', () => {
    const { status } = rollupCharts({ ...knownRollup, missing: null }, zh);
    expect(bars(status)).toEqual([4, 1, 1, 1, 0]);
    expect(titleOf(status).subtext).toBe('共 7 个单位 · 未提供应报单位名单，不统计缺报');
  });
});

describe('the indicator charts', () => {
  it('draws each indicator by unit, largest at the top, with how many units gave a value', () => {
    const { indicators } = rollupCharts(knownRollup, zh);
    expect(indicators.map((c) => c.label)).toEqual([
      '法律专题学习会议（次）',
      '合法性审查文件（件）',
      '行政复议案件（件）',
    ]);
    const [meetings, reviews, cases] = indicators.map((c) => c.option);
    expect(categories(meetings!, 'yAxis')).toEqual(['区司法局', '区教育局', '区财政局', '区统计局', '区民政局']);
    expect(bars(meetings!)).toEqual([6, 5, 4, 3, 2]);
    expect(titleOf(meetings!).subtext).toBe('5/6 个单位填报');
    expect(categories(reviews!, 'yAxis')).toEqual(['区司法局', '区财政局', '区教育局', '区水务局']);
    expect(bars(cases!)).toEqual([12, 3]);
    expect(titleOf(cases!).subtext).toBe('2/6 个单位填报');
  });

  it('draws the largest values only when more units reported than a chart can show, and says so', () => {
    const many: RollupResult = {
      ...knownRollup,
      units: Array.from({ length: MAX_BARS + 5 }, (_, i) => ({
        ...knownRollup.units[0]!,
        unit: `第${i + 1}单位`,
        figures: [{ ...knownRollup.units[0]!.figures[0]!, value: i }],
      })),
    };
    const [series] = indicatorSeries(many);
    expect(series!.bars).toHaveLength(MAX_BARS);
    expect(series!.bars[0]).toEqual({ unit: `第${MAX_BARS + 5}单位`, value: MAX_BARS + 4 });
    expect(titleOf(rollupCharts(many, zh).indicators[0]!.option).subtext).toBe(
      `${MAX_BARS + 5}/${MAX_BARS + 5} 个单位填报，画出最大的 ${MAX_BARS} 个`,
    );
  });

  it('leaves out an indicator no unit gave a value for', () => {
    const blank: RollupResult = {
      ...knownRollup,
      units: knownRollup.units.map((u) => ({ ...u, figures: u.figures.map((f) => ({ ...f, value: null })) })),
    };
    expect(indicatorSeries(blank).map((s) => s.reported)).toEqual([0, 0, 0]);
    expect(rollupCharts(blank, zh).indicators).toEqual([]);
  });
});
