// District draft benchmark (npm run bench -- district-draft): the district's own report drafted from 60
// departments' reports of a realistic size (every chapter written, four themed sections of four items each,
// indicators filled). Measured twice: the draft from the reports in memory (core/district-draft.ts), and as the
// CLI and the 汇总 page make it after a roll-up, the chosen packages read again from the folder first.
// Goal: ≤ 1 s for 60 departments.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineTimeZone, todayIn } from '../core/date-time';
import { draftDistrictReport } from '../core/district-draft';
import { encodePackage } from '../electron/formats/package/package-format';
import { draftFromRollup } from '../electron/services/rollup/district-draft';
import { runRollup } from '../electron/services/rollup/rollup';
import { departmentReport, unitName } from '../tests/rollup/departments';

const DEPARTMENTS = 60;
const RUNS = 9;
const timeZone = machineTimeZone();
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

function department(i: number) {
  const report = departmentReport(i);
  for (const section of report.chapters.flatMap((c) => c.sections))
    section.items = [1, 2, 3, 4].map((k) => ({
      id: `item-${k}`,
      title: `第${k}项举措扎实推进。`,
      body: `${unitName(i)}围绕中心工作，依法履行职责，开展专项检查${k}次，`.repeat(6) + '取得明显成效。',
      subItems: [],
    }));
  return report;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-draft-bench-'));
  try {
    const reports = Array.from({ length: DEPARTMENTS }, (_, i) => department(i));
    reports.forEach((r, i) =>
      writeFileSync(path.join(dir, `${i}.rldpkg`), encodePackage(r, '2025-02-20T08:00:00.000Z')),
    );
    const sources = reports.map((report, i) => ({ unit: unitName(i), report }));
    const request = { organisation: '某区人民政府', year: 2024 };
    const result = await runRollup([dir], { year: 2024, today: todayIn(timeZone), timeZone });

    const inMemory: number[] = [];
    const fromFolder: number[] = [];
    let paragraphs = 0;
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      const draft = draftDistrictReport(sources, request);
      inMemory.push(performance.now() - t);
      paragraphs = draft.chapters.reduce(
        (n, c) => n + c.paragraphs.length + c.sections.flatMap((s) => s.paragraphs).length,
        0,
      );
      t = performance.now();
      await draftFromRollup([dir], result, request, { timeZone, now: new Date().toISOString() });
      fromFolder.push(performance.now() - t);
    }
    console.log(`draft from ${DEPARTMENTS} departments (${paragraphs} paragraphs):`);
    console.log(`  from the reports in memory: median ${median(inMemory).toFixed(0)} ms`);
    console.log(`  packages read again, then drafted: median ${median(fromFolder).toFixed(0)} ms (goal ≤ 1000)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
