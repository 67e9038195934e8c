// The public copy (公开版) in Chromium at a phone's width: nothing but the page itself is requested, no line
// runs wider than the screen, the headings and lists are what a screen reader announces, and the print style
// sets the official body size. A screenshot is kept in tests/artifacts/browser/ to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextYearReport } from '../../core/next-year';
import { importOutline } from '../../core/outline-import';
import { renderPublicHtml } from '../../core/public-html';
import { readFixture, readSeed } from '../unit/seed';
import { artifactsDir, sharedBrowser } from './harness';

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await sharedBrowser();
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-public-'));
  mkdirSync(artifactsDir, { recursive: true });
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

async function openAtPhoneWidth(html: string, name: string) {
  const file = path.join(work, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, requested, url: pathToFileURL(file).href };
}

describe('the public copy in a browser', { timeout: 60_000 }, () => {
  it('reads on a phone: nothing fetched, nothing wider than the screen, headings and lists for a screen reader', async () => {
    const { page, requested, url } = await openAtPhoneWidth(renderPublicHtml(importOutline(readSeed())), 'seed');
    expect(requested).toEqual([url]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const snapshot = await page.locator('main').ariaSnapshot();
    expect(snapshot).toMatch(/heading "区统计局2023年法治政府建设情况报告" \[level=1\]/);
    expect(snapshot).toMatch(/heading "一、主要工作开展情况" \[level=2\]/);
    expect(snapshot).toMatch(/heading "（一）深入贯彻习近平法治思想/);
    expect(snapshot).toMatch(/- list:\n\s+- listitem:/);
    await page.screenshot({ path: path.join(artifactsDir, 'public-copy-phone.png') });

    await page.emulateMedia({ media: 'print' });
    // 16 pt = 21.33 CSS px: the official body size.
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeCloseTo(
      (16 * 96) / 72,
      2,
    );
    await page.close();
  });

  it('keeps a long report of every numbering style within the screen', async () => {
    const report = nextYearReport(importOutline(readFixture('plans-every-style-2023.txt')));
    report.preamble.push('长数字和网址也要折行：'.concat('https://example.gov.cn/'.repeat(6), '1234567890'.repeat(8)));
    const { page } = await openAtPhoneWidth(renderPublicHtml(report), 'styles');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(artifactsDir, 'public-copy-styles-phone.png'), fullPage: true });
    await page.close();
  });
});
