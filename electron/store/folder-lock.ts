// One process at a time writes a data folder. The lock file holds the holder's pid, start time, host and a
// nonce; the holder touches it every few seconds (a heartbeat) and checks before every write that the file is
// still its own (LOCK_LOST otherwise: a holder paused past the stale time may have been replaced).
//
// Taking the lock never leaves a half-written lock file: the content is written to a temp file first and
// linked in under the lock's name (link fails if the name exists). A lock is stale when its process is gone (a
// crash, a kill) or its heartbeat stopped (a dead holder's pid reused, a holder on another host); a lock file
// that is empty or unreadable was not written by a holder at all. Reclaiming a stale lock is a compare-and-swap:
// the reclaimer first creates a marker named after the exact file it judged stale (inode, time, content), which
// only one process can create, then checks that the lock is still that file and renames its own over it. So a
// fresh lock taken meanwhile is never removed, and two processes never both take the same stale lock.
import { createHash } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { isErrno, isTransient, writeError } from '../files/durable-file';

interface LockInfo {
  pid: number;
  startedAt: number;
  host: string;
}

const processStartedAt = Math.round(Date.now() - process.uptime() * 1000);
/** A reclaim marker older than this was left by a process that died between its two steps (microseconds). */
const MARKER_STALE_MS = 10_000;

export interface LockTiming {
  /** How often the holder touches its lock (default 10 s). */
  heartbeatMs?: number;
  /** A lock untouched for this long is stale whatever its pid says (default 30 s: three missed heartbeats). */
  staleAfterMs?: number;
}

export const DEFAULT_HEARTBEAT_MS = 10_000;
export const DEFAULT_STALE_AFTER_MS = 30_000;

/** The lock file as judged: its identity and content, and what it says. */
interface Seen {
  text: string;
  ino: number;
  mtimeMs: number;
  holder: LockInfo | 'stale';
}

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
    const temp = `${file}.new-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      writeFileSync(temp, token, { flag: 'wx' });
    } catch (err) {
      unlinkQuietly(temp);
      throw writeError(err);
    }
    try {
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          claimFree(file, temp, token);
          return new FolderLock(file, token, heartbeatMs);
        } catch (err) {
          if (!isErrno(err, 'EEXIST')) throw writeError(err);
        }
        const seen = look(file, staleAfterMs);
        if (seen === 'gone') continue;
        if (seen.holder !== 'stale' && isAlive(seen.holder)) {
          throw new AppError('DATA_FOLDER_LOCKED', { pid: seen.holder.pid });
        }
        if (replaceIfUnchanged(file, seen, temp)) return new FolderLock(file, token, heartbeatMs);
        // Another process is reclaiming the same stale lock: look again once it is done.
        sleepSync(5 + Math.random() * 20);
      }
      throw new AppError('DATA_FOLDER_LOCKED', { pid: '?' });
    } finally {
      unlinkQuietly(temp);
    }
  }

  /** Whether the lock file is still ours: false once another process has taken the folder over. */
  isHeld(): boolean {
    return !this.released && this.isOurs();
  }

  /** Before a write: LOCK_LOST when the folder is no longer ours, so the write does not happen. */
  assertHeld(): void {
    if (!this.isHeld()) throw new AppError('LOCK_LOST');
  }

  /** Removes the lock file if it is still ours. Safe to call twice; runs on process exit too. */
  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    process.off('exit', this.onExit);
    if (this.isOurs()) unlinkQuietly(this.file);
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

function look(file: string, staleAfterMs: number): Seen | 'gone' {
  let text: string;
  let ino: number;
  let mtimeMs: number;
  try {
    ({ ino, mtimeMs } = statSync(file));
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return 'gone';
    throw new AppError('FILE_READ_FAILED', {}, { cause: err });
  }
  if (Date.now() - mtimeMs > staleAfterMs) return { text, ino, mtimeMs, holder: 'stale' };
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.startedAt === 'number' && typeof info.host === 'string') {
      return { text, ino, mtimeMs, holder: info as LockInfo };
    }
  } catch {
    // Not written by a holder: every holder links in a complete file. An empty one is an older version's
    // leftover of a full disk.
  }
  return { text, ino, mtimeMs, holder: 'stale' };
}

function isAlive(holder: LockInfo): boolean {
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return Math.abs(holder.startedAt - processStartedAt) < 2000;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return !isErrno(err, 'ESRCH');
  }
}

/**
 * Puts our lock (`temp`) in place of the stale lock `seen`, only if the lock file is still exactly that one.
 * False when another process got there first.
 */
function replaceIfUnchanged(file: string, seen: Seen, temp: string): boolean {
  const key = createHash('sha256').update(`${seen.ino}:${seen.mtimeMs}:${seen.text}`).digest('hex').slice(0, 16);
  const marker = `${file}.reclaim-${key}`;
  removeOld(file, '.reclaim-');
  try {
    closeSync(openSync(marker, 'wx'));
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    throw writeError(err);
  }
  try {
    const now = look(file, Infinity);
    if (now === 'gone' || now.ino !== seen.ino || now.mtimeMs !== seen.mtimeMs || now.text !== seen.text) {
      return false;
    }
    renameSync(temp, file);
    return true;
  } catch (err) {
    // Nothing changed (a scanner holding the file on Windows): the next attempt looks again.
    if (isTransient(err)) return false;
    throw writeError(err);
  } finally {
    // Once the stale file is replaced, a claim on it can no longer match: the marker has done its work.
    unlinkQuietly(marker);
  }
}

/** Creates the lock file whole, failing with EEXIST when it exists: a link, or on FAT (no links) an O_EXCL write. */
function claimFree(file: string, temp: string, token: string): void {
  try {
    linkSync(temp, file);
  } catch (err) {
    if (!isErrno(err, 'EPERM', 'ENOTSUP', 'ENOSYS')) throw err;
    writeFileSync(file, token, { flag: 'wx' });
  }
}

/**
 * What dead processes left beside the lock: temp files of a take that died before linking (`.new-`), markers of
 * a reclaim that died between its two steps (`.reclaim-`). Both live microseconds, so one older than
 * MARKER_STALE_MS is a leftover; a younger one may be another process's take in progress.
 */
export function removeLockLeftovers(file: string): void {
  removeOld(file, '.new-');
  removeOld(file, '.reclaim-');
}

function removeOld(file: string, suffix: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}${suffix}`;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const marker = path.join(dir, name);
    try {
      if (Date.now() - statSync(marker).mtimeMs > MARKER_STALE_MS) unlinkSync(marker);
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
