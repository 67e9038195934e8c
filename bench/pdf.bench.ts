// PDF export benchmark (npm run bench pdf): the seed and reports 10× and 50× as long (text varied so that no
// line repeats), exported in-process warm, cold in a fresh process (time, peak memory, size) and as the whole
// CLI process; beside it headless Chromium printing the same text as HTML with the same fonts and page geometry,
// as a whole --print-to-pdf process and as page.pdf() on a loaded page (what webContents.printToPDF costs).
// Goals: the seed exported by the whole CLI process in ≤ 0.4 × Chromium's --print-to-pdf wall time, with less user
// CPU than Chromium and a peak RSS ≤ 120 MiB (measured side by side, alternating, in one run); seed warm ≤ 100 ms,
// 268 pages warm ≤ 0.7 s, seed ≤ 300 KB.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDocument, runsText, type Block } from '../core/document';
import type { Report } from '../core/model';
import { findBundledFaces, defaultFontDirs } from '../electron/formats/pdf/font-catalog';
import { renderPdf } from '../electron/formats/pdf/export';
import { longReport } from '../tests/pdf/long-report';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/chromium';

const repoRoot = path.resolve(import.meta.dirname, '..');
const SIZES = [1, 10, 50] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Child mode: one cold export, then warm ones, in a process of its own so peak memory is this size's alone. */
async function child(times: number, runs: number): Promise<void> {
  const report = longReport(times);
  let started = performance.now();
  const first = await renderPdf(report);
  const cold = performance.now() - started;
  const coldPeakMiB = process.resourceUsage().maxRSS / 1024;
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await renderPdf(report);
    warm.push(performance.now() - started);
  }
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ pages: first.pages, bytes: first.bytes.length, cold, warm: median(warm), coldPeakMiB, peakMiB }),
  );
}

interface ChildResult {
  pages: number;
  bytes: number;
  cold: number;
  warm: number;
  /** Peak RSS of the process after its first export, and after all the warm ones (tsx loader included). */
  coldPeakMiB: number;
  peakMiB: number;
}

function inProcess(times: number): ChildResult {
  const runs = times === 1 ? 15 : times === 10 ? 7 : 5;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'bench/pdf.bench.ts'), 'child', String(times), String(runs)],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  return JSON.parse(out) as ChildResult;
}

interface ProcessCost {
  wall: number;
  /** User CPU (ms) and peak RSS (MiB) as GNU time reports them for the process and the children it waited for. */
  user: number;
  peakMiB: number;
}

const GNU_TIME = '/usr/bin/time';

/** One run of a whole process under GNU time (wall from here, CPU and memory from its rusage). */
function costOf(command: string, args: string[]): ProcessCost {
  const started = performance.now();
  const run = spawnSync(GNU_TIME, ['-f', '@@%U %M', command, ...args], {
    cwd: repoRoot,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr}`);
  const [user, rss] = /@@([\d.]+) (\d+)/.exec(run.stderr)!.slice(1).map(Number) as [number, number];
  return { wall, user: user * 1000, peakMiB: rss / 1024 };
}

const medianCost = (xs: ProcessCost[]): ProcessCost => ({
  wall: median(xs.map((x) => x.wall)),
  user: median(xs.map((x) => x.user)),
  peakMiB: median(xs.map((x) => x.peakMiB)),
});

/**
 * The goal, measured in one run: the CLI exporting the seed and Chromium printing the same text, alternating so
 * that the machine's load falls on both alike.
 */
function seedGoal(dir: string, cli: string, runs: number): void {
  const report = longReport(1);
  const reportFile = path.join(dir, 'goal.json');
  writeFileSync(reportFile, JSON.stringify(report));
  const htmlFile = path.join(dir, 'goal.html');
  writeFileSync(htmlFile, html(report));
  const ours: ProcessCost[] = [];
  const chromium: ProcessCost[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(costOf(process.execPath, [cli, 'export', reportFile, '--pdf', path.join(dir, 'goal.pdf')]));
    chromium.push(
      costOf(CHROMIUM, [
        ...CHROMIUM_ARGS,
        `--user-data-dir=${path.join(dir, `goal-profile-${i}`)}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${path.join(dir, 'goal-chromium.pdf')}`,
        pathToFileURL(htmlFile).href,
      ]),
    );
  }
  const o = medianCost(ours);
  const c = medianCost(chromium);
  const row = (name: string, x: ProcessCost) =>
    `${name.padEnd(28)} ${fmt(x.wall).padEnd(9)} ${fmt(x.user).padEnd(9)} ${x.peakMiB.toFixed(0)} MiB`;
  console.log(`seed, whole process (median of ${runs}, alternating)  wall      user CPU  peak RSS`);
  console.log(row('report-desk export --pdf', o));
  console.log(row('chromium --print-to-pdf', c));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `ratios: wall ${(o.wall / c.wall).toFixed(2)} (goal ≤ 0.40, ${verdict(o.wall <= 0.4 * c.wall)}), ` +
      `user CPU ${(o.user / c.user).toFixed(2)} (goal < 1, ${verdict(o.user < c.user)}), ` +
      `peak ${o.peakMiB.toFixed(0)} MiB (goal ≤ 120, ${verdict(o.peakMiB <= 120)})\n`,
  );
}

function timeProcess(command: string, args: string[], runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd: repoRoot, stdio: 'pipe' });
    samples.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr}`);
  }
  return median(samples);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same blocks as HTML: GB/T 9704 page box, the bundled faces, 16 pt on a 28.95 pt line. */
