// One process at a time writes a data folder. The lock is a file created with O_EXCL holding the holder's
// pid and start time; the holder touches it every few seconds (a heartbeat). A lock is stale, and reclaimed,
// when its process is gone (a crash, a kill) or when its heartbeat stopped: that frees a folder whose dead
// holder's pid was reused by an unrelated process, or whose holder ran on another host.
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import os from 'node:os';
import { AppError, errorDetail } from '../../core/errors';
import { isErrno } from './durable-file';

interface LockInfo {
  pid: number;
  startedAt: number;
  host: string;
}

const processStartedAt = Math.round(Date.now() - process.uptime() * 1000);
/** A holder writes its lock file right after creating it; an empty one older than this was left by a crash. */
const UNWRITTEN_GRACE_MS = 5000;

export interface LockTiming {
  /** How often the holder touches its lock (default 10 s). */
  heartbeatMs?: number;
  /** A lock untouched for this long is stale whatever its pid says (default 30 s: three missed heartbeats). */
  staleAfterMs?: number;
}

export const DEFAULT_HEARTBEAT_MS = 10_000;
export const DEFAULT_STALE_AFTER_MS = 30_000;

export class FolderLock {
  private released = false;
  private readonly onExit = () => this.release();
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(
    private readonly file: string,
    private readonly token: string,
    heartbeatMs: number,
  ) {
    process.on('exit', this.onExit);
    this.heartbeat = setInterval(() => this.touch(), heartbeatMs);
    // The heartbeat never keeps a finished process alive.
    this.heartbeat.unref();
  }

  static acquire(file: string, timing: LockTiming = {}): FolderLock {
    const heartbeatMs = timing.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    const staleAfterMs = timing.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    const info: LockInfo = { pid: process.pid, startedAt: processStartedAt, host: os.hostname() };
    const token = JSON.stringify({ ...info, nonce: Math.random().toString(36).slice(2) });
    for (let attempt = 0; attempt < 5; attempt++) {
      let fd: number;
      try {
        fd = openSync(file, 'wx');
      } catch (err) {
        if (!isErrno(err, 'EEXIST')) throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
        const holder = readHolder(file, staleAfterMs);
        if (holder === 'gone') continue;
        if (holder !== 'stale' && isAlive(holder)) throw new AppError('DATA_FOLDER_LOCKED', { pid: holder.pid });
        reclaim(file);
        continue;
      }
      try {
        writeSync(fd, token);
      } catch (err) {
        throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
      } finally {
        closeSync(fd);
      }
      return new FolderLock(file, token, heartbeatMs);
    }
    throw new AppError('DATA_FOLDER_LOCKED', { pid: '?' });
  }

  /** Removes the lock file if it is still ours. Safe to call twice; runs on process exit too. */
  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    process.off('exit', this.onExit);
    if (this.isOurs()) {
      try {
        unlinkSync(this.file);
      } catch {
        // Already gone: nothing to release.
      }
    }
  }

  /** The heartbeat: a fresh mtime says "still here". Only our own lock: one taken over as stale is left alone. */
  private touch(): void {
    if (!this.isOurs()) return;
    const now = new Date();
    try {
      utimesSync(this.file, now, now);
    } catch {
      // A missed beat is retried on the next one; three in a row free the folder for others.
    }
  }

  private isOurs(): boolean {
    try {
      return readFileSync(this.file, 'utf8') === this.token;
    } catch {
      return false;
    }
  }
}

function readHolder(file: string, staleAfterMs: number): LockInfo | 'stale' | 'gone' {
  let text: string;
  let age: number;
  try {
    text = readFileSync(file, 'utf8');
    age = Date.now() - statSync(file).mtimeMs;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return 'gone';
    throw new AppError('FILE_READ_FAILED', { detail: errorDetail(err) }, { cause: err });
  }
  if (age > staleAfterMs) return 'stale';
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.startedAt === 'number' && typeof info.host === 'string') {
      return info as LockInfo;
    }
  } catch {
    // Unreadable content: judged by age below.
  }
  return age > UNWRITTEN_GRACE_MS ? 'stale' : { pid: 0, startedAt: 0, host: os.hostname() };
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
    if (!isErrno(err, 'ENOENT')) throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
  }
}
