import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { FolderLock } from '../../electron/store/folder-lock';
import { tempDir } from './helpers';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return `${err.code} ${JSON.stringify(err.params)}`;
    throw err;
  }
  throw new Error('expected an AppError');
}

/** A process that lives until killed, and its pid. */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

let binDir: string;
let contender: string;
afterAll(() => rmSync(binDir, { recursive: true, force: true }));
beforeAll(async () => {
  // Bundled once, so the many contenders start in a fraction of a second.
  binDir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-lock-bin-'));
  contender = path.join(binDir, 'lock-contender.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'lock-contender.ts')],
    outfile: contender,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
});

/** A contender's lines, as they arrive. */
function linesOf(child: ChildProcess): { lines: string[]; next(count: number): Promise<void> } {
  const lines: string[] = [];
  let buffered = '';
  const waiters: (() => void)[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
    waiters.splice(0).forEach((w) => w());
  });
  const next = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (lines.length >= count ? resolve() : waiters.push(check));
      child.on('exit', () => (lines.length >= count ? resolve() : reject(new Error(`contender exited: ${lines}`))));
      check();
    });
  return { lines, next };
}

/** Four processes try to take one folder at the same moment; how many got it, and still hold it after. */
async function race(file: string): Promise<{ held: number; stillHeld: number; refused: string[] }> {
  const startAt = Date.now() + 400;
  const children = Array.from({ length: 4 }, () =>
    spawn(process.execPath, [contender, file, String(startAt)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const outputs = children.map(linesOf);
  await Promise.all(outputs.map((o) => o.next(1)));
  for (const child of children) child.stdin!.end();
  await Promise.all(outputs.map((o) => o.next(2)));
  await Promise.all(
    children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.on('exit', resolve)))),
  );
  const first = outputs.map((o) => o.lines[0]!);
  return {
    held: first.filter((l) => l === 'held').length,
    stillHeld: outputs.filter((o) => o.lines[0] === 'held' && o.lines[1] === 'still true').length,
    refused: first.filter((l) => l !== 'held'),
  };
}

const holder = (pid: number, startedAt = Date.now() - 5000) => JSON.stringify({ pid, startedAt, host: os.hostname() });

describe('data folder lock', () => {
  it('lets one holder at a time, and frees the folder on release', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const lock = FolderLock.acquire(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(codeOf(() => FolderLock.acquire(file))).toBe(`DATA_FOLDER_LOCKED {"pid":${process.pid}}`);
    lock.release();
    expect(existsSync(file)).toBe(false);
    FolderLock.acquire(file).release();
  });

  it('refuses while another live process holds it', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const other = liveProcess();
    try {
      writeFileSync(file, holder(other.pid));
      expect(codeOf(() => FolderLock.acquire(file))).toBe(`DATA_FOLDER_LOCKED {"pid":${other.pid}}`);
    } finally {
      other.stop();
    }
  });

  it('reclaims a lock left by a process that died', async () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    writeFileSync(file, holder(await deadPid()));
    const lock = FolderLock.acquire(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('reclaims a lock with our own pid but another start time (a pid reused after a crash)', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    writeFileSync(file, holder(process.pid, 1000));
    FolderLock.acquire(file).release();
  });

  it('takes an empty or unreadable lock file (a full disk’s leftover) as stale, not as held by "process 0"', () => {
    for (const content of ['', '{"pid":', 'garbage']) {
      const file = path.join(tempDir(), 'report-desk.lock');
      writeFileSync(file, content);
      const lock = FolderLock.acquire(file);
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
      lock.release();
    }
  });

  it('does not remove a lock that is no longer its own', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const lock = FolderLock.acquire(file);
    writeFileSync(file, holder(1));
    lock.release();
    expect(existsSync(file)).toBe(true);
  });

  it('takes a lock whose heartbeat stopped as stale, even when its pid now belongs to a live process', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const reused = liveProcess();
    try {
      writeFileSync(file, holder(reused.pid));
      const old = new Date(Date.now() - 60_000);
      utimesSync(file, old, old);
      const lock = FolderLock.acquire(file);
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
      lock.release();
    } finally {
      reused.stop();
    }
  });

  it('keeps its own lock fresh with a heartbeat while held, and stops when released', async () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const lock = FolderLock.acquire(file, { heartbeatMs: 40, staleAfterMs: 200 });
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(1000);
    // Held and beating: another process is refused.
    expect(codeOf(() => FolderLock.acquire(file, { staleAfterMs: 200 }))).toMatch(/^DATA_FOLDER_LOCKED/);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('leaves a lock taken over by another holder alone: no heartbeat on it, no removal', async () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const lock = FolderLock.acquire(file, { heartbeatMs: 40 });
    writeFileSync(file, holder(1));
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // File systems keep sub-millisecond times: equal to the time we set, to the millisecond.
    expect(Math.abs(statSync(file).mtimeMs - old.getTime())).toBeLessThan(1);
    lock.release();
    expect(existsSync(file)).toBe(true);
  });

  it(
    'never lets two of several processes starting together hold it, whatever lock they find',
    { timeout: 120_000 },
    async () => {
      const dead = await deadPid();
      const leftovers: ((file: string) => void)[] = [
        () => undefined,
        (file) => writeFileSync(file, holder(dead)),
        (file) => writeFileSync(file, ''),
        (file) => {
          writeFileSync(file, holder(process.pid));
          const old = new Date(Date.now() - 60_000);
          utimesSync(file, old, old);
        },
      ];
      for (let round = 0; round < 16; round++) {
        const file = path.join(tempDir(), 'report-desk.lock');
        leftovers[round % leftovers.length]!(file);
        const { held, stillHeld, refused } = await race(file);
        expect(held, `round ${round}`).toBe(1);
        expect(stillHeld, `round ${round}`).toBe(1);
        expect(refused.every((r) => r.startsWith('refused DATA_FOLDER_LOCKED'))).toBe(true);
        // Released on exit, and nothing left behind: no lock, no temp file, no claim marker.
        expect(readdirSync(path.dirname(file))).toEqual([]);
      }
    },
  );

  it('tells the user what to do in the locked message', () => {
    const message = errorMessage('zh-CN', { code: 'DATA_FOLDER_LOCKED', params: { pid: 42 } });
    expect(message).toContain('进程 42');
    expect(message).toContain('请等半分钟再试');
    expect(errorMessage('en', { code: 'DATA_FOLDER_LOCKED', params: { pid: 42 } })).toContain(
      'wait half a minute and try again',
    );
  });
});
