// Word benchmark (npm run bench docx): .docx export of the seed and of a 268-page report (the PDF bench's 50×
// report), and .docx import of the seed and of a 100-page report, warm, in-process, from bytes in memory (no
// disk). Goals: export seed ≤ 50 ms, 268 pages ≤ 0.5 s; import seed ≤ 100 ms, 100 pages ≤ 1 s; the seed's round
// trip (export, then import) ≤ 30 ms.
import os from 'node:os';
import { importOutline } from '../core/outline-import';
import { renderDocx } from '../electron/formats/docx/write-docx';
import { importReportBytes } from '../electron/formats/word/read-report-document';
import { longReport, seedText } from '../tests/pdf/long-report';

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

interface Samples {
  wall: number[];
  /** CPU time of this process (user + system): what the run costs when other processes compete for the cores. */
  cpu: number[];
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<Samples> {
  await fn(); // warm-up: modules, JIT
  const out: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await fn();
    out.wall.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

function line(name: string, samples: Samples, goal: number, extra = ''): void {
  const m = median(samples.wall);
  console.log(
    `${name.padEnd(32)} median ${fmt(m).padStart(9)}  p95 ${fmt(p95(samples.wall)).padStart(9)}  ` +
      `cpu ${fmt(median(samples.cpu)).padStart(9)}  goal ≤ ${fmt(goal)}  ` +
      `${m <= goal ? 'met' : 'MISSED'} (${(m / goal).toFixed(2)}× goal)${extra}`,
  );
}

console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);

const seed = importOutline(seedText());
const long = longReport(50);
const hundred = longReport(19);

line('export seed (.docx)', await time(21, () => renderDocx(seed)), 50);
const longBytes = (await renderDocx(long)).bytes;
line(
  'export 268-page report (.docx)',
  await time(7, () => renderDocx(long)),
  500,
  `, ${(longBytes.length / 1024).toFixed(0)} KB`,
);

const seedDocx = (await renderDocx(seed)).bytes;
line('import seed (.docx)', await time(21, () => importReportBytes(seedDocx)), 100);
line(
  'round trip seed (export + import)',
  await time(21, async () => importReportBytes((await renderDocx(seed)).bytes)),
  30,
);
const hundredDocx = (await renderDocx(hundred)).bytes;
line('import 100-page report (.docx)', await time(7, () => importReportBytes(hundredDocx)), 1000);
