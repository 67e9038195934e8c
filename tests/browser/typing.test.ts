// Typing in a real browser with the text kept in the field until it pauses (renderer/editing/draft.ts): a
// Chinese IME composition is never disturbed — its pinyin never reaches the report, the preview or the store —
// the composed text is committed when the composition ends, and everything typed reaches the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { openSeedReport, openSession, storedReport, type Session } from './harness';
import { field, openStep } from './wizard-driver';

describe('typing into a long field', () => {
  let session: Session;
  let report: Report;
  beforeAll(async () => {
    session = await openSession('typing');
    report = await openSeedReport(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('leaves an IME composition alone and commits the composed text at its end', async () => {
    const { page } = session;
    await openStep(page, 'preamble');
    const paragraph = field(page, ['preamble', 0]);
    const before = report.preamble[0]!;
    await paragraph.click();
    await page.keyboard.press('Control+End');
    const cdp = await session.context.newCDPSession(page);
    for (const text of ['t', 'to', 'ton', 'tong', 'tong j', 'tong ji']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(60);
    }
    // Well past the pause after which typing is committed: the composition is still open and untouched.
    await page.waitForTimeout(1200);
    expect(await paragraph.inputValue()).toBe(before + 'tong ji');
    expect(await page.locator('.paper').textContent()).not.toContain('tong');
    expect((await storedReport(session, report.id)).preamble[0]).toBe(before);

    await cdp.send('Input.insertText', { text: '统计' });
    expect(await paragraph.inputValue()).toBe(before + '统计');
    await expect.poll(() => page.locator('.paper').textContent()).toContain(before + '统计');
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    expect((await storedReport(session, report.id)).preamble[0]).toBe(before + '统计');
    await cdp.detach();
  });

  it('saves keys typed without a pause soon after the last, and the field keeps every one', async () => {
    const { page } = session;
    const paragraph = field(page, ['preamble', 0]);
    const before = await paragraph.inputValue();
    await paragraph.click();
    await page.keyboard.press('Control+End');
    const typed = ' tongji zhifa jiancha';
    await page.keyboard.type(typed, { delay: 30 });
    expect(await paragraph.inputValue()).toBe(before + typed);
    await expect
      .poll(async () => (await storedReport(session, report.id)).preamble[0], { timeout: 1500, interval: 100 })
      .toBe(before + typed);
  });
});
