// Indicators belong to the office: templates carry none, presets per kind of department are suggested from the
// unit's name (never forced), and the report's own list survives edits, a second preset and the next year.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import {
  addPresetIndicators,
  indicatorKeywords,
  listIndicatorPresets,
  getIndicatorPreset,
  suggestIndicatorPreset,
} from '../../core/indicator-presets';
import { importOutline } from '../../core/outline-import';
import { duplicateAsNextYear, setReportLanguage } from '../../core/report-ops';
import { createReportFromTemplate, listTemplates } from '../../core/templates';
import { validateReport } from '../../core/validation';
import { readSeed } from './seed';

const today = '2026-11-25';
const labels = (r: { indicators: { label: string }[] }) => r.indicators.map((i) => i.label);

describe('indicator presets', () => {
  it('keep a justice bureau free of the statistics bureau’s figures, whatever the template', () => {
    for (const { id } of listTemplates()) {
      const report = createReportFromTemplate(id, { organisation: '区司法局', year: 2025 });
      expect(labels(report)).not.toContain('源头数据核查企业');
      expect(labels(report)).toContain('行政复议案件');
      const warned = validateReport(report, { today }).filter((f) => f.code === 'INDICATOR_EMPTY');
      expect(warned.map((f) => f.params.label)).not.toContain('源头数据核查企业');
    }
  });

  it('are suggested from the unit’s name, and the general set when the name says nothing', () => {
    const cases: [string, string][] = [
      ['区统计局', 'statistics'],
      ['国家统计局某调查队', 'statistics'],
      ['区司法局', 'justice'],
      ['市市场监督管理局', 'market-regulation'],
      ['县市场监管局', 'market-regulation'],
      ['东湖街道办事处', 'township'],
      ['城关镇人民政府', 'township'],
      ['石桥乡', 'township'],
      ['市住房和城乡建设局', 'general'],
      ['市生态环境局', 'general'],
      ['District Statistics Bureau', 'statistics'],
      ['', 'general'],
    ];
    expect(cases.map(([name]) => [name, suggestIndicatorPreset(name)])).toEqual(cases);
  });

  it('are never forced: the chosen set wins over the suggestion, on create and on import', () => {
    const created = createReportFromTemplate('three-part', {
      organisation: '区统计局',
      year: 2025,
      indicatorPreset: 'general',
    });
    expect(created.indicators.map((i) => i.key)).toEqual(getIndicatorPreset('general').indicators.map((i) => i.key));
    const imported = importOutline(readSeed(), { indicatorPreset: 'justice' });
    expect(imported.indicators.map((i) => i.key)).toEqual(getIndicatorPreset('justice').indicators.map((i) => i.key));
    expect(() =>
      createReportFromTemplate('three-part', { organisation: 'x', year: 2025, indicatorPreset: 'nope' }),
    ).toThrow(AppError);
  });

  it('give the seed (a statistics bureau) the statistics set, with its values found in the text', () => {
    const seed = importOutline(readSeed());
    expect(seed.meta.organisation).toBe('区统计局');
    expect(Object.fromEntries(seed.indicators.map((i) => [i.label, i.value]))).toEqual({
      法律专题学习会议: 1,
      '“双随机、一公开”检查企业': 4,
      源头数据核查企业: 285,
      其中自纠企业: 31,
      持统计执法证人员: 2,
    });
  });

  it('mean one figure per key across all sets (same label, unit, kind and keywords)', () => {
    const byKey = new Map<string, string>();
    for (const { id } of listIndicatorPresets()) {
      const preset = getIndicatorPreset(id);
      const keys = preset.indicators.map((i) => i.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const indicator of preset.indicators) {
        if (indicator.partOf) expect(keys).toContain(indicator.partOf);
        const { key, ...meaning } = indicator;
        const seen = byKey.get(key);
        if (seen) expect(JSON.stringify(meaning)).toBe(seen);
        else byKey.set(key, JSON.stringify(meaning));
      }
    }
  });

  it('add a second set’s figures without touching the office’s own, a part pointing at the whole it has', () => {
    const report = createReportFromTemplate('three-part', {
      organisation: '区统计局',
      year: 2025,
      indicatorPreset: 'general',
    });
    report.indicators[0]!.label = '党组专题学法';
    report.indicators[0]!.value = 3;
    const withStats = addPresetIndicators(report, 'statistics');
    expect(withStats.indicators.slice(0, report.indicators.length)).toEqual(report.indicators);
    expect(labels(withStats)).toContain('源头数据核查企业');
    // law-study-meetings was in both sets: kept once, as the office renamed it.
    expect(withStats.indicators.filter((i) => i.key === 'law-study-meetings').map((i) => i.label)).toEqual([
      '党组专题学法',
    ]);
    expect(addPresetIndicators(withStats, 'statistics')).toBe(withStats);

    // A part whose whole is already there points at that whole.
    const onlyWhole = { ...withStats, indicators: withStats.indicators.filter((i) => i.key !== 'self-corrected') };
    const again = addPresetIndicators(onlyWhole, 'statistics');
    const whole = again.indicators.find((i) => i.key === 'source-data-checked')!;
    expect(again.indicators.find((i) => i.key === 'self-corrected')!.partOf).toBe(whole.id);
  });

  it('are kept as the office edited them when copying to next year, values cleared', () => {
    const seed = importOutline(readSeed());
    seed.indicators[0]!.label = '党组会专题学法';
    seed.indicators.push({ ...seed.indicators[1]!, id: 'own', key: undefined, label: '自建指标', value: 7 });
    seed.indicators.splice(4, 1);
    const next = duplicateAsNextYear(seed);
    expect(labels(next)).toEqual(labels(seed));
    expect(next.indicators.every((i) => i.value === null)).toBe(true);
    const corrected = next.indicators.find((i) => i.key === 'self-corrected')!;
    expect(next.indicators.find((i) => i.id === corrected.partOf)?.key).toBe('source-data-checked');
  });

  it('follow the report’s language where the office kept the preset label, and find keywords by key', () => {
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2025 });
    report.indicators[1]!.label = '本局自定名称';
    const en = setReportLanguage(report, 'en');
    expect(en.indicators[0]!.label).toBe('Law-study meetings');
    expect(en.indicators[1]!.label).toBe('本局自定名称');
    expect(indicatorKeywords(report).get(report.indicators[2]!.id)).toEqual(['源头数据核查', '数据核查']);
  });
});
