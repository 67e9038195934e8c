// The 汇总 page's charts in Chromium against the real bridge: eight departments' packages (two late, one undated)
// and an expected list naming two more, rolled up; the status chart and the indicator charts drawn with the
// roll-up's counts in both languages, screenshotted (tests/artifacts/browser; the copies looked at and kept are in
// tests/browser/reference/), and the chart summary saved as a PDF from the page and beside the workbook.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import type { Language } from '../../core/model';
import { encodePackage } from '../../electron/formats/package/package-format';
import { departmentReport, unitName } from '../rollup/departments';
import { artifactsDir, openSession, type Session } from './harness';

const DEPARTMENTS = 8;
const MISSING = ['区审计局', '区科技局'];
let session: Session;

beforeAll(async () => {
  session = await openSession('rollup-charts', { width: 1366, height: 1400 });
  for (let i = 0; i < DEPARTMENTS; i++) {
    const report = departmentReport(i);
    if (i === 1 || i === 4) report.meta.date = '2025-03-20';
    if (i === 6) report.meta.date = null;
    const file = path.join(session.bridge.rollupFolder, `${unitName(i)}.rldpkg`);
    writeFileSync(file, encodePackage(report, '2025-02-20T08:00:00.000Z'));
  }
}, 60_000);
afterAll(async () => {
  await session?.close();
});

async function switchLanguage(page: Page, lang: Language) {
  await page.selectOption('#ui-language', lang);
  await page.locator('#rollup-charts-title', { hasText: translator(lang, 'rollup')('chart.heading') }).waitFor();
}

/** The texts of each chart's SVG, in drawing order: the status chart first. */
const chartTexts = (page: Page) =>
  page
    .locator('.rollup-chart svg')
    .evaluateAll((svgs) => svgs.map((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '')));

const summaryText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('the 汇总 page’s charts', { timeout: 120_000 }, () => {
  it('draws the submission status and each indicator by unit, in Chinese and in English, and saves the summary', async () => {
    const { page } = session;
    await page.locator('#open-rollup').click();
    await page.locator('#rollup-year').fill('2024');
    const expected = [...Array.from({ length: DEPARTMENTS }, (_, i) => unitName(i)), ...MISSING].join('\n');
    await page.locator('#rollup-expected').fill(expected);
    await page.locator('#rollup-choose').click();
    await page.locator('.rollup-chart svg').nth(5).waitFor();

    const zh = await chartTexts(page);
    // The status chart: its labels, and the counts at the bars' ends (drawn just before the title): 5 on time,
    // 2 late, 1 undated, 0 unusable, 2 missing.
    const status = zh[0]!;
    expect(status.slice(0, 5)).toEqual(['按期报送', '逾期报送', '日期不详', '已收到、无法汇总', '缺报']);
    const title = status.indexOf('报送情况');
    expect(status.slice(title - 5, title + 2)).toEqual(['5', '2', '1', '0', '2', '报送情况', '共 10 个单位']);
    // Each of the statistics set's five indicators, every unit with its value.
    expect(zh).toHaveLength(6);
    expect(zh[1]).toContain('法律专题学习会议（次）');
    expect(zh[1]).toContain(`${DEPARTMENTS}/${DEPARTMENTS} 个单位填报`);
    for (let i = 0; i < DEPARTMENTS; i++) expect(zh[1]).toContain(unitName(i));
    await page.locator('.rollup-charts').screenshot({ path: path.join(artifactsDir, 'rollup-charts-zh-CN.png') });

    await switchLanguage(page, 'en');
    const en = await chartTexts(page);
    expect(en[0]!.slice(0, 5)).toEqual(['On time', 'Late', 'Date unknown', 'Received, not usable', 'Missing']);
    expect(en[0]).toContain('Submissions');
    // The indicators are named as the reports name them.
    expect(en[1]).toContain('法律专题学习会议 (次)');
    expect(en[1]).toContain(`${DEPARTMENTS} of ${DEPARTMENTS} units`);
    await page.locator('.rollup-charts').screenshot({ path: path.join(artifactsDir, 'rollup-charts-en.png') });

    // The bridge saves into <dataDir>/exports under the default name, in the UI's language.
    await page.getByRole('button', { name: translator('en', 'rollup')('chart.saveSummary') }).click();
    const saved = 'Rule-of-law reports 2024 roll-up (chart summary).pdf';
    await page.getByText(`Saved: ${saved}`).waitFor();
    const text = summaryText(path.join(session.dataDir, 'exports', saved));
    expect(text).toContain('Rule-of-lawreports2024:roll-up');
    expect(text).toContain(`Ontime:5;Late:2(${unitName(1)},${unitName(4)});Dateunknown:1(${unitName(6)});`);
    expect(text).toContain(`Missing:2(${MISSING.join(',')})`);

    // The workbook, and the summary beside it.
    await switchLanguage(page, 'zh-CN');
    await page.getByRole('button', { name: translator('zh-CN', 'rollup')('page.export') }).click();
    await page.getByText('已导出：2024年度法治政府建设情况报告汇总.xlsx').waitFor();
    const beside = path.join(session.dataDir, 'exports', '2024年度法治政府建设情况报告汇总（图表摘要）.pdf');
    expect(existsSync(beside)).toBe(true);
    expect(summaryText(beside)).toContain(`按期报送：5个；逾期报送：2个（${unitName(1)}、${unitName(4)}）`);
  });
});
