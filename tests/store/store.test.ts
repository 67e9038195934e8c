import {
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { SCHEMA_VERSION } from '../../core/model';
import { encodePackage } from '../../electron/formats/package/package-format';
import { ReportOperations } from '../../electron/services/report-operations';
import { ReportStore } from '../../electron/store/store';
import { codeOf, sampleReport, tempDir } from './helpers';

const open: ReportStore[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function openStore(dir: string, options: Parameters<typeof ReportStore.open>[1] = {}): Promise<ReportStore> {
  const store = await ReportStore.open(dir, options);
  open.push(store);
  return store;
}

const fileJson = (dir: string, id: string) => JSON.parse(readFileSync(path.join(dir, 'reports', `${id}.json`), 'utf8'));
/** Package import and export, as the services do them over this store. */
const packages = (store: ReportStore) => new ReportOperations(store, () => new Date());
const backupNames = (dir: string, id: string) =>
  existsSync(path.join(dir, 'backups', id))
    ? readdirSync(path.join(dir, 'backups', id)).filter((n) => /^\d{13}-\d{6}\.json$/.test(n))
    : [];

describe('report store', () => {
  it('creates, lists, gets and updates', async () => {
    const dir = tempDir();
    let t = Date.now();
    const store = await openStore(dir, { now: () => new Date((t += 1000)) });
    const a = await store.create(sampleReport('某区司法局', 2023));
    const b = await store.create(sampleReport('某区城管局', 2022));
    expect(
      store
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(store.list().find((s) => s.id === a.id)).toMatchObject({
      organisation: '某区司法局',
      year: 2023,
      title: '某区司法局2023年法治政府建设情况报告',
      status: 'draft',
    });

    const { report, restoredFrom } = await store.get(a.id);
    expect(restoredFrom).toBeNull();
    report.chapters[0]!.paragraphs = ['第一段。'];
    const saved = await store.update(report);
    expect(saved.updatedAt > a.updatedAt).toBe(true);
    expect(saved.createdAt).toBe(a.createdAt);
    expect(fileJson(dir, a.id).chapters[0].paragraphs).toEqual(['第一段。']);
    expect(store.list()[0]!.id).toBe(a.id);
    // Compact JSON: one line, no indentation.
    expect(readFileSync(path.join(dir, 'reports', `${a.id}.json`), 'utf8')).not.toContain('\n');
  });

  it('refuses invalid reports and unknown ids without writing', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    expect(await codeOf(store.update({ ...r, meta: { ...r.meta, year: 1800 } }))).toBe('REPORT_INVALID');
    expect(fileJson(dir, r.id).meta.year).toBe(2023);
    expect(await codeOf(store.get('no-such-id'))).toBe('NOT_FOUND');
    expect(await codeOf(store.get('../../etc/passwd'))).toBe('NOT_FOUND');
    expect(await codeOf(store.update({ ...r, id: 'gone' }))).toBe('NOT_FOUND');
  });

  it('keeps a rolling set of backups, each a previous good version', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { backupsKept: 10 });
    const r = await store.create(sampleReport());
    for (let i = 1; i <= 14; i++) await store.update({ ...r, preamble: [`版本${i}`] });
    const names = backupNames(dir, r.id).sort();
    expect(names).toHaveLength(10);
    const versions = names.map(
      (n) => JSON.parse(readFileSync(path.join(dir, 'backups', r.id, n), 'utf8')).preamble[0] ?? '',
    );
    // The newest backup is the version before the current one; the oldest kept is four saves older than that.
    expect(versions.at(-1)).toBe('版本13');
    expect(versions[0]).toBe('版本4');
    expect(fileJson(dir, r.id).preamble).toEqual(['版本14']);
  });

  it('restores the newest good backup when a report file is damaged, and says so', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.update({ ...r, preamble: ['好的版本一'] });
    await store.update({ ...r, preamble: ['好的版本二'] });
    await store.update({ ...r, preamble: ['最新版本'] });
    await store.close();

    const file = path.join(dir, 'reports', `${r.id}.json`);
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, Math.floor(whole.length / 2))); // truncated mid-write
    // The newest backup is damaged too: the next one back is used.
    const newest = backupNames(dir, r.id).sort().at(-1)!;
    writeFileSync(path.join(dir, 'backups', r.id, newest), '{"schemaVersion":1,');

    store = await openStore(dir);
    expect(store.listProblems()).toEqual([]);
    expect(store.list().map((s) => s.id)).toEqual([r.id]);
    // Opening the folder restored the file already; the damaged copy is kept for rescue.
    expect(fileJson(dir, r.id).preamble).toEqual(['好的版本一']);
    expect(readdirSync(path.join(dir, 'backups', r.id)).some((n) => n.startsWith('damaged-'))).toBe(true);
    const { report, restoredFrom } = await store.get(r.id);
    expect(report.preamble).toEqual(['好的版本一']);
    expect(Date.parse(restoredFrom!)).toBeGreaterThan(Date.now() - 60_000);
    // Told until the user has seen it: on every open, in the list, and after the folder is opened again.
    expect((await store.get(r.id)).restoredFrom).toBe(restoredFrom);
    expect(store.list()[0]!.restoredFrom).toBe(restoredFrom);
    await store.close();
    store = await openStore(dir);
    expect(store.list()[0]!.restoredFrom).toBe(restoredFrom);
    expect((await store.get(r.id)).restoredFrom).toBe(restoredFrom);
    await store.acknowledgeRestored(r.id);
    expect((await store.get(r.id)).restoredFrom).toBeNull();
    expect(store.list()[0]!.restoredFrom).toBeUndefined();
    await store.close();
    store = await openStore(dir);
    expect((await store.get(r.id)).restoredFrom).toBeNull();
    expect(store.list()[0]!.restoredFrom).toBeUndefined();
  });

  it('keeps the restored notice when the report is not opened: a reader lists it too', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.update({ ...r, preamble: ['甲'] });
    await store.close();
    writeFileSync(path.join(dir, 'reports', `${r.id}.json`), 'garbage');
    // Opened by a process that never opens the report (the CLI's list, an app session left on Home).
    store = await openStore(dir);
    expect(store.list()[0]!.restoredFrom).toEqual(expect.any(String));
    await store.close();
    const reader = await openStore(dir, { readOnly: true });
    expect(reader.list()[0]!.restoredFrom).toEqual(expect.any(String));
    expect((await reader.get(r.id)).restoredFrom).toEqual(expect.any(String));
  });

  it('restores when a report is damaged after the folder was opened, on first load', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.update({ ...r, preamble: ['甲'] });
    await store.update({ ...r, preamble: ['乙'] });
    await store.close();
    store = await openStore(dir);
    writeFileSync(path.join(dir, 'reports', `${r.id}.json`), 'garbage');
    const { report, restoredFrom } = await store.get(r.id);
    expect(report.preamble).toEqual(['甲']);
    expect(restoredFrom).not.toBeNull();
  });

  it('fails clearly, without crashing, when no good copy exists', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    const other = await store.create(sampleReport('某区城管局'));
    await store.close();
    writeFileSync(path.join(dir, 'reports', `${r.id}.json`), '{"trunc');
    rmSync(path.join(dir, 'backups', r.id), { recursive: true });
    store = await openStore(dir);
    expect(store.listProblems().map((p) => [p.id, p.code])).toEqual([[r.id, 'REPORT_CORRUPT_UNRECOVERABLE']]);
    expect(store.list().map((s) => s.id)).toEqual([other.id]);
    expect(await codeOf(store.get(r.id))).toBe('REPORT_CORRUPT_UNRECOVERABLE');
    // Nothing is deleted: the damaged file is still there for a person to look at.
    expect(readFileSync(path.join(dir, 'reports', `${r.id}.json`), 'utf8')).toBe('{"trunc');
  });

  it('rebuilds a missing, damaged or stale index from the report files and removes dead temp files', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const a = await store.create(sampleReport());
    const b = await store.create(sampleReport('某区城管局', 2022));
    await store.close();

    unlinkSync(path.join(dir, 'index.json'));
    store = await openStore(dir);
    expect(
      store
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    await store.close();

    writeFileSync(path.join(dir, 'index.json'), '{"format":"report-desk-index","version":1,"reports":[{');
    store = await openStore(dir);
    expect(store.list()).toHaveLength(2);
    await store.close();

    // A save whose index update never reached disk (killed before the flush): the file's mtime/size tell.
    const file = path.join(dir, 'reports', `${a.id}.json`);
    const changed = {
      ...fileJson(dir, a.id),
      meta: { ...fileJson(dir, a.id).meta, organisation: '某区司法局（更名）' },
    };
    writeFileSync(file, JSON.stringify(changed));
    writeFileSync(path.join(dir, 'reports', `${a.id}.json.tmp-1712345678abcdef`), '{"half');
    store = await openStore(dir);
    expect(store.list().find((s) => s.id === a.id)!.organisation).toBe('某区司法局（更名）');
    expect(readdirSync(path.join(dir, 'reports')).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('flushes index changes after saves, and on close', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { indexFlushDelayMs: 50 });
    const r = await store.create(sampleReport());
    await store.update({ ...r, meta: { ...r.meta, organisation: '新名称' } });
    const indexed = () =>
      JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).reports[0].summary.organisation;
    expect(indexed()).toBe('某区司法局');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(indexed()).toBe('新名称');
    await store.update({ ...r, meta: { ...r.meta, organisation: '再改' } });
    await store.close();
    expect(indexed()).toBe('再改');
  });

  it('deletes into a trash that can be restored, under a fresh id if the old one is taken again', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.delete(r.id);
    expect(store.list()).toEqual([]);
    expect(existsSync(path.join(dir, 'reports', `${r.id}.json`))).toBe(false);
    const trash = await store.listTrash();
    expect(trash).toEqual([{ id: r.id, title: '某区司法局2023年法治政府建设情况报告', deletedAt: expect.any(String) }]);
    expect(await codeOf(store.delete(r.id))).toBe('NOT_FOUND');

    const back = await store.restore(r.id);
    expect(back.id).toBe(r.id);
    expect((await store.get(r.id)).report.chapters[0]!.paragraphs).toEqual(r.chapters[0]!.paragraphs);
    expect(await store.listTrash()).toEqual([]);

    // Delete, then import the same report again: restoring the deleted copy must not overwrite it.
    const pkg = encodePackage(r, new Date().toISOString());
    await store.delete(r.id);
    const { report: reimported } = await packages(store).importPackage(pkg, 'keep-both');
    expect(reimported.id).toBe(r.id);
    const restored = await store.restore(r.id);
    expect(restored.id).not.toBe(r.id);
    expect(store.list()).toHaveLength(2);
    expect(await codeOf(store.restore(r.id))).toBe('NOT_FOUND');
  });

  it('migrates a version 0 file, keeping the original among the backups', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    await store.close();
    const v0 = readFileSync(path.join(import.meta.dirname, 'fixtures', 'report-v0.json'), 'utf8');
    writeFileSync(path.join(dir, 'reports', 'legacy-2021.json'), v0);
    store = await openStore(dir);
    expect(store.list()).toMatchObject([{ id: 'legacy-2021', organisation: '某区司法局', year: 2021 }]);
    const { report } = await store.get('legacy-2021');
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.templateId).toBe('three-part');
    expect(report.chapters.map((c) => c.title)).toEqual(['主要工作开展情况', '存在问题']);
    expect(report.chapters[1]!.paragraphs).toEqual(['学法形式较为单一。']);
    expect(report.updatedAt).toBe('2022-01-06T09:30:00.000Z');
    expect(fileJson(dir, 'legacy-2021').schemaVersion).toBe(SCHEMA_VERSION);
    const kept = backupNames(dir, 'legacy-2021').map((n) =>
      readFileSync(path.join(dir, 'backups', 'legacy-2021', n), 'utf8'),
    );
    expect(kept).toContain(v0);
  });

  it('refuses a file from a newer version and leaves it untouched', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.close();
    const file = path.join(dir, 'reports', `${r.id}.json`);
    const future = JSON.stringify({ ...fileJson(dir, r.id), schemaVersion: SCHEMA_VERSION + 1, newField: 1 });
    writeFileSync(file, future);
    store = await openStore(dir);
    expect(store.listProblems().map((p) => p.code)).toEqual(['SCHEMA_TOO_NEW']);
    expect(await codeOf(store.get(r.id))).toBe('SCHEMA_TOO_NEW');
    expect(readFileSync(file, 'utf8')).toBe(future);
  });

  it('never overwrites an unlisted file or an earlier trashed copy', async () => {
    const dir = tempDir();
    let store = await openStore(dir, { now: () => new Date('2024-03-01T00:00:00Z') });
    const r = await store.create(sampleReport());
    const pkg = encodePackage(r, new Date().toISOString());
    await store.delete(r.id);
    await packages(store).importPackage(pkg, 'keep-both');
    await store.delete(r.id);
    // Two deletions of one id in the same millisecond: both copies are in the trash.
    expect((await store.listTrash()).map((t) => t.id)).toEqual([r.id, r.id]);
    await store.close();

    // A file the store cannot read (from a newer version) keeps its id: an import gets a fresh one.
    const future = JSON.stringify({ ...JSON.parse(pkg).report, schemaVersion: SCHEMA_VERSION + 1 });
    writeFileSync(path.join(dir, 'reports', `${r.id}.json`), future);
    store = await openStore(dir);
    expect((await packages(store).importPackage(pkg, 'keep-both')).report.id).not.toBe(r.id);
    expect((await store.restore(r.id)).id).not.toBe(r.id);
    expect(readFileSync(path.join(dir, 'reports', `${r.id}.json`), 'utf8')).toBe(future);
  });

  it('opens read-only beside a writer: reads, restores in memory only, refuses changes, writes nothing', async () => {
    const dir = tempDir();
    const writer = await openStore(dir);
    const r = await writer.create(sampleReport());
    await writer.update({ ...r, preamble: ['甲'] });
    await writer.update({ ...r, preamble: ['乙'] });

    const reader = await openStore(dir, { readOnly: true });
    expect(reader.list().map((s) => s.id)).toEqual([r.id]);
    expect((await reader.get(r.id)).report.preamble).toEqual(['乙']);
    expect(await codeOf(reader.update({ ...r, preamble: ['丙'] }))).toBe('INTERNAL');
    expect(await codeOf(reader.create(sampleReport()))).toBe('INTERNAL');
    expect(await codeOf(reader.delete(r.id))).toBe('INTERNAL');
    await reader.close();
    expect(existsSync(path.join(dir, 'report-desk.lock'))).toBe(true);

    writeFileSync(path.join(dir, 'reports', `${r.id}.json`), 'garbage');
    const second = await openStore(dir, { readOnly: true });
    const opened = await second.get(r.id);
    expect(opened.report.preamble).toEqual(['甲']);
    expect(opened.restoredFrom).not.toBeNull();
    expect(readFileSync(path.join(dir, 'reports', `${r.id}.json`), 'utf8')).toBe('garbage');
    expect(readdirSync(path.join(dir, 'backups', r.id)).some((n) => n.startsWith('damaged-'))).toBe(false);

    const absent = path.join(dir, 'no-such-folder');
    expect((await openStore(absent, { readOnly: true })).list()).toEqual([]);
    expect(existsSync(absent)).toBe(false);
  });

  it('writes saves atomically: no temp files left, the file replaced by rename', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    const before = statSync(path.join(dir, 'reports', `${r.id}.json`)).ino;
    await store.update({ ...r, preamble: ['x'] });
    expect(statSync(path.join(dir, 'reports', `${r.id}.json`)).ino).not.toBe(before);
    expect(readdirSync(path.join(dir, 'reports'))).toEqual([`${r.id}.json`]);
  });

  it('lists the reports it cannot open as problems, until they are deleted', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const damaged = await store.create(sampleReport());
    const newer = await store.create(sampleReport('某区城管局'));
    const fine = await store.create(sampleReport('某区统计局'));
    await store.close();
    writeFileSync(path.join(dir, 'reports', `${damaged.id}.json`), '{"trunc');
    rmSync(path.join(dir, 'backups', damaged.id), { recursive: true });
    writeFileSync(
      path.join(dir, 'reports', `${newer.id}.json`),
      JSON.stringify({ ...fileJson(dir, newer.id), schemaVersion: SCHEMA_VERSION + 1 }),
    );
    store = await openStore(dir);
    expect(store.list().map((r) => r.id)).toEqual([fine.id]);
    expect(store.listProblems()).toEqual(
      [
        { id: damaged.id, code: 'REPORT_CORRUPT_UNRECOVERABLE', params: { id: damaged.id } },
        { id: newer.id, code: 'SCHEMA_TOO_NEW', params: { version: SCHEMA_VERSION + 1 } },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // A reader beside the app sees the same.
    const reader = await openStore(dir, { readOnly: true });
    expect(
      reader
        .listProblems()
        .map((p) => p.id)
        .sort(),
    ).toEqual([damaged.id, newer.id].sort());
    await store.delete(damaged.id);
    expect(store.listProblems().map((p) => p.id)).toEqual([newer.id]);
  });

  it("keeps a new report's first version as a backup: damaged before any save, it is restored", async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    const { report: imported } = await packages(store).importPackage(
      encodePackage(r, new Date().toISOString()).replace(r.id, 'imported-1'),
    );
    await store.close();
    // Damaged in place (the same file, not a new one by rename): a hard-linked backup would be damaged too.
    for (const id of [r.id, imported.id]) writeFileSync(path.join(dir, 'reports', `${id}.json`), '{"schemaVersion":1,');
    store = await openStore(dir);
    expect(store.listProblems()).toEqual([]);
    for (const id of [r.id, imported.id]) {
      const opened = await store.get(id);
      expect(opened.restoredFrom).not.toBeNull();
      expect(opened.report.chapters).toEqual(r.chapters);
    }
    // The first save after creating keeps no second copy of that same first version.
    const fresh = await store.create(sampleReport('某区城管局'));
    await store.update({ ...fresh, preamble: ['一'] });
    expect(backupNames(dir, fresh.id)).toHaveLength(1);
  });

  it('gives simultaneous imports of one package each their own id, and loses none', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    const pkg = encodePackage(r, new Date().toISOString());
    await store.delete(r.id);
    const imports = await Promise.all(Array.from({ length: 5 }, () => packages(store).importPackage(pkg, 'keep-both')));
    const ids = imports.map((i) => i.report.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids).toContain(r.id);
    expect(
      store
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(readdirSync(path.join(dir, 'reports')).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    // A restore racing an import of the same id neither overwrites it nor is lost.
    const [again, restored] = await Promise.all([packages(store).importPackage(pkg, 'keep-both'), store.restore(r.id)]);
    expect(again.report.id).not.toBe(restored.id);
    expect(store.list()).toHaveLength(7);
  });

  it('lists a report whose file was deleted behind its back as a problem until that entry is deleted', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const gone = await store.create(sampleReport());
    const kept = await store.create(sampleReport('某区城管局'));
    const trashed = await store.create(sampleReport('某区统计局'));
    await store.delete(trashed.id);
    await store.close();
    unlinkSync(path.join(dir, 'reports', `${gone.id}.json`));
    const expected = [
      {
        id: gone.id,
        code: 'REPORT_FILE_MISSING',
        params: { id: gone.id, title: '某区司法局2023年法治政府建设情况报告' },
      },
    ];
    store = await openStore(dir);
    expect(store.list().map((s) => s.id)).toEqual([kept.id]);
    expect(store.listProblems()).toEqual(expected);
    expect(errorMessage('zh-CN', store.listProblems()[0]!)).toContain('某区司法局2023年法治政府建设情况报告');
    await store.close();
    // Not forgotten on the next open either, by the app or a reader.
    store = await openStore(dir);
    expect(store.listProblems()).toEqual(expected);
    const reader = await openStore(dir, { readOnly: true });
    expect(reader.listProblems()).toEqual(expected);
    await store.delete(gone.id);
    expect(store.listProblems()).toEqual([]);
    await store.close();
    store = await openStore(dir);
    expect(store.listProblems()).toEqual([]);
    expect(store.list().map((s) => s.id)).toEqual([kept.id]);
  });

  it('lists a stray copy of a report (another name, or another report’s id) as a problem, not twice', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.close();
    const text = readFileSync(path.join(dir, 'reports', `${r.id}.json`), 'utf8');
    // Explorer's copies, and a copy renamed to an id of its own.
    writeFileSync(path.join(dir, 'reports', `${r.id} - 副本.json`), text);
    writeFileSync(path.join(dir, 'reports', 'copied-by-hand.json'), text);
    // Files that are not reports at all are none of the store's business.
    writeFileSync(path.join(dir, 'reports', 'notes (1).json'), '{"not":"a report"}');
    store = await openStore(dir);
    expect(store.list().map((s) => s.id)).toEqual([r.id]);
    expect(store.listProblems()).toEqual(
      [
        { id: `${r.id} - 副本`, code: 'REPORT_STRAY_COPY', params: { file: `${r.id} - 副本.json` } },
        { id: 'copied-by-hand', code: 'REPORT_STRAY_COPY', params: { file: 'copied-by-hand.json' } },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(errorMessage('en', store.listProblems()[0]!)).toContain('is a copy of another report');
  });

  it('lists a folder whose report vanished while it was read (a reader beside the app)', async () => {
    const dir = tempDir();
    let store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.close();
    // A name listed by readdir whose file is gone by the time it is looked at.
    symlinkSync(path.join(dir, 'reports', 'deleted-meanwhile.json'), path.join(dir, 'reports', 'vanished.json'));
    store = await openStore(dir, { readOnly: true });
    expect(store.list().map((s) => s.id)).toEqual([r.id]);
    expect(store.listProblems()).toEqual([]);
  });

  it('reports a failed backup as WRITE_FAILED, the system error its cause, not as an internal error', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    await store.update({ ...r, preamble: ['saved once'] });
    rmSync(path.join(dir, 'backups', r.id), { recursive: true });
    writeFileSync(path.join(dir, 'backups', r.id), 'not a folder');
    const failure = await store.update({ ...r, preamble: ['x'] }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('WRITE_FAILED');
    expect((failure as AppError).params).toEqual({});
    expect(((failure as AppError).cause as NodeJS.ErrnoException).code).toMatch(/^E[A-Z]+$/);
    // Worded for every caller: no promise of a window or a retry, which the CLI has neither of; no system code.
    expect(errorMessage('en', failure as AppError)).toMatch(/^Could not write to the data folder; [^E]*$/);
    expect(errorMessage('zh-CN', failure as AppError)).toMatch(/^未能写入数据文件夹，[^A-Z]*$/);
  });

  it('words schema problems in the user’s language, naming the place', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const r = await store.create(sampleReport());
    const failure = (await store
      .update({ ...r, meta: { ...r.meta, year: 1800 } })
      .catch((err: unknown) => err)) as AppError;
    expect(failure.params).toEqual({ path: 'meta.year', issue: 'tooSmall' });
    expect(errorMessage('zh-CN', failure)).toBe('报告内容不符合格式要求（meta.year）：太短或太小。');
    expect(errorMessage('en', failure)).toBe(
      'The report does not match the expected format (meta.year): too short or too small.',
    );
  });
});
