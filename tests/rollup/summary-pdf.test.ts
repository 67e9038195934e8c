// The roll-up's one-page summary PDF read back with poppler: the title and date, the status counts and the units
// named under each, the indicators' coverage, and the charts' own labels, which are drawn from SVG in the
// bundled CJK face (pdftotext finds Chinese text only where the face maps its glyphs back to characters).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../core/model';
import type { RollupFigure, RollupResult } from '../../core/rollup-schema';
import { renderRollupSummary } from '../../electron/formats/rollup-summary/summary-pdf';
import { knownRollup } from './known-rollup';

const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function summaryText(result: RollupResult, language: Language) {
  const summary = await renderRollupSummary(result, { language, today: '2026-12-06' });
  const file = path.join(dir, `summary-${language}-${summary.charts}.pdf`);
  writeFileSync(file, summary.bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  // Without -layout, each line as drawn; the lines of the wrapped paragraphs joined again.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { summary, pages, text, flat: text.replace(/\s+/g, '') };
}

describe('the summary PDF', () => {
  it('says the title, the date, each status with its count and units, and the indicators, on one page', async () => {
    const { summary, pages, text, flat } = await summaryText(knownRollup, 'zh-CN');
    expect(pages).toBe(1);
    expect(text).toContain('2024年度法治政府建设情况报告汇总');
    expect(flat).toContain('报送情况与指标图表·制表日期：2026年12月6日');
    expect(flat).toContain(
      '按期报送：4个；逾期报送：1个（区民政局）；日期不详：1个（区水务局）；已收到、无法汇总：1个（区卫生健康委）；缺报：2个（区审计局、区科技局）',
    );
    expect(flat).toContain('指标填报：法律专题学习会议5/6、合法性审查文件4/6、行政复议案件2/6');
    // The charts: the status chart's labels and an indicator chart's title, units and coverage.
    for (const label of [
      '报送情况',
      '已收到、无法汇总',
      '法律专题学习会议（次）',
      '5/6个单位填报',
      '区教育局',
      '区水务局',
    ])
      expect(flat).toContain(label);
    expect(summary.charts).toBe(3);
    expect(summary.chartsLeftOut).toBe(0);
    expect(summary.missingCharacters).toEqual([]);
  });

  it('speaks English in an English UI, the units as they named themselves', async () => {
    const { text, flat } = await summaryText(knownRollup, 'en');
    expect(text).toContain('Rule-of-law reports 2024: roll-up');
    expect(text).toContain('Made on December 6, 2026');
    expect(text).toMatch(/On time: 4; Late: 1 \(区民政局\);/);
    expect(flat).toContain('Missing:2(区审计局,区科技局)');
    expect(flat).toContain('Received,notusable:1(区卫生健康委)');
  });

  it('names fifteen units of a status and counts the rest (the workbook lists them all)', async () => {
    const missing = Array.from({ length: 20 }, (_, i) => `第${i + 1}街道`);
    const { flat } = await summaryText({ ...knownRollup, missing }, 'zh-CN');
    expect(flat).toContain(`缺报：20个（${missing.slice(0, 15).join('、')}等5个）`);
  });

  it('draws as many indicator charts as fit and says how many are left to the workbook', async () => {
    const extra = (k: number): RollupFigure => ({
      label: `自定指标${k + 1}`,
      unit: '项',
      kind: 'count',
      value: k + 1,
      notApplicable: false,
      flagged: false,
    });
    const crowded: RollupResult = {
      ...knownRollup,
      units: knownRollup.units.map((u) => ({
        ...u,
        figures: [...u.figures, ...Array.from({ length: 12 }, (_, k) => extra(k))],
      })),
    };
    const { summary, pages, flat } = await summaryText(crowded, 'zh-CN');
    expect(pages).toBe(1);
    expect(summary.charts + summary.chartsLeftOut).toBe(15);
    expect(summary.chartsLeftOut).toBeGreaterThan(0);
    expect(flat).toContain(`另有${summary.chartsLeftOut}项指标的图表未能排入本页，数值见汇总表「指标」页。`);
  });
});
