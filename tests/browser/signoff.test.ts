// The sign-off trail in the app, in Chromium: send the report for review, take the leader's revised text back
// (the Word file exported, edited, imported as a revision), see the marked diff, accept it, review, sign off
// (refused first with its reason beside the button), find the wizard read-only, export the PDF and the approval
// slip, and verify the PDF. The revision is the .docx the app exported, its text edited as Word would save it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { headlessServices } from '../headless-services';
import { openSeedReport, openSession, shot, storedReport, type Session } from './harness';
import { field, openStep } from './wizard-driver';

/** The leader's edit of the exported Word file: a phrase replaced in word/document.xml, zipped back. */
async function editedDocx(file: string, from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const so = translator('zh-CN', 'signoff');
const ui = translator('zh-CN', 'ui');

async function takeStep(page: Page, step: string, name: string) {
  await page.locator('.sign-off-who input').first().fill(name);
  await page.locator(`[data-sign-off-step="${step}"]`).click();
}

describe('the sign-off trail in the app', () => {
  let session: Session;
  let report: Report;
  beforeAll(async () => {
    session = await openSession('signoff');
    report = await openSeedReport(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('submits, takes a revised text back with its diff, reviews, signs off, prints the slip and verifies', async () => {
    const { page } = session;
    await openStep(page, 'review');
    await takeStep(page, 'submit', '张三');
    await page.locator('.sign-off-panel .badge-in-review').waitFor();

    // The leader edits the Word file that was sent out; it comes back as a revision with its diff.
    await page.getByRole('button', { name: translator('zh-CN', 'word')('ui.exportDocx') }).click();
    const docxResult = page.locator('.export-result', { hasText: '.docx' });
    await docxResult.waitFor({ timeout: 60_000 });
    const exportsDir = path.join(session.dataDir, 'exports');
    const sent = readdirSync(exportsDir).find((f) => f.endsWith('.docx'))!;
    const revisionFile = page.locator('[data-testid="revision-file"]');
    expect(await revisionFile.getAttribute('accept')).toContain('.docx');
    await revisionFile.setInputFiles({
      name: sent,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await editedDocx(path.join(exportsDir, sent), '坚持', '始终坚持'),
    });
    const preview = page.locator('.revision-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(so('ui.revisionAgainst', { version: 1 }));
    expect(await preview.locator('ins').allInnerTexts()).toEqual(['始终']);
    await shot(page, 'signoff-revision-diff');
    await preview.getByLabel(so('ui.acceptedBy')).fill('王五');
    await preview.getByRole('button', { name: so('ui.acceptRevision') }).click();
    await page.getByText(so('ui.revisionAccepted')).waitFor();
    await expect.poll(async () => renderText(await storedReport(session, report.id))).toContain('始终坚持');

    // Sign-off before the review is refused, with the reason beside the button.
    await takeStep(page, 'approve', '王五');
    const refusal = page.locator('[data-sign-off-step="approve"] + .refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe(translator('zh-CN', 'errors')('SIGN_OFF_NEEDS_REVIEW'));

    await takeStep(page, 'review', '李四');
    await expect.poll(async () => (await storedReport(session, report.id)).signOff.records.length).toBe(2);
    await takeStep(page, 'approve', '王五');
    await page.locator('.sign-off-panel .badge-signed-off').waitFor();
    await page.locator('.locked-banner').waitFor();
    expect((await storedReport(session, report.id)).meta.status).toBe('signed-off');

    // Read-only: the forms of the other steps are disabled until the report is reopened.
    await openStep(page, 'preamble');
    expect(await field(page, ['preamble', 0]).isDisabled()).toBe(true);
    await shot(page, 'signoff-locked');
    await openStep(page, 'review');

    // The versions: submitted, the revision, signed off; compared chapter by chapter.
    const versions = page.locator('.version-list > li');
    await expect.poll(() => versions.count()).toBe(3);
    await page.locator('.versions-panel select').first().selectOption('1');
    await page.locator('.versions-panel select').nth(1).selectOption('3');
    await page
      .locator('.versions-panel')
      .getByRole('button', { name: so('ui.compare') })
      .click();
    await page.locator('.versions-panel .diff-view ins', { hasText: '始终' }).waitFor();

    await page.getByRole('button', { name: ui('review.exportPdf') }).click();
    await page.locator('.export-result', { hasText: '.pdf' }).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: so('ui.exportSlip') }).click();
    await page.locator('.slip-result').waitFor({ timeout: 90_000 });
    const files = readdirSync(exportsDir);
    const slip = files.find((f) => f.endsWith('发文稿纸.pdf'))!;
    const pdf = files.find((f) => f.endsWith('.pdf') && f !== slip)!;
    const slipText = execFileSync('pdftotext', ['-layout', path.join(exportsDir, slip), '-'], { encoding: 'utf8' });
    expect(slipText).toMatch(/签发人（签发）\s+王五/);
    expect(slipText).toContain('第3版');

    // Verified beside the running app, as `report-desk verify` does it: read-only on the same data folder.
    const reader = await headlessServices(session.dataDir, { readOnly: true });
    try {
      const result = await reader.verifyPdfFile(path.join(exportsDir, pdf));
      expect(result).toMatchObject({ status: 'signed-off', version: 3, printed: { identical: true } });
    } finally {
      await reader.close();
    }
  });
});
