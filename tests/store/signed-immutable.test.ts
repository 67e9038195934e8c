// Signed is immutable: no package replaces a signed-off report or rewrites its history, history is append-only
// with numbers 1 … n, and a signed-off state counts only where its records and versions back it (imports, the
// roll-up, clearing secrecy and publishing).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import type { Services } from '../../electron/services';
import { reportFacts } from '../../electron/services/rollup/report-facts';
import { decodeWithHistory } from '../../electron/formats/package/package-history';
import { VersionHistory } from '../../electron/store/history';
import { runInProcess } from '../cli/in-process';
import { headlessServices } from '../headless-services';
import { seedPath } from '../unit/seed';
import { codeOf, tempDir } from './helpers';

const versionsOf = (text: string) => decodeWithHistory(text).versions;

const running: Services[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

async function open(dataDir: string, saveAs?: string): Promise<Services> {
  const services = await headlessServices(dataDir, { chooseSavePath: async () => saveAs ?? null });
  running.push(services);
  return services;
}

/** Every file under `dir` with its size and mtime: "untouched" means this does not change. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const st = statSync(path.join(dir, name));
      return st.isDirectory() ? name : `${name} ${st.size} ${st.mtimeMs}`;
    });
}

interface PackageJson {
  report: Report;
  history: { number: number; fingerprint: string; report: Report }[];
}

/** A report signed off in folder `a` and exported as a package. */
async function signedPackage(dir: string) {
  const pkg = path.join(dir, 'signed.rldpkg');
  const services = await open(path.join(dir, 'a'), pkg);
  const { report } = await services.importOutlineFromFile(seedPath, {});
  for (const step of ['submit', 'review', 'approve'] as const)
    await services.signOff(report.id, { step, name: '张三' });
  await services.exportPackage(report.id);
  return { services, report, pkg, json: JSON.parse(readFileSync(pkg, 'utf8')) as PackageJson };
}

describe('a signed-off report and its history cannot be changed', () => {
  it('refuses to replace a signed-off report from a package, even with the history re-fingerprinted', async () => {
    const dir = tempDir();
    const { services, report, pkg, json } = await signedPackage(dir);
    // The forger's package: another text, every fingerprint recomputed (the fingerprint is public).
    const forged = { ...json.report, preamble: ['伪造的一句。'] };
    const print = fingerprint(forged);
    forged.signOff.records = forged.signOff.records.map((r) => ({ ...r, fingerprint: print }));
    const history = json.history.map((v) => ({ ...v, fingerprint: print, report: forged }));
    writeFileSync(pkg, JSON.stringify({ ...json, report: forged, history }));
    const data = path.join(dir, 'a');
    const before = snapshot(data);
    expect(await codeOf(services.importPackageFromFile(pkg, 'replace'))).toBe('REPORT_SIGNED_OFF');
    expect(snapshot(data)).toEqual(before);
    expect(fingerprint((await services.openReport(report.id)).report)).toBe(fingerprint(report));
  });

  it('says, when asked about a signed-off duplicate, to keep both: never to replace', async () => {
    const dir = tempDir();
    const { services, pkg } = await signedPackage(dir);
    await services.close();
    running.length = 0;
    const asked = await runInProcess(['import-package', pkg, '--data-dir', path.join(dir, 'a'), '--lang', 'en']);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain('is signed off, so the package cannot replace it');
    expect(asked.err).toContain('--on-duplicate keep-both');
    expect(asked.err).not.toContain('--on-duplicate replace');
    const replace = ['import-package', pkg, '--on-duplicate', 'replace', '--data-dir', path.join(dir, 'a')];
    const refused = await runInProcess([...replace, '--lang', 'en']);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('signed off; reopen it first');
  });

  it('never overwrites a version file: a package whose version differs from the one kept is refused whole', async () => {
    const dir = tempDir();
    const pkg = path.join(dir, 'draft.rldpkg');
    const services = await open(path.join(dir, 'a'), pkg);
    const { report } = await services.importOutlineFromFile(seedPath, {});
    await services.saveVersion(report.id, '第一版');
    await services.exportPackage(report.id);
    const json = JSON.parse(readFileSync(pkg, 'utf8')) as PackageJson;
    json.history[0]!.report = { ...json.history[0]!.report, preamble: ['另一版。'] };
    json.history[0]!.fingerprint = fingerprint(json.history[0]!.report);
    writeFileSync(pkg, JSON.stringify(json));
    const before = snapshot(path.join(dir, 'a'));
    expect(await codeOf(services.importPackageFromFile(pkg, 'replace'))).toBe('PACKAGE_HISTORY_CONFLICT');
    expect(snapshot(path.join(dir, 'a'))).toEqual(before);
  });

  it('creates version files exclusively and up to a limit: a number on disk is refused, its file left as it was', async () => {
    const dir = tempDir();
    const history = new VersionHistory(dir, (_id, task) => task());
    const report = { ...(await (await open(path.join(dir, 'data'))).importOutlineFromFile(seedPath, {})).report };
    await history.add(report, { kind: 'saved', at: '2026-01-01T00:00:00.000Z' });
    const file = path.join(dir, `${report.id}.history`, 'v0001.json');
    const first = readFileSync(file, 'utf8');
    const second = { ...report, preamble: ['后来的一句。'] };
    expect(await codeOf(history.add(second, { kind: 'saved', at: '2026-01-02T00:00:00.000Z' }, 1))).toBe(
      'WRITE_FAILED',
    );
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(readdirSync(path.dirname(file))).toEqual(['v0001.json']);
    // The history is bounded: past the last number, no version is added.
    writeFileSync(path.join(path.dirname(file), 'v10000.json'), '{}');
    expect(await codeOf(history.add(second, { kind: 'saved', at: '2026-01-03T00:00:00.000Z' }))).toBe('VERSION_LIMIT');
  });

  it('refuses a package history with a number past the limit or a gap', async () => {
    const dir = tempDir();
    const { json } = await signedPackage(dir);
    const withNumber = (numbers: number[]) =>
      JSON.stringify({ ...json, history: json.history.map((v, i) => ({ ...v, number: numbers[i] })) });
    expect(versionsOf(withNumber([1, 2])).map((v) => v.number)).toEqual([1, 2]);
    expect(await codeOf(() => versionsOf(withNumber([1, 999_999_999])))).toBe('PACKAGE_INVALID');
    expect(await codeOf(() => versionsOf(withNumber([1, 3])))).toBe('PACKAGE_INVALID');
    expect(await codeOf(() => versionsOf(withNumber([2, 3])))).toBe('PACKAGE_INVALID');
  });
});

describe('a signed-off state counts only where its records and versions back it', () => {
  it('imports a package whose signed-off state is not backed as a draft, with a notice', async () => {
    const dir = tempDir();
    const { json } = await signedPackage(dir);
    const unbacked = path.join(dir, 'unbacked.rldpkg');
    // Says signed off, with no approval record.
    const records = json.report.signOff.records.filter((r) => r.step !== 'approve');
    writeFileSync(
      unbacked,
      JSON.stringify({ ...json, report: { ...json.report, signOff: { ...json.report.signOff, records } } }),
    );
    const other = await open(path.join(dir, 'b'));
    const imported = await other.importPackageFromFile(unbacked);
    expect(imported.report.meta.status).toBe('draft');
    expect(imported.report.signOff.records).toEqual([]);
    expect(imported.notices).toEqual(['signOffNotBacked']);
    // The genuine package keeps its state, with no notice.
    const genuine = await other.importPackageFromFile(path.join(dir, 'signed.rldpkg'), 'keep-both');
    expect(genuine.report.meta.status).toBe('signed-off');
    expect(genuine.notices).toEqual([]);

    // In the roll-up too: the unbacked one is not signed and has no signer.
    const facts = (p: PackageJson) => reportFacts(p.report, versionsOf(JSON.stringify(p)));
    expect(facts(json)).toMatchObject({ signedOff: true, signer: '张三', status: 'signed-off' });
    const withoutApproval = { ...json, report: { ...json.report, signOff: { ...json.report.signOff, records } } };
    expect(facts(withoutApproval)).toMatchObject({ signedOff: false, signer: '', status: 'draft' });
    expect(facts({ ...json, history: [] })).toMatchObject({ signedOff: false });
  });

  it('refuses to clear secrecy or publish a report file edited after sign-off, or whose signed version is gone', async () => {
    const dir = tempDir();
    const { services, report } = await signedPackage(dir);
    await services.close();
    running.length = 0;
    const file = path.join(dir, 'a', 'reports', `${report.id}.json`);
    const signed = JSON.parse(readFileSync(file, 'utf8')) as Report;
    writeFileSync(file, JSON.stringify({ ...signed, preamble: ['签发后手工改动的一句。'] }));
    const edited = await open(path.join(dir, 'a'));
    const clear = { step: 'clear-secrecy', name: '李四', attribute: 'public' } as const;
    expect(await codeOf(edited.signOff(report.id, clear))).toBe('SIGN_OFF_NOT_BACKED');

    // The text put back, but the signed-off version's file replaced by another text: still refused.
    await edited.close();
    running.length = 0;
    writeFileSync(file, JSON.stringify(signed));
    const v2 = path.join(dir, 'a', 'reports', `${report.id}.history`, 'v0002.json');
    const version = JSON.parse(readFileSync(v2, 'utf8')) as { report: Report };
    writeFileSync(v2, JSON.stringify({ ...version, report: { ...version.report, preamble: ['另一版。'] } }));
    const swapped = await open(path.join(dir, 'a'));
    expect(await codeOf(swapped.signOff(report.id, clear))).toBe('SIGN_OFF_NOT_BACKED');

    // The genuine file back: the steps are taken.
    writeFileSync(v2, JSON.stringify(version));
    await swapped.signOff(report.id, clear);
    expect((await swapped.signOff(report.id, { step: 'publish', name: '李四' })).meta.status).toBe('published');
  });
});
