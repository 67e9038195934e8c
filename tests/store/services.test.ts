import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedPath } from '../unit/seed';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ExportProgress } from '../../core/api';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { createServices, type PdfRenderer, type ServiceOptions, type Services } from '../../electron/services';
import { readPackageFile } from '../../electron/files/input-files';
import { MAX_PACKAGE_BYTES } from '../../electron/formats/package/package-format';
import { codeOf, tempDir } from './helpers';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const gbkOutlinePath = path.join(repoRoot, 'tests/fixtures/outline-gbk.txt');

const running: Services[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

function fakes(dir: string) {
  const calls: string[] = [];
  const progress: ExportProgress[] = [];
  const saveDir = path.join(dir, 'saved');
  mkdirSync(saveDir);
  const exporter = vi.fn<PdfRenderer>(async (_report, options) => {
    options.onProgress?.({ phase: 'layout', done: 1, total: 2 });
    const bytes = new TextEncoder().encode('%PDF-1.7 fake');
    return { bytes, pages: 3, fonts: [{ family: 'FangSong', source: 'system' as const }], missingCharacters: [] };
  });
  /** What the Open dialog answers, per kind (null: cancelled). */
  const chosen: Record<'package' | 'outline', string | null> = { package: null, outline: seedPath };
  const options: ServiceOptions = {
    dataDir: path.join(dir, 'data'),
    chooseOpenPath: vi.fn(async (kind: 'package' | 'outline') => {
      calls.push(`open-dialog ${kind}`);
      return chosen[kind];
    }),
    chooseSavePath: vi.fn(async (kind: 'pdf' | 'package', name: string) => {
      calls.push(`choose ${kind} ${name}`);
      return path.join(saveDir, name);
    }),
    openPath: async (file) => void calls.push(`open ${file}`),
    showInFolder: async (file) => void calls.push(`show ${file}`),
    printPdf: async (file) => void calls.push(`print ${file}`),
    onExportProgress: (p) => void progress.push(p),
    now: () => new Date('2024-02-01T08:00:00Z'),
    renderPdf: exporter,
  };
  return { calls, progress, exporter, options, saveDir, chosen };
}

async function start(options: ServiceOptions): Promise<Services> {
  const services = await createServices(options);
  running.push(services);
  return services;
}

describe('services', () => {
  it('implements every method of the API contract', async () => {
    const services = await start(fakes(tempDir()).options);
    for (const method of API_METHODS) expect(typeof services[method], method).toBe('function');
    expect((await services.listTemplates()).map((t) => t.id)).toContain('department-annual');
  });

  it('creates, opens, saves, duplicates, deletes and restores reports', async () => {
    const services = await start(fakes(tempDir()).options);
    const created = await services.createReport({
      templateId: 'department-annual',
      organisation: ' 某区司法局 ',
      year: 2023,
    });
    expect(created.meta.organisation).toBe('某区司法局');
    expect(created.createdAt).toBe('2024-02-01T08:00:00.000Z');
    const { report, restoredFrom } = await services.openReport(created.id);
    expect(restoredFrom).toBeNull();
    report.preamble = ['前言。'];
    expect(await services.saveReport(report)).toEqual({ updatedAt: '2024-02-01T08:00:00.000Z' });
    expect((await services.openReport(created.id)).report.preamble).toEqual(['前言。']);

    const next = await services.duplicateAsNextYear(created.id);
    expect(next.meta.year).toBe(2024);
    expect((await services.listReports()).map((s) => s.id).sort()).toEqual([created.id, next.id].sort());

    await services.deleteReport(next.id);
    expect((await services.listTrash()).map((t) => t.id)).toEqual([next.id]);
    expect((await services.restoreReport(next.id)).year).toBe(2024);
    expect(await services.listReports()).toHaveLength(2);
  });

  it('refuses sign-off by the one rule: a single error left is refused with its count', async () => {
    const services = await start(fakes(tempDir()).options);
    const seed = (await services.importOutlineFile({}))!.report;
    await services.saveReport({ ...seed, chapters: seed.chapters.map((c, i) => (i === 0 ? { ...c, title: '' } : c)) });
    await services.signOff(seed.id, { step: 'submit', name: '张三' });
    await services.signOff(seed.id, { step: 'review', name: '李四' });
    const refusal = await services.signOff(seed.id, { step: 'approve', name: '王五' }).catch((err: unknown) => err);
    expect(refusal).toMatchObject({ code: 'FINAL_HAS_ERRORS', params: { count: 1 } });
    expect((await services.openReport(seed.id)).report.meta.status).toBe('in-review');
  });

  it('refuses sign-off while validation has errors, allows it once they are fixed; a save never moves the state', async () => {
    const services = await start(fakes(tempDir()).options);
    const empty = await services.createReport({
      templateId: 'department-annual',
      organisation: '某区司法局',
      year: 2023,
    });
    await services.saveReport({ ...empty, meta: { ...empty.meta, status: 'signed-off' } });
    expect((await services.openReport(empty.id)).report.meta.status).toBe('draft');
    await services.signOff(empty.id, { step: 'submit', name: '张三' });
    await services.signOff(empty.id, { step: 'review', name: '李四' });
    expect(await codeOf(services.signOff(empty.id, { step: 'approve', name: '王五' }))).toBe('FINAL_HAS_ERRORS');
    expect((await services.openReport(empty.id)).report.meta.status).toBe('in-review');

    const seed = (await services.importOutlineFile({}))!.report;
    expect((await services.validateReport(seed.id)).filter((f) => f.severity === 'error')).toEqual([]);
    await services.signOff(seed.id, { step: 'submit', name: '张三' });
    await services.signOff(seed.id, { step: 'review', name: '李四' });
    await services.signOff(seed.id, { step: 'approve', name: '王五' });
    expect((await services.openReport(seed.id)).report.meta.status).toBe('signed-off');
  });

  it('exports a PDF through the injected renderer and dialog, then opens, shows and prints it by export id', async () => {
    const dir = tempDir();
    const f = fakes(dir);
    const services = await start(f.options);
    const seed = (await services.importOutlineFile({}))!.report;
    const result = await services.exportPdf(seed.id, {});
    expect(result).toMatchObject({
      fileName: '区统计局2023年法治政府建设情况报告（草稿）.pdf',
      pages: 3,
      fonts: ['FangSong'],
    });
    const [report, options] = f.exporter.mock.calls[0]!;
    expect(report.id).toBe(seed.id);
    const outPath = path.join(f.saveDir, '区统计局2023年法治政府建设情况报告（草稿）.pdf');
    expect(readFileSync(outPath, 'utf8')).toBe('%PDF-1.7 fake');
    expect(options).toMatchObject({ draft: true, language: 'zh-CN' });
    expect(f.progress).toEqual([{ phase: 'layout', done: 1, total: 2 }]);

    await services.openExport(result!.exportId);
    await services.showExportInFolder(result!.exportId);
    await services.printExport(result!.exportId);
    expect(f.calls.slice(-3)).toEqual([`open ${outPath}`, `show ${outPath}`, `print ${outPath}`]);
    // Only ids this session handed out resolve; a path is never accepted.
    expect(await codeOf(services.openExport(outPath))).toBe('NOT_FOUND');

    // A signed-off report prints without the watermark unless asked.
    for (const step of ['submit', 'review', 'approve'] as const)
      await services.signOff(seed.id, { step, name: '张三' });
    await services.exportPdf(seed.id, {});
    expect(f.exporter.mock.calls[1]![1]).toMatchObject({ draft: false });
    await services.exportPdf(seed.id, { draft: true });
    expect(f.exporter.mock.calls[2]![1]).toMatchObject({ draft: true });
  });

  it('exports with the real PDF renderer when none is injected', async () => {
    const f = fakes(tempDir());
    const { renderPdf: _fake, ...withoutExporter } = f.options;
    const services = await start(withoutExporter);
    const seed = (await services.importOutlineFile({}))!.report;
    const result = await services.exportPdf(seed.id, {});
    expect(result!.pages).toBeGreaterThan(1);
    expect(readFileSync(path.join(f.saveDir, result!.fileName)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(f.progress.at(-1)?.phase).toBe('done');
  });

  it('returns null when the save dialog is cancelled, and maps renderer failures to EXPORT_FAILED', async () => {
    const f = fakes(tempDir());
    let cancel = true;
    const services = await start({
      ...f.options,
      chooseSavePath: async (_kind, name) => (cancel ? null : path.join(f.saveDir, name)),
      renderPdf: async () => {
        throw new Error('font table broken');
      },
    });
    const r = await services.createReport({ templateId: 'department-annual', organisation: '某区司法局', year: 2023 });
    expect(await services.exportPdf(r.id, {})).toBeNull();
    expect(await services.exportPackage(r.id)).toBeNull();
    cancel = false;
    const failed = (await services.exportPdf(r.id, {}).catch((err: unknown) => err)) as AppError;
    expect(failed.code).toBe('EXPORT_FAILED');
    // The renderer's own words go to the log (the cause), not into the user's sentence.
    expect((failed.cause as Error).message).toBe('font table broken');
    expect(errorMessage('en', failed)).not.toContain('font table');
  });

  it('exports a package to the chosen file; importing it back asks, then replaces or keeps both', async () => {
    const f = fakes(tempDir());
    const services = await start(f.options);
    const r = await services.createReport({ templateId: 'department-annual', organisation: '某区司法局', year: 2023 });
    const saved = await services.exportPackage(r.id);
    expect(saved!.fileName).toBe('某区司法局2023年法治政府建设情况报告.rldpkg');
    const file = path.join(f.saveDir, saved!.fileName);
    const envelope = JSON.parse(readFileSync(file, 'utf8'));
    expect(envelope).toMatchObject({ format: 'report-desk-package', formatVersion: 1, report: { id: r.id } });
    f.chosen.package = file;
    const asked = await services.importPackageFile().catch((err: unknown) => err as AppError);
    expect(f.calls.at(-1)).toBe('open-dialog package');
    expect(asked).toMatchObject({
      code: 'PACKAGE_ALREADY_IMPORTED',
      params: { title: r.meta.organisation + '2023年法治政府建设情况报告' },
    });
    expect(await services.listReports()).toHaveLength(1);
    // The answer comes without a second Open dialog.
    const { report: kept } = await services.resolvePackageImport(
      String((asked as AppError).params.importId),
      'keep-both',
    );
    expect(f.calls.filter((c) => c === 'open-dialog package')).toHaveLength(1);
    expect(kept.id).not.toBe(r.id);
    expect(await services.listReports()).toHaveLength(2);
    const { report: replaced } = await services.importPackageFromFile(file, 'replace');
    expect(replaced.id).toBe(r.id);
    expect(await services.listReports()).toHaveLength(2);
    const notJson = path.join(f.saveDir, 'not-json.rldpkg');
    writeFileSync(notJson, 'not json');
    expect(await codeOf(services.importPackageFromFile(notJson))).toBe('INPUT_NOT_A_PACKAGE');
    const cutShort = path.join(f.saveDir, 'cut-short.rldpkg');
    writeFileSync(cutShort, readFileSync(file, 'utf8').slice(0, 200));
    expect(await codeOf(services.importPackageFromFile(cutShort))).toBe('PACKAGE_NOT_JSON');
  });

  it('imports nothing when the Open dialog is cancelled', async () => {
    const f = fakes(tempDir());
    const services = await start(f.options);
    f.chosen.outline = null;
    expect(await services.importOutlineFile({ organisation: '某局' })).toBeNull();
    expect(await services.importPackageFile()).toBeNull();
    expect(f.calls).toEqual(['open-dialog outline', 'open-dialog package']);
    expect(await services.listReports()).toEqual([]);
  });

  it('imports an outline file saved as GBK, with the given organisation and year winning', async () => {
    const f = fakes(tempDir());
    const services = await start(f.options);
    f.chosen.outline = gbkOutlinePath;
    const { report, notices } = (await services.importOutlineFile({}))!;
    expect(notices).toEqual([]);
    expect(report.meta).toMatchObject({ organisation: '某区司法局', year: 2023 });
    expect(report.chapters[0]!.title).toBe('主要工作开展情况');
    const given = await services.importOutlineFromFile(gbkOutlinePath, { organisation: '某县司法局', year: 2024 });
    expect(given.report.meta).toMatchObject({ organisation: '某县司法局', year: 2024 });
    expect((await services.listReports()).map((r) => r.organisation).sort()).toEqual(['某区司法局', '某县司法局']);
  });

  it('imports a report pasted as text into the store, read as an outline file is', async () => {
    const services = await start(fakes(tempDir()).options);
    const pasted =
      '某区司法局关于2025年法治政府建设情况的报告\n一、主要工作\n1.组织学法\n2.开展培训\n二、存在问题\n宣传不够。';
    const { report } = await services.importOutlineText(pasted);
    expect(report.meta).toMatchObject({ organisation: '某区司法局', year: 2025 });
    expect(report.chapters.map((c) => c.items.length)).toEqual([2, 0]);
    expect((await services.listReports()).map((r) => r.id)).toEqual([report.id]);
  });

  it('keeps settings in settings.json across restarts, with defaults for a missing or damaged file', async () => {
    const f = fakes(tempDir());
    let services = await start(f.options);
    expect(await services.getSettings()).toEqual({ uiLanguage: 'zh-CN' });
    expect(await services.setSettings({ uiLanguage: 'en' })).toEqual({ uiLanguage: 'en' });
    await services.close();
    running.pop();
    services = await start(f.options);
    expect(await services.getSettings()).toEqual({ uiLanguage: 'en' });
    writeFileSync(path.join(f.options.dataDir, 'settings.json'), '{"uiLanguage":');
    expect(await services.getSettings()).toEqual({ uiLanguage: 'zh-CN' });
  });

  it('keeps both of two settings patched at once (the UI language and the report language)', async () => {
    const services = await start(fakes(tempDir()).options);
    await Promise.all([
      services.setSettings({ uiLanguage: 'en' }),
      services.setSettings({ reportLanguage: 'zh-CN' }),
      services.setSettings({ signOffNames: { drafter: '张三' } }),
    ]);
    expect(await services.getSettings()).toEqual({
      uiLanguage: 'en',
      reportLanguage: 'zh-CN',
      signOffNames: { drafter: '张三' },
    });
  });

  it('holds the data folder: a second instance is refused until the first closes', async () => {
    const f = fakes(tempDir());
    const first = await createServices(f.options);
    expect(await codeOf(createServices(f.options))).toBe('DATA_FOLDER_LOCKED');
    await first.close();
    expect(existsSync(path.join(f.options.dataDir, 'report-desk.lock'))).toBe(false);
    await start(f.options);
  });

  it('lists the report files it cannot open, for the home screen to show', async () => {
    const f = fakes(tempDir());
    let services = await start(f.options);
    const r = await services.createReport({ templateId: 'department-annual', organisation: '某区司法局', year: 2023 });
    expect(await services.listProblems()).toEqual([]);
    await services.close();
    running.pop();
    const file = path.join(f.options.dataDir, 'reports', `${r.id}.json`);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 99 }));
    services = await start(f.options);
    expect(await services.listReports()).toEqual([]);
    expect(await services.listProblems()).toEqual([{ id: r.id, code: 'SCHEMA_TOO_NEW', params: { version: 99 } }]);
  });

  it('tells of a report restored from a backup, in the list and on opening, until acknowledged', async () => {
    const f = fakes(tempDir());
    let services = await start(f.options);
    const r = await services.createReport({ templateId: 'department-annual', organisation: '某区司法局', year: 2023 });
    await services.close();
    running.pop();
    writeFileSync(path.join(f.options.dataDir, 'reports', `${r.id}.json`), '{"damaged');
    services = await start(f.options);
    const [listed] = await services.listReports();
    expect(listed!.restoredFrom).toEqual(expect.any(String));
    expect((await services.openReport(r.id)).restoredFrom).toBe(listed!.restoredFrom);
    await services.acknowledgeRestore(r.id);
    expect((await services.openReport(r.id)).restoredFrom).toBeNull();
    expect((await services.listReports())[0]!.restoredFrom).toBeUndefined();
  });

  it('reads a package file for the dialog, the shell and the CLI alike: size checked first, errors naming the file', async () => {
    const dir = tempDir();
    await expect(readPackageFile(path.join(dir, 'missing.rldpkg'))).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      params: { file: path.join(dir, 'missing.rldpkg') },
    });
    const huge = path.join(dir, 'huge.rldpkg');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_PACKAGE_BYTES + 1);
    await expect(readPackageFile(huge)).rejects.toMatchObject({
      code: 'PACKAGE_TOO_LARGE',
      params: { size: '20.0 MB' },
    });
    const services = await start(fakes(dir).options);
    await expect(services.importPackageFromFile(huge)).rejects.toMatchObject({ code: 'PACKAGE_TOO_LARGE' });
    // Bytes uploaded without a file (the bridge) are held to the same limits.
    const tooMany = new Uint8Array(MAX_PACKAGE_BYTES + 1);
    await expect(services.importPackageBytes(tooMany)).rejects.toMatchObject({ code: 'PACKAGE_TOO_LARGE' });
    await expect(services.importOutlineBytes(tooMany, {})).rejects.toMatchObject({ code: 'OUTLINE_TOO_LARGE' });
    expect(await services.listReports()).toEqual([]);
  });
});
