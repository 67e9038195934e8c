// Drives the wizard as a person does — clicking the add / move / remove buttons, choosing in selects and
// typing into the fields — to enter a whole report. Long texts go in with keyboard.insertText (one input
// event per text, as an IME commit does), short ones with fill.
import type { Locator, Page } from 'playwright-core';
import type { Chapter, Item, Report, Section } from '../../core/model';

type Path = (string | number)[];

export const field = (page: Page, path: Path): Locator => page.locator(`[id="field-${path.join('.')}"]`);
export const addButton = (page: Page, listPath: Path): Locator => page.locator(`[data-add="${listPath.join('.')}"]`);
export const entryButton = (page: Page, entryPath: Path, action: 'up' | 'down' | 'remove'): Locator =>
  page.locator(`[data-entry="${entryPath.join('.')}"][data-action="${action}"]`);

async function typeInto(page: Page, path: Path, text: string): Promise<void> {
  const target = field(page, path);
  await target.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.insertText(text);
}

async function addAndType(page: Page, listPath: Path, index: number, text: string): Promise<void> {
  await addButton(page, listPath).click();
  await typeInto(page, [...listPath, index], text);
}

async function selectIfNeeded(page: Page, path: Path, value: string): Promise<void> {
  const select = field(page, path);
  if ((await select.inputValue()) !== value) await select.selectOption(value);
}

async function enterItem(page: Page, path: Path, item: Item): Promise<void> {
  if (item.title) await field(page, [...path, 'title']).fill(item.title);
  if (item.body) await typeInto(page, [...path, 'body'], item.body);
  for (const [j, sub] of item.subItems.entries()) {
    await addButton(page, [...path, 'subItems']).click();
    if (sub.title) await field(page, [...path, 'subItems', j, 'title']).fill(sub.title);
    if (sub.body) await typeInto(page, [...path, 'subItems', j, 'body'], sub.body);
  }
}

async function enterBody(page: Page, path: Path, part: Chapter | Section): Promise<void> {
  for (const [i, text] of part.paragraphs.entries()) await addAndType(page, [...path, 'paragraphs'], i, text);
  await selectIfNeeded(page, [...path, 'itemLayout'], part.itemLayout);
  for (const [k, item] of part.items.entries()) {
    await addButton(page, [...path, 'items']).click();
    await enterItem(page, [...path, 'items', k], item);
  }
  for (const [i, text] of part.closing.entries()) await addAndType(page, [...path, 'closing'], i, text);
}

/** Makes the list at `listPath` hold `wanted` entries, removing from the end or adding. */
async function matchCount(page: Page, listPath: Path, entries: Locator, wanted: number): Promise<void> {
  let count = await entries.count();
  while (count > wanted) {
    await entryButton(page, [...listPath, count - 1], 'remove').click();
    count -= 1;
  }
  while (count < wanted) {
    await addButton(page, listPath).click();
    count += 1;
  }
}

export const openStep = (page: Page, key: string) => page.locator(`[data-step="${key}"]`).click();

/** Enters `target` into the report open in the wizard (made from a template: its chapters and sections are replaced). */
export async function enterReport(page: Page, target: Report): Promise<void> {
  await openStep(page, 'basic');
  await matchCount(page, ['chapters'], page.locator('.chapter-outline > .entry'), target.chapters.length);
  for (const [c, chapter] of target.chapters.entries()) await field(page, ['chapters', c, 'title']).fill(chapter.title);

  await openStep(page, 'preamble');
  for (const [i, text] of target.preamble.entries()) await addAndType(page, ['preamble'], i, text);

  for (const [c, chapter] of target.chapters.entries()) {
    await openStep(page, `chapter-${c}`);
    const path = ['chapters', c];
    await enterBody(page, path, chapter);
    await matchCount(page, [...path, 'sections'], page.locator('.section-entry'), chapter.sections.length);
    for (const [s, section] of chapter.sections.entries()) {
      const sectionPath = [...path, 'sections', s];
      await field(page, [...sectionPath, 'heading']).fill(section.heading);
      await selectIfNeeded(page, [...sectionPath, 'headingStyle'], section.headingStyle);
      await enterBody(page, sectionPath, section);
    }
  }

  await openStep(page, 'signature');
  await field(page, ['meta', 'signatureUnit']).fill(target.meta.signatureUnit ?? '');
  if (target.meta.date) {
    const [year, month, day] = target.meta.date.split('-');
    await field(page, ['meta', 'date']).fill(year!);
    await page.locator('[id="field-meta.date-month"]').selectOption(String(Number(month)));
    await page.locator('[id="field-meta.date-day"]').selectOption(String(Number(day)));
  }
}
