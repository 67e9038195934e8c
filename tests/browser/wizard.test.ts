// End to end, as a new user: create a report, enter the whole seed report through the forms, reorder an item,
// switch the UI language and back, reload, and find every word saved and the step the user was on; export the
// PDF and compare its text with the seed. Every step is checked in both languages (its title, no text cut off,
// no error on a report that has none, English labels capitalised); the screenshots taken meanwhile go to
// tests/artifacts/browser/ for a person to look at.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../core/i18n';
import type { Language, Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { openSession, repoRoot, seedPath, shot, type Session } from './harness';
import { normaliseForComparison, pdfText, seedText } from './seed-text';
import { entryButton, enterReport, field, openStep } from './wizard-driver';

const ui = (lang: Language) => translator(lang, 'ui');
const seed = seedText();
const target: Report = importOutline(seed);

async function storedReport(session: Session, id: string): Promise<Report> {
  const response = await session.bridge.fetch('openReport', { body: JSON.stringify([id]) });
  const envelope = (await response.json()) as { ok: boolean; value: { report: Report } };
  expect(envelope.ok).toBe(true);
  return envelope.value.report;
}

async function listedReports(session: Session): Promise<{ organisation: string }[]> {
  const response = await session.bridge.fetch('listReports', { body: '[]' });
  return ((await response.json()) as { value: { organisation: string }[] }).value;
}

/** The text on the preview's paper, as the user reads it. */
const paperText = async (page: Page) => (await page.locator('.paper').textContent()) ?? '';

const reportIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.replace('#/report/', ''));

/**
 * Leaves the field being typed in (which commits its text at once, as a user clicking elsewhere does), then
 * waits for the store to have it: otherwise the indicator may still show the previous "saved".
 */
async function waitSaved(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
}

async function switchLanguage(page: Page, lang: Language) {
  await page.selectOption('#ui-language', lang);
  await page.locator('.app-title', { hasText: ui(lang)('app.title') }).waitFor();
}

/**
 * Text a user cannot read whole on the current step: a field, label or button that cuts its text off
 * (layout-fit.test.ts checks that the panes themselves fit the window).
 */
function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    for (const input of document.querySelectorAll<HTMLInputElement>('.wizard-main input[type="text"]')) {
      if (input.value && input.scrollWidth > input.clientWidth + 1)
        faults.push(`${input.id}: “${input.value}” cut off (${input.scrollWidth} > ${input.clientWidth})`);
    }
    for (const area of document.querySelectorAll<HTMLTextAreaElement>('.wizard-main textarea')) {
      if (area.scrollHeight > area.clientHeight + 1 || area.scrollWidth > area.clientWidth + 1)
        faults.push(`${area.id}: text hidden (${area.scrollHeight} > ${area.clientHeight})`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('.wizard-main label, .wizard-main button, .entry-name')) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
        faults.push(`“${el.textContent}” cut off`);
    }
    return faults;
  });
}

const STEP_TITLES = ['basic', 'preamble', 'indicators', 'signature', 'review'] as const;

/** Opens every step in turn and checks it as the user sees it; a screenshot of each is kept for people. */
async function checkEveryStep(page: Page, lang: Language) {
  const t = ui(lang);
  const keys = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
  expect(keys).toEqual([
    'basic',
    'preamble',
    ...target.chapters.map((_, i) => `chapter-${i}`),
    'indicators',
    'signature',
    'review',
  ]);
  for (const key of keys) {
    await openStep(page, key);
    expect(await page.locator('[aria-current="step"]').getAttribute('data-step')).toBe(key);
    const title = await page.locator('.step-title').innerText();
    const simple = STEP_TITLES.find((k) => k === key);
    if (simple) expect(title).toBe(t(`step.${simple}`));
    else expect(title).toContain(target.chapters[Number(key.replace('chapter-', ''))]!.title);
    expect(await cutOffText(page), `${lang} ${key}`).toEqual([]);
    // The seed has warnings only: no step, field or finding shows an error.
    expect(await page.locator('.step-error, .finding-error, [aria-invalid="true"]').count(), `${lang} ${key}`).toBe(0);
    if (lang === 'en') {
      const names = await page.locator('.entry-name').allInnerTexts();
      expect(
        names.filter((n) => /^[a-z]/.test(n)),
        key,
      ).toEqual([]);
    }
    await shot(page, `seed-${lang}-${key}`);
  }
}

