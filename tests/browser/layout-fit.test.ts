// At 1366×768 and at page zoom 125 % and 150 % (Ctrl+=), nothing overflows sideways — not the page, not the
// stepper, the form or the preview — and all three stay on screen and usable, on Home and on every step.
// Screenshots go to tests/artifacts/browser/fit-*.png.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../core/model';
import { openSession, seedPath, shot, type Session } from './harness';
import { openStep } from './wizard-driver';

interface Fit {
  page: { scrollWidth: number; innerWidth: number };
  /** Panes whose content is wider than the pane (they would need a sideways scroll bar). */
  overflowing: string[];
  boxes: Record<string, { left: number; right: number; width: number; height: number } | null>;
}

const fit = (page: Page): Promise<Fit> =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const panes = ['.app-header', '.wizard-bar', '.stepper', '.wizard-main', '.preview', '.home-main'];
    // The paper clips its rotated watermark on purpose; what is printed on it must stay within it.
    const paper = document.querySelector('.paper');
    const paperRight = paper ? paper.getBoundingClientRect().right : Infinity;
    const paperOverflows =
      paper !== null &&
      [...paper.querySelectorAll('.paper > *, .paper span')].some(
        (el) => el.getBoundingClientRect().right > paperRight + 1,
      );
    return {
      page: { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth },
      overflowing: [
        ...panes.filter((s) => {
          const el = document.querySelector(s);
          return el !== null && el.scrollWidth > el.clientWidth + 1;
        }),
        ...(paperOverflows ? ['.paper content'] : []),
      ],
      boxes: Object.fromEntries(['.stepper', '.wizard-main', '.preview', '.step-form'].map((s) => [s, box(s)])),
    };
  });

async function expectFits(page: Page, where: string, wizard: boolean) {
  const f = await fit(page);
  expect(f.page.scrollWidth, `${where}: page width`).toBeLessThanOrEqual(f.page.innerWidth);
  expect(f.overflowing, `${where}: panes overflowing`).toEqual([]);
  if (!wizard) return;
  for (const pane of ['.stepper', '.wizard-main', '.preview'] as const) {
    const b = f.boxes[pane];
    expect(b, `${where}: ${pane} shown`).not.toBeNull();
    expect(b!.left, `${where}: ${pane} inside the window`).toBeGreaterThanOrEqual(0);
    expect(b!.right, `${where}: ${pane} inside the window`).toBeLessThanOrEqual(f.page.innerWidth + 0.5);
    expect(b!.height, `${where}: ${pane} tall enough to use`).toBeGreaterThanOrEqual(120);
  }
  // The form keeps a usable width: a field and its label side by side need about 17 characters.
  expect(f.boxes['.step-form']!.width, `${where}: form width`).toBeGreaterThanOrEqual(260);
}

for (const zoom of [1, 1.25, 1.5]) {
  describe(`at 1366×768, page zoom ${zoom * 100} %`, () => {
    let session: Session;
    let report: Report;
    const name = `fit-${zoom * 100}`;
    beforeAll(async () => {
      session = await openSession(name, { width: 1366, height: 768 }, zoom);
      const response = await session.bridge.fetch('importOutlineFile', {
        headers: { 'content-type': 'application/octet-stream' },
        body: readFileSync(seedPath),
      });
      report = ((await response.json()) as { value: { report: Report } }).value.report;
    });
    afterAll(async () => {
      await session?.close();
    });

    it('fits on Home', async () => {
      const { page } = session;
      await page.reload();
      await page.locator('.report-table').waitFor();
      await shot(page, `${name}-home`);
      await expectFits(page, 'home', false);
    });

    it('fits on every step of the wizard', async () => {
      const { page } = session;
      await page.goto(`${session.bridge.url}#/report/${report.id}`);
      await page.locator('.wizard').waitFor();
      const keys = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
      for (const key of keys) {
        await openStep(page, key);
        await page.locator(`[data-step="${key}"][aria-current="step"]`).waitFor();
        await shot(page, `${name}-${key}`);
        await expectFits(page, key, true);
      }
    });

    it('folds the preview away when it sits below the form', async () => {
      const { page } = session;
      const toggle = page.locator('.preview-toggle');
      // Side by side (100 %, 125 %) there is nothing to fold; below the form (150 %) there is.
      expect(await toggle.isVisible()).toBe(zoom >= 1.5);
      if (zoom < 1.5) return;
      await openStep(page, 'chapter-0');
      const formHeight = async () => (await fit(page)).boxes['.wizard-main']!.height;
      const unfolded = await formHeight();
      await toggle.click();
      await expect.poll(formHeight).toBeGreaterThan(unfolded + 100);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await shot(page, `${name}-preview-folded`);
      await expectFits(page, 'preview folded', false);
      await toggle.press('Enter');
      await expect.poll(formHeight).toBe(unfolded);
    });
  });
}
