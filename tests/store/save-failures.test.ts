// Saves that fail: they answer quickly with the reason, change no backup history, keep retrying in the
// background when another program holds the file, and stop for good once another process took the folder.
import fs, { readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessage } from '../../core/i18n';
import { FolderLock } from '../../electron/store/folder-lock';
import { ReportStore, type StoreOptions } from '../../electron/store/store';
import { failure, sampleReport, tempDir } from './helpers';

const open: ReportStore[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (open.length) await open.pop()!.close();
});

async function openStore(dir: string, options: StoreOptions = {}): Promise<ReportStore> {
  const store = await ReportStore.open(dir, options);
  open.push(store);
  return store;
}

const systemError = (code: string) => Object.assign(new Error(code), { code });
const backups = (dir: string, id: string) => readdirSync(path.join(dir, 'backups', id)).sort();
const preambleOnDisk = (dir: string, id: string) =>
  JSON.parse(readFileSync(path.join(dir, 'reports', `${id}.json`), 'utf8')).preamble;

describe('failed saves', () => {
  it('add and prune no backups, however many fail', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { backupsKept: 10 });
    const r = await store.create(sampleReport());
    for (let i = 1; i <= 12; i++) await store.update({ ...r, preamble: [`版本${i}`] });
    const before = backups(dir, r.id);
    expect(before).toHaveLength(10);
    // A folder that refuses new files (read-only, a locked file): every save fails.
    const realOpen = fs.promises.open;
    vi.spyOn(fs.promises, 'open').mockImplementation(async (file, ...rest) => {
      if (String(file).includes('.tmp-')) throw systemError('EROFS');
      return realOpen(file, ...rest);
    });
    for (let i = 0; i < 12; i++) {
      expect((await failure(store.update({ ...r, preamble: [`失败${i}`] }))).code).toBe('WRITE_FAILED');
    }
    expect(backups(dir, r.id)).toEqual(before);
    expect(preambleOnDisk(dir, r.id)).toEqual(['版本12']);
  });

  it('never keep a damaged file as a backup', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.update({ ...r, preamble: ['好'] });
    const before = backups(dir, r.id);
    // Damaged in place behind the store's back, after it was read.
    writeFileSync(path.join(dir, 'reports', `${r.id}.json`), '{"schemaVersion":1,"id":');
    await store.update({ ...r, preamble: ['新'] });
    expect(backups(dir, r.id)).toEqual(before);
    for (const name of backups(dir, r.id)) {
      expect(() => JSON.parse(readFileSync(path.join(dir, 'backups', r.id, name), 'utf8'))).not.toThrow();
    }
  });

  it('answer within two seconds when another program holds the file, and the save lands once it lets go', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { retryBusyAfterMs: 100 });
    const r = await store.create(sampleReport());
    let busyUntil = Date.now() + 3000;
    const realRename = fs.promises.rename;
    vi.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      if (Date.now() < busyUntil) throw systemError('EBUSY');
      return realRename(from, to);
    });
    const started = Date.now();
    const refused = await failure(store.update({ ...r, preamble: ['扫描期间保存'] }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(refused.code).toBe('FILE_BUSY');
    expect(errorMessage('zh-CN', refused)).toContain('其他程序');
    expect(errorMessage('en', refused)).toContain('another program');
    expect(preambleOnDisk(dir, r.id)).toEqual(r.preamble);
    await vi.waitFor(() => expect(preambleOnDisk(dir, r.id)).toEqual(['扫描期间保存']), {
      timeout: 8000,
      interval: 100,
    });
    expect((await store.get(r.id)).report.preamble).toEqual(['扫描期间保存']);

    // A newer save wins over a background retry still waiting.
    busyUntil = Date.now() + 2500;
    await failure(store.update({ ...r, preamble: ['旧的重试'] }));
    busyUntil = 0;
    await store.update({ ...r, preamble: ['更新的保存'] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(preambleOnDisk(dir, r.id)).toEqual(['更新的保存']);
  });
});

describe('a holder that lost the folder', () => {
  it('notices before its next write, writes nothing more, and says so', async () => {
    const dir = tempDir();
    // A paused holder: no heartbeat while it sleeps, so its lock ages past the stale time.
    const store = await openStore(dir, { lockTiming: { heartbeatMs: 3_600_000, staleAfterMs: 200 } });
    const r = await store.create(sampleReport());
    const lockFile = path.join(dir, 'report-desk.lock');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    const intruder = FolderLock.acquire(lockFile, { staleAfterMs: 200 });
    const lost = await failure(store.update({ ...r, preamble: ['暂停后'] }));
    expect(lost.code).toBe('LOCK_LOST');
    expect(errorMessage('zh-CN', lost)).toContain('不再保存');
    expect(preambleOnDisk(dir, r.id)).toEqual(r.preamble);
    // The intruder leaves: the lost holder still does not write (its edits may clash with the intruder's).
    intruder.release();
    expect((await failure(store.update({ ...r, preamble: ['又一次'] }))).code).toBe('LOCK_LOST');
    expect((await failure(store.create(sampleReport()))).code).toBe('LOCK_LOST');
    expect(preambleOnDisk(dir, r.id)).toEqual(r.preamble);
  });
});
