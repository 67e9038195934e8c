import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
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

  it('treats an empty lock file as held briefly (being written), then as stale', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    writeFileSync(file, '');
    expect(codeOf(() => FolderLock.acquire(file))).toMatch(/^DATA_FOLDER_LOCKED/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    FolderLock.acquire(file).release();
  });

  it('does not remove a lock that is no longer its own', () => {
    const file = path.join(tempDir(), 'report-desk.lock');
    const lock = FolderLock.acquire(file);
    writeFileSync(file, holder(1));
    lock.release();
    expect(existsSync(file)).toBe(true);
  });
});
