import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { SCHEMA_VERSION } from '../../core/model';
import { MAX_PACKAGE_DEPTH, encodePackage, nestingDepth } from '../../electron/formats/package/package-format';
import { ReportOperations } from '../../electron/services/report-operations';
import { ReportStore } from '../../electron/store/store';
import { sampleReport, tempDir } from './helpers';

let store: ReportStore | null = null;
let reports: ReportOperations;
afterEach(async () => {
  await store?.close();
  store = null;
});

/** Every file under the folder with its size and mtime: "untouched" means this does not change. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)} ${st.size} ${st.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

async function withStore() {
  const dir = tempDir();
  store = await ReportStore.open(dir);
  reports = new ReportOperations(store, () => new Date());
  const report = await store.create(sampleReport());
  const pkg = encodePackage(report, new Date().toISOString());
  return {
    dir,
    report,
    pkg,
    envelope: JSON.parse(pkg) as Record<string, unknown> & { report: Record<string, unknown> },
  };
}

async function refusal(text: string): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await reports.importPackage(text);
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, params: err.params };
    throw err;
  }
  throw new Error('package was accepted');
}

describe('report packages', () => {
  it('says a package is already there, then replaces it or keeps both as the user chooses', async () => {
    const { dir, report, pkg, envelope } = await withStore();
    expect(envelope).toMatchObject({ format: 'report-desk-package', formatVersion: 1, exportedAt: expect.any(String) });
    const before = snapshot(dir);
    const asked = await refusal(pkg);
    expect(asked).toEqual({
      code: 'PACKAGE_ALREADY_IMPORTED',
      params: { title: '某区司法局2023年法治政府建设情况报告', importId: expect.any(String) },
    });
    expect(snapshot(dir)).toEqual(before);

    // Keep both: a copy under a fresh id.
    const copy = (await reports.resolvePackageImport(String(asked.params.importId), 'keep-both')).report;
    expect(copy.id).not.toBe(report.id);
    expect({ ...copy, id: report.id }).toEqual(report);
    expect(store!.list()).toHaveLength(2);
    // An answer is used once.
    await expect(reports.resolvePackageImport(String(asked.params.importId), 'keep-both')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    // Replace: the stored report takes the package's content; the version it replaces is kept as a backup.
    await store!.update({ ...report, preamble: ['本地改过的版本'] });
    const { report: replaced } = await reports.resolvePackageImport(
      String((await refusal(pkg)).params.importId),
      'replace',
    );
    expect(replaced.id).toBe(report.id);
    expect((await store!.get(report.id)).report.preamble).toEqual(report.preamble);
    expect(store!.list()).toHaveLength(2);
    const backups = readdirSync(path.join(dir, 'backups', report.id)).map((n) =>
      readFileSync(path.join(dir, 'backups', report.id, n), 'utf8'),
    );
    expect(backups.some((text) => text.includes('本地改过的版本'))).toBe(true);

    // Told up front, as the CLI does with its flag.
    expect((await reports.importPackage(pkg, 'keep-both')).report.id).not.toBe(report.id);
    expect((await reports.importPackage(pkg, 'replace')).report.id).toBe(report.id);
    expect(store!.list()).toHaveLength(3);
  });

  it('gives a package whose id is a Windows device name a new id', async () => {
    const { envelope } = await withStore();
    for (const name of ['CON', 'nul', 'Aux', 'prn', 'COM1', 'com9', 'LPT1', 'lpt9']) {
      const imported = await reports.importPackage(
        JSON.stringify({ ...envelope, report: { ...envelope.report, id: name } }),
      );
      expect(imported.report.id).not.toBe(name);
      expect(
        readdirSync(path.join(store!.layout.reports)).some((n) => n.toLowerCase().startsWith(name.toLowerCase())),
      ).toBe(false);
    }
    await expect(store!.get('CON')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('accepts a package whose report is in an earlier schema version', async () => {
    await withStore();
    const v0 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'report-v0.json'), 'utf8'));
    const imported = await reports.importPackage(
      JSON.stringify({ format: 'report-desk-package', formatVersion: 1, report: v0 }),
    );
    expect(imported.report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(imported.report.meta.organisation).toBe('某区司法局');
  });

  const hostile: [
    string,
    (pkg: string, envelope: Record<string, unknown> & { report: Record<string, unknown> }) => string,
    string,
  ][] = [
    ['not JSON', () => 'PK\u0003\u0004 this is a zip file', 'PACKAGE_NOT_JSON'],
    ['truncated JSON', (pkg) => pkg.slice(0, pkg.length - 10), 'PACKAGE_NOT_JSON'],
    ['empty', () => '', 'PACKAGE_NOT_JSON'],
    ['a JSON array', () => '[1,2,3]', 'PACKAGE_FOREIGN'],
    ['a plain report, no envelope', (_p, e) => JSON.stringify(e.report), 'PACKAGE_FOREIGN'],
    ['another program’s JSON', () => JSON.stringify({ format: 'something-else', formatVersion: 1 }), 'PACKAGE_FOREIGN'],
    ['a future package format', (_p, e) => JSON.stringify({ ...e, formatVersion: 2 }), 'SCHEMA_TOO_NEW'],
    ['a non-numeric format version', (_p, e) => JSON.stringify({ ...e, formatVersion: '1' }), 'PACKAGE_INVALID'],
    [
      'a future report schema',
      (_p, e) => JSON.stringify({ ...e, report: { ...e.report, schemaVersion: SCHEMA_VERSION + 1 } }),
      'SCHEMA_TOO_NEW',
    ],
    [
      'a report missing its chapters',
      (_p, e) => JSON.stringify({ ...e, report: { ...e.report, chapters: undefined } }),
      'PACKAGE_INVALID',
    ],
    [
      'a wrong type inside',
      (_p, e) => JSON.stringify({ ...e, report: { ...e.report, meta: { organisation: 5 } } }),
      'PACKAGE_INVALID',
    ],
    [
      '__proto__ keys',
      (pkg) => pkg.replace('"meta":{', '"meta":{"__proto__":{"polluted":true},'),
      'PACKAGE_UNSAFE_KEYS',
    ],
    [
      'constructor keys',
      (pkg) => pkg.replace('"meta":{', '"meta":{"constructor":{"prototype":{"x":1}},'),
      'PACKAGE_UNSAFE_KEYS',
    ],
    ['prototype keys', (pkg) => pkg.replace('"style":{', '"style":{"prototype":1,'), 'PACKAGE_UNSAFE_KEYS'],
    ['10 000 levels deep', () => '['.repeat(10_000) + ']'.repeat(10_000), 'PACKAGE_TOO_DEEP'],
    [
      'deep inside a valid envelope',
      (pkg) => pkg.replace('"preamble":[]', `"preamble":${'['.repeat(5000)}${']'.repeat(5000)}`),
      'PACKAGE_TOO_DEEP',
    ],
    [
      '100 MB',
      (pkg) => pkg.replace('"preamble":[]', `"preamble":["${'字'.repeat(35 * 1024 * 1024)}"]`),
      'PACKAGE_TOO_LARGE',
    ],
  ];

  for (const [name, make, code] of hostile) {
    it(`refuses ${name} with ${code} and leaves the store untouched`, async () => {
      const { dir, pkg, envelope } = await withStore();
      const before = snapshot(dir);
      const listed = store!.list();
      const result = await refusal(make(pkg, envelope));
      expect(result.code).toBe(code);
      expect(snapshot(dir)).toEqual(before);
      expect(store!.list()).toEqual(listed);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('names the offending key and the size in its refusals', async () => {
    const { pkg } = await withStore();
    expect((await refusal(pkg.replace('"meta":{', '"meta":{"__proto__":1,'))).params).toEqual({ key: '__proto__' });
    const big = (await refusal(`"${'a'.repeat(21 * 1024 * 1024)}"`)).params.size;
    expect(big).toBe('21.0 MB');
  });

  it('measures bracket depth outside strings only', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[[{{{{"}]}')).toBe(3);
    expect(nestingDepth('"\\"[[[["')).toBe(0);
    expect(nestingDepth('['.repeat(MAX_PACKAGE_DEPTH + 1))).toBe(MAX_PACKAGE_DEPTH + 1);
  });
});