/** Exports the report from the review step (the watermark is drawn as outlines, never text). */
async function exportAndCompare(session: Session) {
  const { page } = session;
  await openStep(page, 'review');
  await waitSaved(page);
  await page.getByRole('button', { name: ui('zh-CN')('review.exportPdf') }).click();
  const outcome = page.locator('.export-result, .review .alert-error');
  await outcome.first().waitFor({ timeout: 90_000 });
  expect(
    await page.locator('.review .alert-error').count(),
    await page
      .locator('.review .alert-error')
      .allInnerTexts()
      .then((t) => t.join()),
  ).toBe(0);
  await shot(page, 'seed-zh-CN-exported');
  const exportsDir = path.join(session.dataDir, 'exports');
  const pdf = readdirSync(exportsDir).find((f) => f.endsWith('.pdf'));
  expect(pdf).toBeDefined();
  expect(pdfText(path.join(exportsDir, pdf!))).toBe(normaliseForComparison(seed));
}

describe('a new user enters the seed report through the wizard', () => {
  let session: Session;
  let id: string;
  beforeAll(async () => {
    session = await openSession('seed');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates a report from the home screen', async () => {
    const { page } = session;
    const t = ui('zh-CN');
    await page.locator('#create-organisation').waitFor();
    await shot(page, 'seed-zh-CN-home-empty');
    await switchLanguage(page, 'en');
    await shot(page, 'seed-en-home-empty');
    await switchLanguage(page, 'zh-CN');
    await page.selectOption('#create-template', target.templateId);
    await page.fill('#create-organisation', target.meta.organisation);
    await page.fill('#create-year', String(target.meta.year));
    await page.getByRole('button', { name: t('home.create'), exact: true }).click();
    await page.locator('.wizard').waitFor();
    id = reportIdOf(page);
    expect(id).not.toBe('');
    // Nothing typed yet is "not filled in", not an error; the unit's name suggested the statistics figures.
    await page.waitForTimeout(1500);
    expect(await page.locator('.step-error').count()).toBe(0);
    expect(await page.locator('.step-empty').count()).toBeGreaterThanOrEqual(target.chapters.length);
    expect((await storedReport(session, id)).indicators.map((i) => i.label)).toEqual(
      target.indicators.map((i) => i.label),
    );
  });

  it('takes the whole seed through the forms', async () => {
    const { page } = session;
    await enterReport(page, target);
    await waitSaved(page);
    // Every word reaches the store by itself (autosave), within moments of the last keystroke.
    await expect
      .poll(async () => normaliseForComparison(renderText(await storedReport(session, id))), { timeout: 10_000 })
      .toBe(normaliseForComparison(seed));
  });

  it('moves an item up by button and by keyboard, and the numbering follows', async () => {
    const { page } = session;
    const t = ui('zh-CN');
    await openStep(page, 'chapter-0');
    const items = ['chapters', 0, 'sections', 1, 'items'];
    const second = target.chapters[0]!.sections[1]!.items[1]!;
    const first = target.chapters[0]!.sections[1]!.items[0]!;
    await entryButton(page, [...items, 1], 'up').click();
    await expect.poll(() => field(page, [...items, 0, 'title']).inputValue()).toBe(second.title);
    await expect.poll(() => paperText(page)).toContain(`一是${second.title}`);
    await expect.poll(() => paperText(page)).toContain(`二是${first.title}`);
    expect(await page.locator(`[id="field-${[...items, 0].join('.')}"] .entry-name`).innerText()).toBe(
      t('item.name', { marker: '一是' }),
    );
    await shot(page, 'seed-zh-CN-item-moved');
    // Back with the keyboard, from inside the moved item's field.
    await field(page, [...items, 1, 'body']).click();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => field(page, [...items, 0, 'title']).inputValue()).toBe(first.title);
    await expect.poll(() => paperText(page)).toContain(`一是${first.title}`);
    await waitSaved(page);
  });

  it('undoes and redoes with Ctrl+Z / Ctrl+Y', async () => {
    const { page } = session;
    const body = field(page, ['chapters', 0, 'sections', 0, 'paragraphs', 0]);
    const before = await body.inputValue();
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('测试');
    expect(await body.inputValue()).toBe(before + '测试');
    await page.keyboard.press('Control+z');
    expect(await body.inputValue()).toBe(before);
    await page.keyboard.press('Control+y');
    expect(await body.inputValue()).toBe(before + '测试');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
  });

  it('switches the UI language and back, keeping every field', async () => {
    const { page } = session;
    await openStep(page, 'preamble');
    await switchLanguage(page, 'en');
    expect(await page.locator('.step-title').innerText()).toBe(ui('en')('step.preamble'));
    expect(await field(page, ['preamble', 0]).inputValue()).toBe(target.preamble[0]);
    await switchLanguage(page, 'zh-CN');
    expect(await page.locator('.step-title').innerText()).toBe(ui('zh-CN')('step.preamble'));
    expect(await field(page, ['preamble', 0]).inputValue()).toBe(target.preamble[0]);
  });

  it('reloads and finds every word, in the store and on screen, on the step the user was on', async () => {
    const { page } = session;
    await openStep(page, 'chapter-1');
    await waitSaved(page);
    await page.reload();
    await page.locator('.wizard').waitFor();
    expect(await page.locator('[aria-current="step"]').getAttribute('data-step')).toBe('chapter-1');
    await openStep(page, 'review');
    await expect.poll(async () => normaliseForComparison(await paperText(page))).toBe(normaliseForComparison(seed));
    const stored = await storedReport(session, id);
    expect(normaliseForComparison(renderText(stored))).toBe(normaliseForComparison(seed));
  });

  it('shows every step whole at 1366×768 in both languages, with no error on a report that has none', async () => {
    const { page } = session;
    await checkEveryStep(page, 'zh-CN');
    await switchLanguage(page, 'en');
    await checkEveryStep(page, 'en');
    await switchLanguage(page, 'zh-CN');
  });

  it('marks the report final and exports a PDF whose text is the seed', async () => {
    await exportAndCompare(session);
  });
});

