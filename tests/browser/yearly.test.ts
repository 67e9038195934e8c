// The yearly cycle in Chromium against the real bridge and store: last year's text imported and this year's
// report started from it in one step; in the review, stale years fixed, a plan checked off with the suggested
// paragraph, and the public copy exported; Home shows the deadline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import type { ApiMethod } from '../../core/api';
import type { Report } from '../../core/model';
import { openSession, repoRoot, shot, type Session } from './harness';
import { openStep } from './wizard-driver';

const ty = translator('zh-CN', 'yearly');
const ui = translator('zh-CN', 'ui');
let session: Session;

beforeAll(async () => {
  session = await openSession('yearly');
});
afterAll(async () => {
  await session?.close();
});

async function call<T>(method: ApiMethod, args: unknown[]): Promise<T> {
  const response = await session.bridge.fetch(method, { body: JSON.stringify(args) });
  const envelope = (await response.json()) as { ok: boolean; value: T };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

describe('the yearly cycle in the app', { timeout: 120_000 }, () => {
  it('starts this year’s report from last year’s text, fixes its years, checks a plan off, exports the public copy', async () => {
    const { page } = session;
    await page.getByLabel(ty('nextYear.importOption')).check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#import-outline').click()]);
    await chooser.setFiles(path.join(repoRoot, 'tests/fixtures/plans-every-style-2023.txt'));
    await page.locator('.wizard').waitFor();
    expect(await page.locator('.wizard-report-title').innerText()).toContain('2024');

    await openStep(page, 'review');
    const stale = page.getByRole('region', { name: ty('staleYears.title') });
    await stale.getByRole('button', { name: ty('staleYears.fixAll', { year: 2024 }) }).click();
    await expect.poll(() => stale.count()).toBe(0);

    const first = page.locator('.plan-entry').first();
    await first.getByLabel(ty('plans.statusLabel')).selectOption('in-progress');
    const suggestion = first.getByRole('button', { name: /把第1项关联到/ }).first();
    await suggestion.click();
    await first.getByRole('button', { name: ty('plans.unlink') }).waitFor();
    await shot(page, 'yearly-review');

    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/report/', ''));
    // The status and the link are two edits, possibly two saves: wait for the store to hold both.
    await expect
      .poll(
        async () => {
          const plan = (await call<{ report: Report }>('openReport', [id])).report.plans?.[0];
          return [plan?.status, plan?.link != null];
        },
        { timeout: 10_000 },
      )
      .toEqual(['in-progress', true]);
    const stored = (await call<{ report: Report }>('openReport', [id])).report;
    expect(stored.plans![0]!.link).not.toBeNull();
    expect(stored.preamble[0]).toMatch(/^2024年以来/);
    expect(stored.previous?.year).toBe(2023);

    await page.getByRole('button', { name: ty('public.exportHtml') }).click();
    await page
      .getByText(ty('public.exported', { file: '区市场监管局2024年法治政府建设情况报告（公开版）.html' }))
      .waitFor();
    const html = readFileSync(
      path.join(session.dataDir, 'exports', '区市场监管局2024年法治政府建设情况报告（公开版）.html'),
      'utf8',
    );
    expect(html).toContain('<h1>区市场监管局2024年法治政府建设情况报告</h1>');
    expect(html).not.toContain('区委、区政府');

    await page.getByRole('button', { name: ui('wizard.backHome') }).click();
    const row = page.getByRole('row', { name: /2024年法治政府建设情况报告/ });
    await expect.poll(() => row.innerText()).toMatch(/2025-03-01前报送/);
    await shot(page, 'yearly-home');
  });
});
