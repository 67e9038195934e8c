// The first hour of a user, in Chromium: a list pasted from Word into a paragraph box is offered as items (taken,
// then undone), and the screens a newcomer meets — Home, the wizard, the review, the sign-off panel, the 汇总
// page (also at a phone's width) — in both languages, compared with the reference images kept beside this file
// (tests/browser/reference/<screen>-<language>.png). The fresh images go to a temporary folder; a screen that
// differs by more than a small share of its pixels (a layout break, clipped or untranslated text) fails.
// To refresh the references after an intended change of the screens, look at the new images, then run:
//   UPDATE_REFERENCE=1 npx vitest run tests/browser/screens.test.ts
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import type { Language, Report } from '../../core/model';
import { encodePackage } from '../../electron/formats/package/package-format';
import { departmentReport, YEAR } from '../rollup/departments';
import { artifactsDir, openSeedReport, openSession, repoRoot, storedReport, type Session } from './harness';
import { field, openStep } from './wizard-driver';

const referenceDir = path.join(repoRoot, 'tests/browser/reference');
const updating = process.env.UPDATE_REFERENCE === '1';
/** Timestamps and deadlines counted from today change a few hundred pixels; a moved or clipped layout many more. */
const MAX_DIFFERING = 0.01;

/** Where a screen differs from its reference more than MAX_DIFFERING: its share, the diff image kept for a look. */
function compareWithReference(fresh: string, name: string): string | null {
  const reference = path.join(referenceDir, `${name}.png`);
  if (updating) {
    copyFileSync(fresh, reference);
    return null;
  }
  if (!existsSync(reference)) return `${name}: no reference image (see the top of this file)`;
  const a = PNG.sync.read(readFileSync(fresh));
  const b = PNG.sync.read(readFileSync(reference));
  if (a.width !== b.width || a.height !== b.height)
    return `${name}: ${a.width}×${a.height}, reference ${b.width}×${b.height}`;
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height);
  if (differing <= MAX_DIFFERING) return null;
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(path.join(artifactsDir, `${name}-diff.png`), PNG.sync.write(diff));
  copyFileSync(fresh, path.join(artifactsDir, `${name}.png`));
  return `${name}: ${(differing * 100).toFixed(2)}% of the pixels differ (diff in tests/artifacts/browser)`;
}