describe('starting from last year’s plain text', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession('outline');
  });
  afterAll(async () => {
    await session?.close();
  });

  it("has the app icon as its favicon, served from its own files (no 404, CSP img-src 'self')", async () => {
    const href = await session.page.locator('link[rel="icon"]').evaluate((link) => (link as HTMLLinkElement).href);
    expect(new URL(href).origin).toBe(new URL(session.bridge.url).origin);
    const response = await session.page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });

  it('imports nothing when the file dialog is cancelled', async () => {
    const { page } = session;
    for (const button of ['#import-outline', '#import-package']) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(button).click()]);
      await chooser.setFiles([]);
      // The button is disabled while the import runs: enabled again, the cancelled choice has been answered.
      await expect.poll(() => page.locator(button).isEnabled()).toBe(true);
    }
    expect(await listedReports(session)).toEqual([]);
    expect(page.url()).not.toContain('#/report/');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
  });

  it('imports the seed text and shows it all', async () => {
    const { page } = session;
    // Our own button, reached and pressed with the keyboard, opens the file dialog.
    await page.locator('#import-outline').focus();
    expect(await page.locator('#import-outline').innerText()).toBe(ui('zh-CN')('home.importOutline'));
    // locator.press focuses the button again if a re-render replaced it, then presses Enter on it.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('#import-outline').press('Enter'),
    ]);
    await chooser.setFiles(seedPath);
    await page.locator('.wizard').waitFor();
    await openStep(page, 'review');
    await expect.poll(async () => normaliseForComparison(await paperText(page))).toBe(normaliseForComparison(seed));
    await shot(page, 'outline-zh-CN-review');
    const stored = await storedReport(session, reportIdOf(page));
    expect(normaliseForComparison(renderText(stored))).toBe(normaliseForComparison(seed));
  });

  it('exports the imported report as a PDF whose text is the seed', async () => {
    await exportAndCompare(session);
  });

  it('imports a text file saved as GBK ("ANSI" Notepad) without mojibake', async () => {
    const { page } = session;
    await page.goto(session.bridge.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#import-outline').click()]);
    await chooser.setFiles(path.join(repoRoot, 'tests/fixtures/outline-gbk.txt'));
    await page.locator('.wizard').waitFor();
    await openStep(page, 'review');
    await expect.poll(() => paperText(page)).toContain('一、主要工作开展情况');
    expect(await paperText(page)).toContain('全年召开学法会议1次');
    const stored = await storedReport(session, reportIdOf(page));
    expect(stored.meta).toMatchObject({ organisation: '某区司法局', year: 2023 });
  });
});
