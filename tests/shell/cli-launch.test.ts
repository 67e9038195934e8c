// The installed app as the command line (bin\report-desk.cmd runs `ReportDesk.exe --cli …`): the bundled main
// process (out/main/main.cjs, as Electron would load it, against the recording stand-in for Electron) runs the
// command, writes to stdout and stderr, opens no window, takes no single-instance lock and exits with the
// command's code. What an office runs goes through the bundle's own files: the PDF through pdfkit.cjs and
// fontkit.cjs, Word through docx.cjs, the roll-up workbook through exceljs.cjs, verify through pdfjs.cjs (without
// pdf.js's native canvas package, which the installed app does not carry).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Module, { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CLI_FLAG, cliArguments } from '../../electron/shell/cli-launch';
import { seedPath } from '../unit/seed';
import { createFakeElectron } from './fake-electron';

const repoRoot = path.resolve(__dirname, '../..');
const mainBundle = path.join(repoRoot, 'out/main/main.cjs');
const require = createRequire(import.meta.url);
const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleWithLoad._load;
const EXE = 'C:\\Users\\clerk\\AppData\\Local\\Programs\\report-desk\\ReportDesk.exe';

let base: string;
beforeAll(() => {
  expect(existsSync(mainBundle), 'run npm run build first').toBe(true);
  base = mkdtempSync(path.join(os.tmpdir(), 'shell-cli-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

type Stream = NodeJS.WriteStream;
/** Vitest's own listeners on the worker's streams: anything beyond them was added by the bundle (and is removed). */
const ownErrorListeners = new Map<Stream, unknown[]>(
  [process.stdout, process.stderr].map((stream) => [stream, stream.listeners('error')]),
);
const addedErrorListeners = (stream: Stream) =>
  stream.listeners('error').filter((listener) => !ownErrorListeners.get(stream)!.includes(listener));

/**
 * Collects what is written to the stream, answering each write's callback as the system would. With `readerStops`,
 * the reader takes the first write and closes the pipe (`| more` quit): every later write fails with EPIPE, and the
 * stream reports the error once, as a pipe does; with no handler of the bundle's own, that error is uncaught, and
 * Electron's main process (electron-log's catcher) prints it on stderr.
 */
function capture(stream: Stream, sink: string[], readerStops = false) {
  let writes = 0;
  return vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
    const callback = rest.find((arg) => typeof arg === 'function') as ((err?: Error) => void) | undefined;
    if (readerStops && writes++ > 0) {
      const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' });
      process.nextTick(() => callback?.(epipe));
      if (writes === 2)
        process.nextTick(() => {
          const handlers = addedErrorListeners(stream);
          if (handlers.length === 0) process.stderr.write(`Unhandled Error: ${epipe.message}\n`);
          handlers.forEach((handler) => handler.call(stream, epipe));
        });
      return false;
    }
    sink.push(String(chunk));
    callback?.();
    return true;
  }) as Stream['write']);
}

type Fake = ReturnType<typeof createFakeElectron>;
const exited = (fake: Fake) => fake.calls.some((c) => c.startsWith('app.exit'));

/** Starts the bundled main process with `argv` (as Windows hands it over) and waits until `done` (it exits). */
async function startApp(argv: string[], done: (fake: Fake) => boolean = exited, readerStops = false) {
  const dirs = { userData: path.join(base, 'userData'), documents: path.join(base, 'Documents'), appPath: repoRoot };
  mkdirSync(dirs.userData, { recursive: true });
  const fake = createFakeElectron(dirs);
  fake.electron.app.requestSingleInstanceLock = () => Boolean(fake.calls.push('requestSingleInstanceLock'));
  const stdout: string[] = [];
  const stderr: string[] = [];
  // In Electron console.warn writes to stderr; in a test worker vitest would take it.
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => stderr.push(`${args.join(' ')}\n`));
  const spies = [capture(process.stdout, stdout, readerStops), capture(process.stderr, stderr), warn];
  const requests: string[] = [];
  moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
    requests.push(request);
    if (request === 'electron') return fake.electron;
    if (request === 'electron-log/main') return fake.log;
    return originalLoad.call(this, request, ...rest);
  };
  const savedArgv = process.argv;
  try {
    process.argv = argv;
    delete require.cache[mainBundle];
    require(mainBundle);
    process.argv = savedArgv;
    // Electron gets ready while a long command runs: still no window.
    fake.resolveReady();
    for (let i = 0; i < 1200 && !done(fake); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    process.argv = savedArgv;
    moduleWithLoad._load = originalLoad;
    spies.forEach((spy) => spy.mockRestore());
    for (const stream of [process.stdout, process.stderr])
      addedErrorListeners(stream).forEach((listener) => stream.off('error', listener as () => void));
  }
  const exit = fake.calls.find((c) => c.startsWith('app.exit'));
  const code = exit ? Number(exit.split(' ')[1]) : null;
  return { code, stdout: stdout.join(''), stderr: stderr.join(''), fake, requests };
}

