// Renderer benchmarks (npm run bench; or npx tsx bench/renderer.bench.ts): bundle size, time to first render
// of the home screen and of a 20-page report's wizard in Chromium, and keystroke-to-screen latency while
// typing into that report (goal: median ≤ 16 ms). Runs against the built renderer and the real bridge.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import type { ApiMethod } from '../core/api';
import { newId } from '../core/ids';
import type { Chapter, Report } from '../core/model';
import { importOutline } from '../core/outline-import';
import { startBridge, type Bridge } from '../electron/bridge/server';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

function bundleSize() {
  const dir = path.join(root, 'out/renderer/assets');
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(path.join(dir, file));
    raw += statSync(path.join(dir, file)).size;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

/** About 20 printed pages: the seed's chapters four times over (the seed is about 5 pages), each copy's text varied so nothing repeats. */
function twentyPageReport(): Report {
  const seed = importOutline(readFileSync(path.resolve(root, 'tests/fixtures/seed-report-2023.txt'), 'utf8'));
  const vary = (text: string, n: number) => (text ? `${text}（第${n}轮）` : text);
  const copy = (chapter: Chapter, n: number): Chapter => ({
    ...chapter,
    id: newId(),
    title: vary(chapter.title, n),
    paragraphs: chapter.paragraphs.map((p) => vary(p, n)),
    items: chapter.items.map((i) => ({ ...i, id: newId(), body: vary(i.body, n) })),
    sections: chapter.sections.map((s) => ({
      ...s,
      id: newId(),
      paragraphs: s.paragraphs.map((p) => vary(p, n)),
      items: s.items.map((i) => ({ ...i, id: newId(), body: vary(i.body, n) })),
    })),
  });
  return { ...seed, chapters: [1, 2, 3, 4].flatMap((n) => seed.chapters.map((c) => copy(c, n))) };
}

async function call<T>(bridge: Bridge, method: ApiMethod, ...args: unknown[]): Promise<T> {
  const res = await bridge.fetch(method, { body: JSON.stringify(args) });
  const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

async function firstRender(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  // Milliseconds since navigation start, when the awaited element is in the DOM and laid out.
  const ms = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  await page.close();
  return ms;
}

async function main() {
  const size = bundleSize();
  const base = mkdtempSync(path.join(os.tmpdir(), 'report-desk-bench-'));
  const bridge = await startBridge({ dataDir: path.join(base, 'data'), log: () => undefined });
  const context = await chromium.launchPersistentContext(path.join(base, 'profile'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
  });
  try {
    const created = await call<Report>(bridge, 'createReport', {
      templateId: 'three-part',
      organisation: '区统计局',
      year: 2023,
    });
    const big = { ...twentyPageReport(), id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt };
    await call(bridge, 'saveReport', big);
    const characters = JSON.stringify(big.chapters).length;

    const home: number[] = [];
    const wizard: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      home.push(await firstRender(context, bridge.url, '.report-table'));
      wizard.push(await firstRender(context, `${bridge.url}#/report/${big.id}`, '.wizard .step-form'));
    }

    const page = await context.newPage();
    await page.goto(`${bridge.url}#/report/${big.id}`);
    await page.locator('[data-step="chapter-0"]').click();
    const target = page.locator('[id="field-chapters.0.sections.3.items.3.body"]');
    await target.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const w = window as unknown as { latencies: number[]; lastKey: number };
      w.latencies = [];
      document.addEventListener(
        'keydown',
        (e) => {
          const start = e.timeStamp;
          w.lastKey = start;
          // The frame that shows the character, then the task after its paint.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => w.latencies.push(performance.now() - start);
            channel.port2.postMessage(0);
          });
        },
        true,
      );
    });
    // Latin keys: each is a real keydown (Chinese characters would arrive as one IME commit without keydowns).
    const typed = 'tongji zhifa jiancha gongzuo chixu tuijin yifa xingzheng '.repeat(3);
    await page.keyboard.type(typed, { delay: 40 });
    const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
    // Typing is committed to the report (preview, validation, autosave) when it pauses: how long after the last
    // key the preview shows it.
    const toPreview = await page.evaluate(
      (tail) =>
        new Promise<number>((resolve) => {
          const w = window as unknown as { lastKey: number };
          // A timer, not a named callback: the bench's TypeScript transform would wrap a named one in a helper
          // that does not exist in the page.
          const timer = setInterval(() => {
            if (!document.querySelector('.paper')?.textContent?.includes(tail)) return;
            clearInterval(timer);
            resolve(performance.now() - w.lastKey);
          }, 4);
        }),
      typed.slice(-24),
    );
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log('renderer bench');
    console.log(`  bundle (out/renderer/assets)       ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`);
    console.log(
      `  first render, home                 median ${median(home).toFixed(0)} ms (runs: ${home.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(
      `  first render, 20-page wizard       median ${median(wizard).toFixed(0)} ms (${(characters / 1024).toFixed(0)} KiB of chapters)`,
    );
    console.log(
      `  keystroke → screen, 20-page report median ${median(latencies).toFixed(1)} ms, p95 ${p95(latencies).toFixed(1)} ms over ${latencies.length} keys (goal ≤ 16 ms median)`,
    );
    console.log(
      `  last keystroke → preview            ${toPreview.toFixed(0)} ms (typing is committed when it pauses)`,
    );
  } finally {
    await context.close();
    await bridge.close();
    rmSync(base, { recursive: true, force: true });
  }
}

await main();