/** A paste from Word as the browser delivers it: a paste event carrying the copied text. */
async function paste(page: Page, target: string, text: string) {
  await page.locator(target).evaluate((el: HTMLTextAreaElement, copied) => {
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    const data = new DataTransfer();
    data.setData('text/plain', copied);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('the screens a newcomer meets', () => {
  let session: Session;
  let report: Report;
  let freshDir: string;
  beforeAll(async () => {
    session = await openSession('screens');
    // The bridge's roll-up reads <data>/rollup-inbox: a few departments' packages of one year.
    const inbox = path.join(session.dataDir, 'rollup-inbox');
    mkdirSync(inbox, { recursive: true });
    for (let i = 0; i < 6; i++)
      writeFileSync(
        path.join(inbox, `${i + 1}.rldpkg`),
        encodePackage(departmentReport(i), `${YEAR + 1}-02-20T08:00:00.000Z`),
      );
    report = await openSeedReport(session);
    freshDir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-screens-'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows Home, the wizard, the review, the sign-off panel and the 汇总 page as the references in both languages', async () => {
    const { page } = session;
    const failures: string[] = [];
    const take = async (name: string) => {
      const fresh = path.join(freshDir, `${name}.png`);
      await page.screenshot({ path: fresh, animations: 'disabled', caret: 'hide' });
      const failure = compareWithReference(fresh, name);
      if (failure) failures.push(failure);
    };
    for (const language of ['zh-CN', 'en'] as Language[]) {
      const rollup = translator(language, 'rollup');
      await page.goto(`${session.bridge.url}#/`);
      await page.locator('#ui-language').selectOption(language);
      await page.locator('#open-rollup').waitFor();
      await take(`home-${language}`);

      await page.goto(`${session.bridge.url}#/report/${report.id}`);
      await openStep(page, 'chapter-0');
      await take(`wizard-${language}`);
      // The review step opens on its findings and the sign-off panel; the revised text (修改稿) and the
      // versions are further down.
      await openStep(page, 'review');
      await page.locator('.sign-off-panel').waitFor();
      await take(`signoff-${language}`);
      await page.locator('.revision-import').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await take(`review-${language}`);

      await page.goto(`${session.bridge.url}#/`);
      await page.locator('#open-rollup').click();
      await page.locator('#rollup-year').fill(String(YEAR));
      await page.locator('#rollup-choose').click();
      await page.getByRole('heading', { name: rollup('page.resultHeading') }).waitFor();
      await take(`rollup-${language}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await take(`rollup-phone-${language}`);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('button', { name: rollup('page.back') }).click();
    }
    expect(failures).toEqual([]);
  });

  it('offers pasted numbered lines as items (made, then undone), and a pasted chapter or report to the outline import', async () => {
    const { page } = session;
    const ui = translator('zh-CN', 'ui');
    await page.goto(`${session.bridge.url}#/`);
    await page.locator('#ui-language').selectOption('zh-CN');
    await page.goto(`${session.bridge.url}#/report/${report.id}`);
    await openStep(page, 'chapter-2');
    const lead = ['chapters', 2, 'paragraphs', 0];
    const before = await field(page, lead).inputValue();
    await paste(
      page,
      `[id="field-${lead.join('.')}"]`,
      '1.完善制度体系。制定规章3件。\r\n2.开展执法检查。\r\n3.加强学法。\r\n',
    );
    const offer = page.locator('.paste-offer');
    await expect.poll(() => offer.textContent()).toContain(ui('pasteOffer.items', { count: 3 }));
    // Pasted as one paragraph until the offer is taken.
    expect(await field(page, lead).inputValue()).toBe(
      `${before}1.完善制度体系。制定规章3件。2.开展执法检查。3.加强学法。`,
    );

    await offer.getByRole('button', { name: ui('pasteOffer.makeItems') }).click();
    await expect.poll(() => field(page, lead).inputValue()).toBe(before);
    const items = ['chapters', 2, 'items'];
    expect(await field(page, [...items, 0, 'title']).inputValue()).toBe('完善制度体系。');
    expect(await field(page, [...items, 0, 'body']).inputValue()).toBe('制定规章3件。');
    expect(await field(page, [...items, 2, 'body']).inputValue()).toBe('加强学法。');

    await offer.getByRole('button', { name: ui('pasteOffer.undo') }).click();
    await expect.poll(() => field(page, lead).inputValue()).toContain('3.加强学法。');
    expect(await field(page, [...items, 0, 'body']).count()).toBe(0);
    await expect.poll(async () => (await storedReport(session, report.id)).chapters[2]!.items).toEqual([]);

    // The wizard's own undo takes it back too; the bar, whose undo would now take back another edit, goes.
    await paste(page, `[id="field-${lead.join('.')}"]`, '1.组织学法\n2.开展培训');
    await offer.getByRole('button', { name: ui('pasteOffer.makeItems') }).click();
    await field(page, [...items, 1, 'body']).waitFor();
    await page.getByTitle(ui('wizard.undoKey')).click();
    await expect.poll(() => field(page, [...items, 0, 'body']).count()).toBe(0);
    expect(await offer.count()).toBe(0);

    // A whole chapter offers the outline import instead.
    await paste(page, `[id="field-${lead.join('.')}"]`, '一、主要工作\n1.组织学法\n2.开展培训');
    await expect.poll(() => offer.textContent()).toContain(ui('pasteOffer.chapter'));
    await offer.getByRole('button', { name: ui('pasteOffer.dismiss') }).click();
    await page.getByTitle(ui('wizard.undoKey')).click();
    await expect.poll(() => field(page, lead).inputValue()).toContain('3.加强学法。');

    // A whole report, pasted into the preamble, goes to the outline import: a new report, opened in the wizard.
    await openStep(page, 'preamble');
    await paste(
      page,
      '[id="field-preamble.0"]',
      '某县司法局关于2025年法治政府建设情况的报告\n一、主要工作\n1.组织学法\n2.开展培训',
    );
    await expect.poll(() => offer.textContent()).toContain(ui('pasteOffer.report'));
    await offer.getByRole('button', { name: ui('pasteOffer.importOutline') }).click();
    await page.locator('.wizard').getByText('某县司法局 · 2025').waitFor();
    expect(page.url()).not.toContain(report.id);
  });
});
