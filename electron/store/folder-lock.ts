// One process at a time writes a data folder. The lock is a file created with O_EXCL holding the holder's
// pid and start time; a lock whose process is gone (a crash, a kill) is stale and reclaimed.
// Limits: a holder on another host is always taken as alive; a pid reused by an unrelated process keeps the
// lock until that process ends (only our own pid can be told apart, by its start time).
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import { AppError } from '../../core/errors';
import { isErrno } from './durable-file';

interface LockInfo {
  pid: number;
  startedAt: number;
  host: string;
}

const processStartedAt = Math.round(Date.now() - process.uptime() * 1000);
/** A holder writes its lock file right after creating it; an empty one older than this was left by a crash. */
const UNWRITTEN_GRACE_MS = 5000;

export class FolderLock {
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(
    private readonly file: string,
    private readonly token: string,
  ) {
    process.on('exit', this.onExit);
  }

  static acquire(file: string): FolderLock {
    const info: LockInfo = { pid: process.pid, startedAt: processStartedAt, host: os.hostname() };
    const token = JSON.stringify({ ...info, nonce: Math.random().toString(36).slice(2) });
    for (let attempt = 0; attempt < 5; attempt++) {
      let fd: number;
      try {
        fd = openSync(file, 'wx');
      } catch (err) {
        if (!isErrno(err, 'EEXIST')) throw new AppError('WRITE_FAILED', { detail: String((err as Error).message) });
        const holder = readHolder(file);
        if (holder === 'gone') continue;
        if (holder !== 'stale' && isAlive(holder)) throw new AppError('DATA_FOLDER_LOCKED', { pid: holder.pid });
        reclaim(file);
        continue;
      }
      try {
        writeSync(fd, token);
      } finally {
        closeSync(fd);
      }
      return new FolderLock(file, token);
    }
    throw new AppError('DATA_FOLDER_LOCKED', { pid: '?' });
  }

  /** Removes the lock file if it is still ours. Safe to call twice; runs on process exit too. */
  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    try {
      if (readFileSync(this.file, 'utf8') === this.token) unlinkSync(this.file);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

function readHolder(file: string): LockInfo | 'stale' | 'gone' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return 'gone';
    throw err;
  }
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.startedAt === 'number' && typeof info.host === 'string') {
      return info as LockInfo;
    }
  } catch {
    // Unreadable content: judged by age below.
  }
  try {
    return Date.now() - statSync(file).mtimeMs > UNWRITTEN_GRACE_MS ? 'stale' : { pid: 0, startedAt: 0, host: os.hostname() };
  } catch {
    return 'gone';
  }
}

function isAlive(holder: LockInfo): boolean {
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === 0) return true;
  if (holder.pid === process.pid) return Math.abs(holder.startedAt - processStartedAt) < 2000;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return !isErrno(err, 'ESRCH');
  }
}

/** Moves the stale lock out of the way under a unique name, so two reclaimers never delete each other's new lock. */
function reclaim(file: string): void {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(file, aside);
    unlinkSync(aside);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
  }
}
