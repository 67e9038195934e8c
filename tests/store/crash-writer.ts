// Child process of crash.test.ts: opens the store and saves the report in a loop, printing each step once
// its save has returned, until the parent kills it with SIGKILL.
import { ReportStore } from '../../electron/store/store';
import { CRASH_REPORT_ID, contentFor, stepOf } from './crash-content';

const dataDir = process.argv[2]!;
const store = await ReportStore.open(dataDir, { indexFlushDelayMs: 3 });
let { report } = await store.get(CRASH_REPORT_ID);
let step = stepOf(report);
process.stdout.write('ready\n');
for (;;) {
  step++;
  report = await store.update({ ...report, preamble: contentFor(step) });
  process.stdout.write(`${step}\n`);
}
