// A real small file system (tmpfs, mounted for the test; skipped where mounting is not allowed): saves on a
// nearly full disk are either whole on disk or refused with DISK_FULL leaving the previous version, an operation
// that reports a failure has changed nothing, and a full disk still lets the folder open for reading.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { SCHEMA_VERSION, reportSchema, type Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { ReportStore } from '../../electron/store/store';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';
import { sampleReport, tempDir } from './helpers';

let mountPoint = '';
let mounted = false;
let why = '';

beforeAll(() => {
  mountPoint = mkdtempSync(path.join(os.tmpdir(), 'report-desk-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (err) {
    why = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    console.warn(`disk-full tests skipped: cannot mount a tmpfs here (${why})`);
  }
});

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** A fresh folder on the small file system, emptied of what earlier tests left. */
function folder(name: string): string {
  for (const entry of readdirSync(mountPoint)) rmSync(path.join(mountPoint, entry), { recursive: true, force: true });
  const dir = path.join(mountPoint, name);
  mkdirSync(dir);
  return dir;
}

const onDisk = (dir: string, id: string): Report =>
  reportSchema.parse(JSON.parse(readFileSync(path.join(dir, 'reports', `${id}.json`), 'utf8')));

/** The files under `dir` (reports and their histories, or backups) with a hash of each: what "changed nothing" compares. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

/** Fills the small file system until only `free` bytes (whole 4 KB pages) are left. */
function fillLeaving(free: number): void {
  const filler = path.join(mountPoint, 'filler');
  let chunk = 0;
  for (; ; chunk++) {
    try {
      writeFileSync(`${filler}-${chunk}`, Buffer.alloc(4096, 1));
    } catch {
      rmSync(`${filler}-${chunk}`, { force: true });
      break;
    }
  }
  for (let pages = free / 4096; pages > 0 && chunk > 0; pages--) rmSync(`${filler}-${--chunk}`);
}

async function failure(promise: Promise<unknown>): Promise<AppError | null> {
  try {
    await promise;
    return null;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

describe('a nearly full disk', () => {
  it('never acknowledges a save that is not whole on disk, and keeps the previous version when it refuses', async (ctx) => {
    if (!mounted) return ctx.skip();
    const dir = folder('hammer');
    let store = await ReportStore.open(dir, { indexFlushDelayMs: 5 });
    let acked = await store.create(sampleReport());
    let saved = 0;
    let refused = 0;
    for (let step = 1; step <= 200; step++) {
      // Growing content with every save; the backups of earlier versions fill the disk too.
      const preamble = [`第${step}次保存。`, '依法行政，'.repeat(25 * step)];
      const outcome = await failure(store.update({ ...acked, preamble }).then((r) => (acked = r)));
      if (outcome === null) {
        saved++;
        expect(onDisk(dir, acked.id)).toEqual(acked);
      } else {
        refused++;
        expect(outcome.code, `step ${step}: ${outcome.message}`).toBe('DISK_FULL');
        expect(onDisk(dir, acked.id)).toEqual(acked);
        expect(readdirSync(path.join(dir, 'reports')).filter((n) => n.includes('.tmp-'))).toEqual([]);
      }
      // Now and then the program starts again, as after a restart, and reads what was acknowledged.
      if (step % 50 === 0) {
        await store.close().catch(() => undefined);
        store = await ReportStore.open(dir, { indexFlushDelayMs: 5 });
        const opened = await store.get(acked.id);
        expect(opened.restoredFrom).toBeNull();
        expect(opened.report).toEqual(acked);
      }
    }
    await store.close().catch(() => undefined);
    console.log(`disk-full hammer: ${saved} saves acknowledged, ${refused} refused with DISK_FULL`);
    expect(saved).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
    expect(errorMessage('zh-CN', { code: 'DISK_FULL', params: {} })).toContain('磁盘已满');
    expect(errorMessage('en', { code: 'DISK_FULL', params: {} })).toContain('disk is full');
  });

  it('makes no half report and no partial first backup when a new report does not fit', async (ctx) => {
    if (!mounted) return ctx.skip();
    const dir = folder('create');
    const store = await ReportStore.open(dir);
    const kept = await store.create(sampleReport());
    let refused = 0;
    for (let size = 1; size <= 120 && refused < 3; size++) {
      const big = { ...sampleReport('某区统计局'), preamble: ['统计'.repeat(1000 * size)] };
      const outcome = await failure(store.create(big));
      if (outcome) {
        refused++;
        expect(outcome.code).toBe('DISK_FULL');
      }
    }
    expect(refused).toBeGreaterThan(0);
    // Every report file and every backup on disk is whole, and every report file is listed.
    const reports = readdirSync(path.join(dir, 'reports'));
    expect(reports.map((n) => n.slice(0, -5)).sort()).toEqual(
      store
        .list()
        .map((s) => s.id)
        .sort(),
    );
    for (const id of reports.map((n) => n.slice(0, -5))) {
      onDisk(dir, id);
      for (const name of readdirSync(path.join(dir, 'backups', id))) {
        reportSchema.parse(JSON.parse(readFileSync(path.join(dir, 'backups', id, name), 'utf8')));
      }
    }
    expect((await store.get(kept.id)).report).toEqual(kept);
    await store.close().catch(() => undefined);
  });

  it('reports a failure only when nothing changed: each operation with 0 to 6 pages left free', async (ctx) => {
    if (!mounted) return ctx.skip();
    const pkg = path.join(tempDir(), 'report.rldpkg');
    const args = { templateId: 'department-annual', organisation: '某区司法局', year: 2025 };
    const source = await headlessServices(path.join(tempDir(), 'source'), { chooseSavePath: async () => pkg });
    await source.exportPackage((await source.createReport(args)).id);
    await source.close();
    const operations: Record<string, (services: Services, report: Report) => Promise<unknown>> = {
      save: (services, report) => services.saveReport({ ...report, preamble: ['依法行政，'.repeat(400)] }),
      version: (services, report) => services.saveVersion(report.id, '核稿前'),
      submit: (services, report) => services.signOff(report.id, { step: 'submit', name: '张三' }),
      create: (services) => services.createReport(args),
      import: (services) => services.importPackageFromFile(pkg, 'keep-both'),
      revision: async (services, report) => {
        const text = renderText({ ...report, preamble: ['领导改过的一句。'.repeat(100)] });
        const data = Buffer.from(text, 'utf8').toString('base64');
        const { token } = await services.previewRevision(report.id, { fileName: '修改稿.txt', data });
        return services.acceptRevision(report.id, token, '王五');
      },
    };
    const tally = { done: 0, refused: 0 };
    for (const [name, operation] of Object.entries(operations)) {
      for (let pages = 0; pages <= 6; pages++) {
        const dir = folder('operations');
        const services = await headlessServices(dir);
        const report = await services.createReport(args);
        fillLeaving(pages * 4096);
        const before = contents(path.join(dir, 'reports'));
        const outcome = await failure(operation(services, report));
        const what = `${name} with ${pages} pages free`;
        if (outcome) {
          tally.refused++;
          expect(outcome.code, `${what}: ${outcome.message}`).toBe('DISK_FULL');
          expect(contents(path.join(dir, 'reports')), what).toEqual(before);
        } else {
          tally.done++;
          expect(contents(path.join(dir, 'reports')), what).not.toEqual(before);
        }
        await services.close();
      }
    }
    console.log(`disk-full operations: ${tally.done} done, ${tally.refused} refused having changed nothing`);
    expect(tally.refused).toBeGreaterThan(4);
    expect(tally.done).toBeGreaterThan(4);
  });

  it('opens a nearly full disk’s folder with a stale index (4 KB free) and reads it, writing no report or backup', async (ctx) => {
    if (!mounted) return ctx.skip();
    const dir = folder('stale');
    let store = await ReportStore.open(dir);
    const report = await store.create(sampleReport());
    await store.close();
    // Changed outside the program: the index no longer agrees with the file.
    const changed = { ...report, preamble: ['在别处改过的一句。'] };
    writeFileSync(path.join(dir, 'reports', `${report.id}.json`), JSON.stringify(changed));
    // And a report of the first file format, migrated when read.
    const legacy = readFileSync(path.join(import.meta.dirname, 'fixtures', 'report-v0.json'), 'utf8');
    writeFileSync(path.join(dir, 'reports', 'legacy-2021.json'), legacy);
    fillLeaving(4096);
    const before = { ...contents(path.join(dir, 'reports')), ...contents(path.join(dir, 'backups')) };
    store = await ReportStore.open(dir);
    expect(store.listProblems()).toEqual([]);
    expect(store.list().map((s) => s.id)).toEqual(expect.arrayContaining([report.id, 'legacy-2021']));
    expect((await store.get(report.id)).report).toEqual(changed);
    expect((await store.get('legacy-2021')).report.schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
    expect({ ...contents(path.join(dir, 'reports')), ...contents(path.join(dir, 'backups')) }).toEqual(before);
  });

  it('still opens a full disk’s folder for reading, refuses changes with DISK_FULL, and saves once space is free', async (ctx) => {
    if (!mounted) return ctx.skip();
    const dir = folder('full');
    let store = await ReportStore.open(dir);
    const report = await store.create(sampleReport());
    await store.close();
    const filler = path.join(mountPoint, 'filler');
    for (let chunk = 0; ; chunk++) {
      try {
        writeFileSync(`${filler}-${chunk}`, Buffer.alloc(4096, 1));
      } catch {
        break;
      }
    }
    store = await ReportStore.open(dir);
    expect(store.list().map((s) => s.id)).toEqual([report.id]);
    expect((await store.get(report.id)).report).toEqual(report);
    expect((await failure(store.update({ ...report, preamble: ['新内容'] })))?.code).toBe('DISK_FULL');
    expect(onDisk(dir, report.id)).toEqual(report);

    for (const name of readdirSync(mountPoint).filter((n) => n.startsWith('filler')))
      rmSync(path.join(mountPoint, name));
    const saved = await store.update({ ...report, preamble: ['新内容'] });
    expect(onDisk(dir, report.id)).toEqual(saved);
    await store.close();
  });
});
