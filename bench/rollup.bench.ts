// Roll-up benchmark (npm run bench -- rollup): 2,000 report packages of a realistic size (about 4,000
// characters of text each) rolled up into a workbook, against only reading and JSON-parsing the same files.
// Goal: roll-up time ÷ read-and-parse time ≤ 2 (wall time; CPU time printed too). Then peak memory (max RSS of a fresh process) for 200 and
// 2,000 files: flat when files are streamed rather than all held.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runRollup } from '../electron/services/rollup/rollup';
import { writeOutput } from '../electron/services/output-formats';
import { encodePackage } from '../electron/formats/package/package-format';
import { machineTimeZone, todayIn } from '../core/date-time';
import { departmentReport, signedHistory, signOff } from '../tests/rollup/departments';

/** The machine's zone and today, as the CLI's roll-up takes them. */
const timeZone = machineTimeZone();
const clock = { timeZone, today: todayIn(timeZone) };

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/**
 * Wall time, the goal's measure on an idle machine, and the process's CPU time (all its threads, the file
 * reads included), which other programs on a busy machine disturb far less.
 */
interface Sample {
  wall: number;
  cpu: number;
}

async function measure(run: () => Promise<unknown>): Promise<Sample> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

function writePackages(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const report = departmentReport(i);
    for (const chapter of report.chapters)
      chapter.paragraphs = [
        chapter.paragraphs[0]!.repeat(8),
        `第${i}号单位坚持依法行政，完善行政决策程序。`.repeat(10),
      ];
    // Half signed off, each with the history that backs its sign-off, as the app exports them.
    if (i % 2) signOff(report, `局长${i}`);
    const text = encodePackage(report, '2025-02-20T08:00:00.000Z', signedHistory(report));
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `${i}.rldpkg`), text);
  }
  return bytes / count;
}

async function readAndParse(dir: string): Promise<void> {
  for (const name of await readdir(dir)) JSON.parse(await readFile(path.join(dir, name), 'utf8'));
}

async function rollUp(dir: string, out: string): Promise<void> {
  await writeOutput('workbook', await runRollup([dir], { year: 2024, ...clock }), out, { language: 'zh-CN' });
}

/** In a fresh process: the roll-up of `dir`, then the process's peak resident memory in MB. */
async function child(dir: string, out: string): Promise<void> {
  await rollUp(dir, out);
  console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function peakMemory(dir: string, out: string): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dir, out], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { maxRssMb: number }).maxRssMb;
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-bench-'));
  try {
    const small = path.join(root, '200');
    const large = path.join(root, '2000');
    writePackages(small, 200);
    const size = writePackages(large, 2000);
    console.log(`packages: 2000 × ${(size / 1024).toFixed(1)} KB`);
    const out = path.join(root, 'out.xlsx');
    await readAndParse(large);
    await rollUp(small, out);
    const parse: Sample[] = [];
    const reading: Sample[] = [];
    const writing: Sample[] = [];
    for (let run = 0; run < 3; run++) {
      parse.push(await measure(() => readAndParse(large)));
      let result: Awaited<ReturnType<typeof runRollup>> | undefined;
      reading.push(await measure(async () => void (result = await runRollup([large], { year: 2024, ...clock }))));
      writing.push(await measure(() => writeOutput('workbook', result!, out, { language: 'zh-CN' })));
    }
    for (const what of ['wall', 'cpu'] as const) {
      const p = median(parse.map((s) => s[what]));
      const r = median(reading.map((s) => s[what]));
      const w = median(writing.map((s) => s[what]));
      console.log(`${what} time:`);
      console.log(`  read + JSON.parse, 2000 files: median ${p.toFixed(0)} ms`);
      console.log(`  roll-up (read, check, summarise), 2000 files: median ${r.toFixed(0)} ms`);
      console.log(`  workbook (streamed, 4 sheets), 2000 units: median ${w.toFixed(0)} ms`);
      console.log(
        `  ratio roll-up ÷ read-and-parse: ${(r / p).toFixed(2)}; with the workbook ${((r + w) / p).toFixed(2)} (goal ≤ 2)`,
      );
    }
    const m200 = peakMemory(small, out);
    const m2000 = peakMemory(large, out);
    console.log(`peak memory (max RSS): 200 files ${m200.toFixed(0)} MB, 2000 files ${m2000.toFixed(0)} MB`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(process.argv[at + 1]!, process.argv[at + 2]!);
else await main();