const runCommand = (...args: string[]) => startApp([EXE, CLI_FLAG, ...args]);

describe('the installed app started as the command line', () => {
  it('runs the command with no window and no single-instance lock, and exits with its code', async () => {
    const { code, stdout, fake } = await runCommand('--help', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('rollup');
    expect(fake.windows).toHaveLength(0);
    expect(fake.calls).not.toContain('requestSingleInstanceLock');
    expect(fake.appEvents.listenerCount('second-instance')).toBe(0);
  });

  it('reads a report, exports its PDF and Word file, and rolls reports up into a workbook', async () => {
    const work = path.join(base, 'office');
    const report = path.join(work, 'seed.json');
    const imported = await runCommand('import', seedPath, '--out', report);
    expect(imported.code, imported.stderr).toBe(0);

    const pdf = await runCommand('export', report, '--pdf', path.join(work, 'seed.pdf'));
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'seed.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const docx = await runCommand('export', report, '--docx', path.join(work, 'seed.docx'));
    expect(docx.code, docx.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'seed.docx')).subarray(0, 2).toString('latin1')).toBe('PK');

    const workbook = path.join(work, '2023年度汇总.xlsx');
    const rollup = await runCommand('rollup', seedPath, '--xlsx', workbook, '--year', '2023');
    expect(rollup.code, rollup.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '指标', '缺报', '问题']);
    expect(book.getWorksheet('汇总')!.rowCount).toBe(2);
    // The chart summary beside it, drawn by ECharts and svg-to-pdfkit loaded from the files beside main.cjs.
    const summary = readFileSync(path.join(work, '2023年度汇总（图表摘要）.pdf'));
    expect(summary.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  it('verifies a PDF it exported: the signed-off version as printed, pdf.js quiet and without canvas', async () => {
    const data = path.join(base, 'data');
    const inData = (...args: string[]) => runCommand(...args, '--data-dir', data);
    const imported = await inData('import', seedPath);
    expect(imported.code, imported.stderr).toBe(0);
    const id = /编号：(\S+)/.exec(imported.stdout)![1]!;
    for (const [step, name] of [
      ['submit', '张三'],
      ['review', '李四'],
      ['approve', '王五'],
    ] as const) {
      const signed = await inData('sign-off', id, '--step', step, '--name', name);
      expect(signed.code, signed.stderr).toBe(0);
    }
    const pdf = path.join(base, 'office', 'signed.pdf');
    const exported = await inData('export', '--id', id, '--pdf', pdf);
    expect(exported.code, exported.stderr).toBe(0);

    const { code, stdout, stderr, requests } = await inData('verify', pdf);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('核对通过');
    expect(stdout).toContain('打印出的文件完全相同');
    expect(requests).toEqual(expect.arrayContaining(['./pdfjs.cjs', './pdfjs-worker.cjs']));
    expect(requests.filter((request) => request.includes('canvas'))).toEqual([]);
  }, 120_000);

  it('ends quietly, exit code 0, when the reader closes the pipe early (ReportDesk.exe --cli … | more)', async () => {
    const { code, stdout, stderr, fake } = await startApp([EXE, CLI_FLAG, '--help', '--lang', 'en'], exited, true);
    expect(stdout).toContain('rollup');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(fake.calls.filter((call) => call.startsWith('showErrorBox') || call.startsWith('log.error'))).toEqual([]);
  });

  it('answers a mistyped command as the command line does: a usage line and exit 2', async () => {
    const { code, stderr, fake } = await runCommand('rolup');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^report-desk: .*rolup/);
    expect(fake.windows).toHaveLength(0);
  });

  it('without the flag first, starts as the app: the lock, then a window', async () => {
    const { code, fake } = await startApp([EXE, path.join(base, 'x.txt'), CLI_FLAG], (f) => f.windows.length > 0);
    expect(code).toBeNull();
    expect(fake.calls).toContain('requestSingleInstanceLock');
    expect(fake.windows).toHaveLength(1);
    // Quit, so that the services close the data folder.
    fake.appEvents.emit('will-quit', { preventDefault: () => undefined });
    for (let i = 0; i < 400 && !fake.calls.includes('app.quit'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(fake.calls).toContain('app.quit');
  });
});

describe('the command-line flag', () => {
  it('is the first of the app’s own arguments: after the executable, or after the app folder of `electron .`', () => {
    expect(cliArguments([EXE, CLI_FLAG, 'rollup', 'a', '--xlsx', 'b.xlsx'], false)).toEqual([
      'rollup',
      'a',
      '--xlsx',
      'b.xlsx',
    ]);
    expect(cliArguments(['electron', '.', CLI_FLAG, 'list'], true)).toEqual(['list']);
    expect(cliArguments([EXE, CLI_FLAG], false)).toEqual([]);
    expect(cliArguments([EXE], false)).toBeNull();
    expect(cliArguments([EXE, 'report.rldpkg', CLI_FLAG], false)).toBeNull();
    expect(cliArguments(['electron', CLI_FLAG, 'list'], true)).toBeNull();
  });
});