function html(report: Report): string {
  const faces = findBundledFaces(defaultFontDirs());
  const url = (key: Parameters<typeof faces.get>[0]) => pathToFileURL(faces.get(key)!.file).href;
  const block = (b: Block): string => {
    switch (b.type) {
      case 'title':
        return `<h1>${escape(b.text)}</h1>`;
      case 'recipient':
        return `<p class="r">${escape(b.text)}</p>`;
      case 'heading':
        return `<p class="h${b.level}">${escape(runsText(b.runs))}</p>`;
      case 'paragraph':
        return `<p>${b.runs.map((r) => (r.role.startsWith('section') ? `<span class="k">${escape(r.text)}</span>` : escape(r.text))).join('')}</p>`;
      case 'signature':
        return `<p class="s">${escape(b.unit)}<br>${escape(b.date ?? '')}</p>`;
    }
  };
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
@font-face { font-family: Fang; src: url(${url('fang')}); }
@font-face { font-family: Song; src: url(${url('serifBold')}); }
@font-face { font-family: Hei; src: url(${url('sans')}); }
@font-face { font-family: Kai; src: url(${url('kai')}); }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; font: 16pt/28.95pt Fang; text-align: justify; }
p { margin: 0; text-indent: 2em; line-break: strict; }
h1 { font: 22pt/28.95pt Song; text-align: center; margin: 0 0 28.95pt; }
.h1 { font-family: Hei; } .h2, .k { font-family: Kai; } .r { text-indent: 0; } .s { text-align: right; margin-top: 28.95pt; }
</style><body>${buildDocument(report).blocks.map(block).join('\n')}</body></html>`;
}

async function chromiumLoaded(file: string, runs: number): Promise<{ ms: number; bytes: number }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'pdf-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => document.fonts.ready);
    let bytes = 0;
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const started = performance.now();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
      if (i > 0) samples.push(performance.now() - started);
      bytes = pdf.length;
    }
    return { ms: median(samples), bytes };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-bench-'));
  // The command as users run it: bin/, over the bundle in out/.
  const cli = path.join(repoRoot, 'bin/report-desk.mjs');
  const built = existsSync(path.join(repoRoot, 'out/cli/report-desk.mjs'));
  try {
    if (!built) console.log('out/cli is not built (npm run build): no whole-process figures.');
    else if (!existsSync(GNU_TIME)) console.log(`${GNU_TIME} is missing: no whole-process CPU and memory figures.`);
    else seedGoal(dir, cli, 7);
    console.log(
      'size    pages  warm       cold (own process)  peak RSS 1 / all  PDF      | CLI process | Chromium process  page.pdf()  PDF     | ratios: warm/page.pdf  CLI/Chromium process',
    );
    for (const times of SIZES) {
      const report = longReport(times);
      const own = inProcess(times);
      const reportFile = path.join(dir, `report-${times}.json`);
      writeFileSync(reportFile, JSON.stringify(report));
      const cliMs = built
        ? timeProcess(cli, ['export', reportFile, '--pdf', path.join(dir, `cli-${times}.pdf`)], 3)
        : NaN;
      const htmlFile = path.join(dir, `report-${times}.html`);
      writeFileSync(htmlFile, html(report));
      const chromeOut = path.join(dir, `chromium-${times}.pdf`);
      const profile = path.join(dir, `profile-${times}`);
      const chromeMs = timeProcess(
        CHROMIUM,
        [
          ...CHROMIUM_ARGS,
          `--user-data-dir=${profile}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${chromeOut}`,
          pathToFileURL(htmlFile).href,
        ],
        3,
      );
      const loaded = await chromiumLoaded(htmlFile, times === 50 ? 3 : 5);
      console.log(
        [
          `${times}×`.padEnd(7),
          String(own.pages).padEnd(6),
          fmt(own.warm).padEnd(10),
          fmt(own.cold).padEnd(19),
          `${own.coldPeakMiB.toFixed(0)} / ${own.peakMiB.toFixed(0)} MiB`.padEnd(17),
          kb(own.bytes).padEnd(8),
          '|',
          (Number.isNaN(cliMs) ? 'not built' : fmt(cliMs)).padEnd(11),
          '|',
          fmt(chromeMs).padEnd(17),
          fmt(loaded.ms).padEnd(11),
          kb(statSync(chromeOut).size).padEnd(7),
          '|',
          `${(own.warm / loaded.ms).toFixed(2)}`.padEnd(22),
          Number.isNaN(cliMs) ? '-' : (cliMs / chromeMs).toFixed(2),
        ].join(' '),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') await child(Number(process.argv[3]), Number(process.argv[4]));
else await main();
