// 核对 PDF in the app, in Chromium: from Home and from the sign-off panel, a genuine signed-off PDF and a forged
// copy of it (text drawn invisibly on page 2, made with pdf-lib) are dropped on the page, and each is answered in
// one sentence, in Chinese and in English, through the real bridge and verify.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { headlessServices } from '../headless-services';
import { withInvisibleText } from '../pdf/forgeries';
import { openSession, seedPath, shot, type Session } from './harness';
import { openStep } from './wizard-driver';

/** Drops `bytes` as a file named `name` on the verify panel's zone, as a user drags a file from the desktop. */
async function drop(page: Page, bytes: Uint8Array, name: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ data, name }) => {
      const transfer = new DataTransfer();
      const file = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([file], name, { type: 'application/pdf' }));
      return transfer;
    },
    { data: Buffer.from(bytes).toString('base64'), name },
  );
  await page.locator('[data-testid="verify-drop"]').dispatchEvent('drop', { dataTransfer });
}

const answerOf = async (page: Page, expected: RegExp) => {
  const answer = page.locator('[data-testid="verify-answer"]');
  await expect.poll(() => answer.textContent(), { timeout: 30_000 }).toMatch(expected);
  return answer.textContent();
};

describe('verify in the app', { timeout: 180_000 }, () => {
  let session: Session;
  let report: Report;
  let genuine: Uint8Array;
  let forged: Uint8Array;
  beforeAll(async () => {
    session = await openSession('verify');
    // The signed-off report and its PDF, made by the services on the bridge's data folder while it is stopped.
    await session.stopBridge();
    const pdf = path.join(session.dataDir, '..', 'signed.pdf');
    const services = await headlessServices(session.dataDir, { chooseSavePath: async () => pdf });
    ({ report } = await services.importOutlineFromFile(seedPath, {}));
    for (const [step, name] of [
      ['submit', '张三'],
      ['review', '李四'],
      ['approve', '王五'],
    ] as const)
      report = await services.signOff(report.id, { step, name });
    await services.exportPdf(report.id, {});
    await services.close();
    await session.startBridge();
    genuine = new Uint8Array(readFileSync(pdf));
    forged = await withInvisibleText(genuine, 1, 'approved without changes');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers a dropped genuine PDF and a forged one in one sentence, from Home, in both languages', async () => {
    const { page } = session;
    await page.goto(session.bridge.url);
    await page.locator('#open-verify').click();
    await drop(page, genuine, '签发稿.pdf');
    await answerOf(
      page,
      /^核对通过：该 PDF 与《区统计局2023年法治政府建设情况报告》第2版（签发稿）打印出的文件完全相同/,
    );
    await expect.poll(() => page.locator('.verify-outcome').getAttribute('class')).toContain('verify-good');
    await drop(page, forged, '改过的.pdf');
    await answerOf(
      page,
      /^未通过：该 PDF 自称是《.+》第2版（签发稿）.*但与该版本打印出的文件不同：第2页有看不见的文字（隐形文字）。$/,
    );
    expect(await page.locator('.verify-file').textContent()).toBe('文件：改过的.pdf');
    await shot(page, 'verify-forged');

    await page.locator('#ui-language').selectOption('en');
    await drop(page, genuine, 'signed.pdf');
    await answerOf(page, /^Verified: this PDF is identical to version 2 \(Signed off\) of “.+” as printed/);
  });

  it('is there in the sign-off panel too', async () => {
    const { page } = session;
    await page.locator('#ui-language').selectOption('zh-CN');
    await page.goto(`${session.bridge.url}#/report/${report.id}`);
    await page.locator('.wizard').waitFor();
    await openStep(page, 'review');
    await page.locator('.sign-off-panel .verify-panel').waitFor();
    await drop(page, forged, 'forged.pdf');
    await answerOf(page, /第2页有看不见的文字/);
  });
});
