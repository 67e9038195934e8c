// The bridge dies mid-typing and comes back: the failed-save state shows, nothing typed is lost, and once the
// service is back the text reaches the store without the user doing anything. A reload while the service is
// down and back keeps the text too (the local journal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import type { Report } from '../../core/model';
import { openSession, shot, type Session } from './harness';
import { addButton, field, openStep } from './wizard-driver';

const t = translator('zh-CN', 'ui');
const partOne = '2023年以来，区统计局全面贯彻落实中央、省、市、区法治政府建设精神，';
const partTwo = '深入贯彻落实中央及我省法治建设“一规划两纲要”，';
const partThree = '结合我局实际，持续推进依法行政。';

async function stored(session: Session, id: string): Promise<Report> {
  const response = await session.bridge.fetch('openReport', { body: JSON.stringify([id]) });
  return ((await response.json()) as { value: { report: Report } }).value.report;
}

describe('a save fails while the bridge is down', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession('failed-save');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the failure, keeps the text, and saves it when the service is back', async () => {
    const { page } = session;
    await page.fill('#create-organisation', '区统计局');
    await page.getByRole('button', { name: t('home.create'), exact: true }).click();
    await page.locator('.wizard').waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/report/', ''));
    await openStep(page, 'preamble');
    await addButton(page, ['preamble']).click();
    const preamble = field(page, ['preamble', 0]);
    await preamble.click();
    await page.keyboard.insertText(partOne);
    await page.locator('[data-save-state="saved"]').waitFor();

    await session.stopBridge();
    await page.keyboard.type(partTwo, { delay: 5 });
    await page.locator('[data-save-state="failed"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.save-status').innerText()).toBe(t('save.failed'));
    await shot(page, 'failed-save-zh-CN');
    // Still typing while it fails: nothing is refused, nothing lost.
    await page.keyboard.insertText(partThree);
    expect(await preamble.inputValue()).toBe(partOne + partTwo + partThree);

    await session.startBridge();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    expect((await stored(session, id)).preamble).toEqual([partOne + partTwo + partThree]);
  });

  it('keeps unsaved text across a reload', async () => {
    const { page } = session;
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/report/', ''));
    await session.stopBridge();
    await field(page, ['preamble', 0]).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('现将有关情况报告如下：');
    await page.locator('[data-save-state="failed"]').waitFor({ timeout: 10_000 });
    await session.startBridge();
    // Reload before the retry timer fires: the journal written before each attempt holds the text.
    await page.reload();
    await page.locator('.wizard').waitFor();
    await openStep(page, 'preamble');
    expect(await field(page, ['preamble', 0]).inputValue()).toBe(
      partOne + partTwo + partThree + '现将有关情况报告如下：',
    );
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    expect((await stored(session, id)).preamble).toEqual([partOne + partTwo + partThree + '现将有关情况报告如下：']);
  });
});
