// Child process of crash.test.ts: opens the store and, until the parent kills it with SIGKILL, either saves the
// report in a loop, printing each step once its save has returned, or (`create`) creates large new reports,
// printing each one's id once created.
import { createReportFromTemplate } from '../../core/templates';
import { ReportStore } from '../../electron/store/store';
import { CRASH_REPORT_ID, contentFor, stepOf } from './crash-content';

const [dataDir, mode] = [process.argv[2]!, process.argv[3]];
const store = await ReportStore.open(dataDir, { indexFlushDelayMs: 3 });
if (mode === 'create') {
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2023 });
    const created = await store.create({ ...report, preamble: contentFor(2000 + n) });
    process.stdout.write(`${created.id}\n`);
  }
}
let { report } = await store.get(CRASH_REPORT_ID);
let step = stepOf(report);
process.stdout.write('ready\n');
for (;;) {
  step++;
  report = await store.update({ ...report, preamble: contentFor(step) });
  process.stdout.write(`${step}\n`);
}
