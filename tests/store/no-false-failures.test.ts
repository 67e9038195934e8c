// No false failures, with failures injected where a small disk cannot aim them: a change already on disk is not
// reported as failed because the index (a cache) could not be written; a package's history goes in before its
// report and comes out again if the report cannot be written; a step whose report write fails leaves no
// version; and opening the folder removes what writers that died left behind.
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import type { ReviewNote } from '../../core/version-types';
import { encodePackage } from '../../electron/formats/package/package-format';
import { ReportOperations } from '../../electron/services/report-operations';
import { createSignOffServices } from '../../electron/services/sign-off-services';
import type { Services } from '../../electron/services';
import { ReportStore } from '../../electron/store/store';
import { headlessServices } from '../headless-services';
import { codeOf, sampleReport, tempDir } from './helpers';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

async function open(dataDir: string): Promise<Services> {
  const services = await headlessServices(dataDir);
  running.push(services);
  return services;
}

describe('no false failures', () => {
  it('answers a change that is on disk as done when only the index could not be written, and lists it on the next open', async () => {
    const dir = tempDir();
    const store = await ReportStore.open(dir);
    // The index cannot be replaced now (a folder in its place): every index write fails.
    mkdirSync(path.join(dir, 'index.json', 'blocked'), { recursive: true });
    const created = await store.create(sampleReport());
    expect(existsSync(path.join(dir, 'reports', `${created.id}.json`))).toBe(true);
    await store.delete(created.id);
    const restored = await store.restore(created.id);
    await store.close();
    rmSync(path.join(dir, 'index.json'), { recursive: true });
    const again = await ReportStore.open(dir);
    running.push(again);
    expect(again.list().map((s) => s.id)).toEqual([restored.id]);
  });

  it('writes a package’s history before its report: a history that cannot be written leaves no report', async () => {
    const report = sampleReport();
    const { services, failAt, dir } = await failingServices();
    failAt(1);
    expect(await codeOf(services.importPackageText(packageWithVersion(report)))).toBe('DISK_FULL');
    expect(readdirSync(path.join(dir, 'reports'))).toEqual([`${report.id}.history`]);
    expect(readdirSync(path.join(dir, 'reports', `${report.id}.history`))).toEqual([]);
  });

  it('takes a package’s history back when its report cannot be written', async () => {
    const dir = tempDir();
    const report = sampleReport();
    const pkg = path.join(dir, 'report.rldpkg');
    writeFileSync(pkg, packageWithVersion(report));
    const data = path.join(dir, 'data');
    const services = await open(data);
    // The report's first backup cannot be made, so the report is not written.
    writeFileSync(path.join(data, 'backups', report.id), '');
    expect(await codeOf(services.importPackageFromFile(pkg))).toBe('WRITE_FAILED');
    expect(await services.listReports()).toEqual([]);
    expect(readdirSync(path.join(data, 'reports', `${report.id}.history`))).toEqual([]);
  });

  it('leaves no version behind a step whose report could not be written', async () => {
    const { services, store, failAt } = await failingServices();
    const report = await store.create(sampleReport());
    // The version is linked in (the first write), the report's rename (the second) fails.
    failAt(2);
    expect(await codeOf(services.signOff(report.id, { step: 'submit', name: '张三' }))).toBe('DISK_FULL');
    expect((await services.listVersions(report.id)).versions).toEqual([]);
    expect((await store.get(report.id)).report.meta.status).toBe('draft');
  });

  it('removes on opening the temp files that writers which died left, but not a lock being taken right now', async () => {
    const dir = tempDir();
    const store = await ReportStore.open(dir);
    const report = await store.create(sampleReport());
    await store.close();
    const history = path.join(dir, 'reports', `${report.id}.history`);
    mkdirSync(history);
    const left = [
      path.join(dir, 'backups', report.id, `1700000000000-000001.json.tmp-0000000001abcdef`),
      path.join(history, 'v0001.json.tmp-0000000002abcdef'),
      path.join(dir, 'reports', `${report.id}.json.tmp-0000000003abcdef`),
      path.join(dir, 'index.json.tmp-0000000004abcdef'),
      path.join(dir, 'report-desk.lock.new-99999-old'),
    ];
    for (const file of left) writeFileSync(file, '{');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(left.at(-1)!, longAgo, longAgo);
    const taking = path.join(dir, 'report-desk.lock.new-99998-now');
    writeFileSync(taking, '{');
    const again = await ReportStore.open(dir);
    running.push(again);
    expect(left.filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(taking)).toBe(true);
  });
});

/**
 * The sign-off services over a store whose writes fail on demand: `failAt(n)` makes the n-th rename into the
 * folder from then on fail as on a full disk (at the store's lock fence, right before the rename).
 */
async function failingServices() {
  const dir = tempDir();
  let countdown = 0;
  const store = await ReportStore.open(dir, {
    afterLockCheck: async () => {
      if (countdown > 0 && --countdown === 0) throw new AppError('DISK_FULL');
    },
  });
  running.push(store);
  const now = () => new Date();
  const services = createSignOffServices(store, new ReportOperations(store, now), now, async () => '2026-01-10');
  return { dir, store, services, failAt: (n: number) => (countdown = n) };
}

/** A package of `report` carrying one saved version of it. */
function packageWithVersion(report: ReturnType<typeof sampleReport>): string {
  const version = {
    format: 'report-desk-version',
    formatVersion: 1,
    number: 1,
    createdAt: report.updatedAt,
    kind: 'saved',
    state: 'draft',
    by: '',
    note: '',
    reviewNotes: [] as ReviewNote[],
    fingerprint: 'f'.repeat(64),
    report,
  } as const;
  return encodePackage(report, report.updatedAt, [version]);
}
