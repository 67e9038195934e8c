// Store benchmark (npm run bench): a durable save (update + fsync'd atomic write + backup) with 1, 100 and
// 1000 reports of ~10 KB in the data folder, opening such a folder, and the outline import and text
// rendering of the seed. Goal: a save ≤ 10 ms median, flat in the number of reports.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../core/model';
import { importOutline } from '../core/outline-import';
import { createReportFromTemplate } from '../core/templates';
import { renderText } from '../core/text-render';
import { ReportStore } from '../electron/store/store';

const repoRoot = path.resolve(import.meta.dirname, '..');
const seed = readFileSync(path.resolve(repoRoot, 'tests/fixtures/seed-report-2023.txt'), 'utf8');

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

/** A report of about 10 KB as stored (compact JSON), with its own texts. */
function tenKilobyteReport(i: number): Report {
  const report = createReportFromTemplate('department-annual', { organisation: `第${i}号单位`, year: 2000 + (i % 25) });
  const paragraph = `第${i}号单位坚持依法行政，推进严格规范公正文明执法，完善行政决策程序。`;
  for (const chapter of report.chapters) chapter.paragraphs = [paragraph.repeat(12)];
  return report;
}

async function saveBench(reports: number, saves: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-bench-'));
  try {
    // Files written directly: the folder as ten years of use leave it, the index built by the open below.
    mkdirSync(path.join(dir, 'reports'), { recursive: true });
    const all = Array.from({ length: reports }, (_, i) => tenKilobyteReport(i));
    for (const r of all) writeFileSync(path.join(dir, 'reports', `${r.id}.json`), JSON.stringify(r));
    const size = Buffer.byteLength(JSON.stringify(all[0]));

    let t = performance.now();
    const coldStore = await ReportStore.open(dir);
    const rebuild = performance.now() - t;
    await coldStore.close();
    t = performance.now();
    const store = await ReportStore.open(dir);
    const open = performance.now() - t;

    // The reports being edited are open (as in the wizard); each save is one keystroke burst's autosave.
    const editing = all.slice(0, Math.min(10, reports));
    const current = new Map<string, Report>();
    for (const r of editing) current.set(r.id, (await store.get(r.id)).report);
    const samples: number[] = [];
    const warmUp = 20;
    for (let i = 0; i < warmUp + saves; i++) {
      const id = editing[i % editing.length]!.id;
      const report = current.get(id)!;
      report.preamble = [`第${i}次修改。`];
      const start = performance.now();
      current.set(id, await store.update(report));
      if (i >= warmUp) samples.push(performance.now() - start);
    }
    await store.close();
    return { reports, size, rebuild, open, ...stats(samples) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timeSync(runs: number, fn: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

console.log('store: durable save (update + backup + fsync + atomic rename), ~10 KB reports');
console.log('  reports in folder | report size | open (index rebuilt) | open (index) | save median | save p95');
const results = [];
for (const n of [1, 100, 1000]) {
  const r = await saveBench(n, 300);
  results.push(r);
  console.log(
    `  ${String(n).padStart(17)} | ${(r.size / 1024).toFixed(1).padStart(8)} KB | ${ms(r.rebuild).padStart(20)} | ` +
      `${ms(r.open).padStart(12)} | ${ms(r.median).padStart(11)} | ${ms(r.p95).padStart(9)}`,
  );
}
const flat = results.at(-1)!.median / results[0]!.median;
console.log(`  save median, 1000 reports ÷ 1 report: ${flat.toFixed(2)}× (goal: flat, ≈ 1×); goal median ≤ 10 ms`);

const importSeed = timeSync(50, () => importOutline(seed));
const report = importOutline(seed);
const render = timeSync(200, () => renderText(report));
console.log('seed report');
console.log(`  outline import: median ${ms(importSeed.median)}, p95 ${ms(importSeed.p95)}`);
console.log(`  text rendering: median ${ms(render.median)}, p95 ${ms(render.p95)}`);
