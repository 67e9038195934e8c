// The version history through the services: durable files beside the report, a damaged one reported without
// breaking the report, versions in packages, revised texts with their diff, and the lock on signed-off reports.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { fingerprint } from '../../core/fingerprint';
import { IMPORT_LIMITS } from '../../core/import-limits';
import { renderText } from '../../core/text-render';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';
import { decodeVersion } from '../../electron/store/version-file';
import { codeOf, tempDir } from './helpers';
import { seedPath } from '../unit/seed';

const running: Services[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

async function open(dataDir: string, saveAs?: string): Promise<Services> {
  const services = await headlessServices(dataDir, { chooseSavePath: async () => saveAs ?? null });
  running.push(services);
  return services;
}

const upload = (text: string, fileName = 'revision.txt') => ({
  fileName,
  data: Buffer.from(text, 'utf8').toString('base64'),
});

async function seeded(dir: string) {
  const services = await open(path.join(dir, 'data'));
  const { report } = await services.importOutlineFromFile(seedPath, {});
  const historyDir = path.join(dir, 'data', 'reports', `${report.id}.history`);
  return { services, report, historyDir };
}

describe('version history', () => {
  it('writes each version once as a whole file beside the report, and numbers them in order', async () => {
    const { services, report, historyDir } = await seeded(tempDir());
    await services.signOff(report.id, { step: 'submit', name: '张三' });
    const saved = await services.saveVersion(report.id, ' 核稿前 ');
    expect(saved).toMatchObject({ number: 2, kind: 'saved', note: '核稿前', state: 'in-review' });
    expect(readdirSync(historyDir).sort()).toEqual(['v0001.json', 'v0002.json']);
    const first = decodeVersion(readFileSync(path.join(historyDir, 'v0001.json'), 'utf8'), 1);
    expect(first).toMatchObject({
      kind: 'submitted',
      by: '张三',
      state: 'in-review',
      fingerprint: fingerprint(report),
    });
    const { versions, problems } = await services.listVersions(report.id);
    expect(versions.map((v) => [v.number, v.kind])).toEqual([
      [1, 'submitted'],
      [2, 'saved'],
    ]);
    expect(problems).toEqual([]);
    const opened = await services.openVersion(report.id, 1);
    expect(renderText(opened.report)).toBe(renderText(report));
    expect(await codeOf(services.openVersion(report.id, 9))).toBe('VERSION_NOT_FOUND');
  });

  it('reports a damaged version file by number, keeps listing the rest, and still opens the report', async () => {
    const { services, report, historyDir } = await seeded(tempDir());
    await services.saveVersion(report.id, 'a');
    await services.saveVersion(report.id, 'b');
    writeFileSync(path.join(historyDir, 'v0001.json'), '{"format":"report-desk-version","number":1,"rep');
    const { versions, problems } = await services.listVersions(report.id);
    expect(versions.map((v) => v.number)).toEqual([2]);
    expect(problems).toEqual([{ number: 1, code: 'VERSION_DAMAGED', params: { version: 1 } }]);
    expect(await codeOf(services.openVersion(report.id, 1))).toBe('VERSION_DAMAGED');
    expect((await services.openReport(report.id)).report.id).toBe(report.id);
    // A damaged file keeps its number: the next version never overwrites it.
    expect((await services.saveVersion(report.id, 'c')).number).toBe(3);
  });

  it('carries the history in packages; a package with a bad history is refused whole', async () => {
    const dir = tempDir();
    const pkg = path.join(dir, 'report.rldpkg');
    const services = await open(path.join(dir, 'a'), pkg);
    const { report } = await services.importOutlineFromFile(seedPath, {});
    for (const step of ['submit', 'review', 'approve'] as const)
      await services.signOff(report.id, { step, name: '张三' });
    await services.exportPackage(report.id);

    const other = await open(path.join(dir, 'b'));
    const { report: imported } = await other.importPackageFromFile(pkg);
    expect(imported.meta.status).toBe('signed-off');
    expect(imported.signOff.records.map((r) => r.step)).toEqual(['submit', 'review', 'approve']);
    const { versions } = await other.listVersions(imported.id);
    expect(versions.map((v) => [v.number, v.kind])).toEqual([
      [1, 'submitted'],
      [2, 'signed-off'],
    ]);
    expect((await other.openVersion(imported.id, 2)).report.id).toBe(imported.id);

    // The same package again: the user is asked, and keeping both brings the history along too.
    const asked = await other.importPackageFromFile(pkg).catch((err: unknown) => err);
    expect(asked).toMatchObject({ code: 'PACKAGE_ALREADY_IMPORTED' });
    const { report: both } = await other.resolvePackageImport(String((asked as AppError).params.importId), 'keep-both');
    expect(both.id).not.toBe(imported.id);
    expect((await other.listVersions(both.id)).versions.map((v) => v.number)).toEqual([1, 2]);

    const text = JSON.parse(readFileSync(pkg, 'utf8')) as { history: { number: number }[] };
    text.history[1]!.number = 1;
    writeFileSync(pkg, JSON.stringify(text));
    expect(await codeOf(other.importPackageFromFile(pkg))).toBe('PACKAGE_INVALID');
    expect(await other.listReports()).toHaveLength(2);
  });
});

describe('revised texts and the signed-off lock', () => {
  it('reads a revision uploaded by the page as its bytes, held to the size limit of a file', async () => {
    const { services, report } = await seeded(tempDir());
    const revised = renderText(report).replace('坚持', '始终坚持');
    const preview = await services.previewRevision(report.id, upload(revised, '修改稿.txt'));
    expect([preview.fileName, preview.diff.changed]).toEqual(['修改稿.txt', 1]);
    const oversized = { fileName: 'big.txt', data: Buffer.alloc(IMPORT_LIMITS.outline + 1, 0x41).toString('base64') };
    expect(await codeOf(services.previewRevision(report.id, oversized))).toBe('OUTLINE_TOO_LARGE');
  });

  it('shows the diff against the version sent out, then takes the revision as a new draft version', async () => {
    const { services, report } = await seeded(tempDir());
    await services.signOff(report.id, { step: 'submit', name: '张三' });
    const revisedText = renderText(report).replace('坚持', '始终坚持');
    const preview = await services.previewRevision(report.id, upload(revisedText));
    expect(preview.base).toBe(1);
    expect(preview.diff.changed).toBe(1);
    const parts = preview.diff.chapters.flatMap((c) => c.changes).find((c) => c.kind === 'changed')!.parts;
    expect(parts).toContainEqual({ kind: 'added', text: '始终' });
    // Nothing changes before it is accepted.
    expect(renderText((await services.openReport(report.id)).report)).toBe(renderText(report));

    // Who accepts it is required and recorded on the version.
    expect(await codeOf(services.acceptRevision(report.id, preview.token, ' '))).toBe('SIGN_OFF_NAME_REQUIRED');
    const accepted = await services.acceptRevision(report.id, preview.token, ' 王五 ');
    expect(renderText(accepted)).toBe(revisedText);
    expect(accepted.meta).toEqual({ ...report.meta, status: 'in-review' });
    expect(accepted.indicators).toEqual(report.indicators);
    expect(accepted.signOff.records.map((r) => r.step)).toEqual(['submit']);
    expect((await services.listVersions(report.id)).versions.map((v) => [v.kind, v.by])).toEqual([
      ['submitted', '张三'],
      ['revision', '王五'],
    ]);
    expect(await codeOf(services.acceptRevision(report.id, preview.token, '王五'))).toBe('REVISION_EXPIRED');

    // The revision is not what was reviewed: sign-off waits for a new review.
    await services.signOff(report.id, { step: 'review', name: '李四' });
    const stale = await services.previewRevision(report.id, upload(revisedText.replace('始终', '一贯')));
    const edited = (await services.openReport(report.id)).report;
    await services.saveReport({ ...edited, preamble: [...edited.preamble, '又改了一句。'] });
    expect(await codeOf(services.acceptRevision(report.id, stale.token, '王五'))).toBe('REVISION_EXPIRED');
    expect(await codeOf(services.signOff(report.id, { step: 'approve', name: '王五' }))).toBe(
      'SIGN_OFF_CHANGED_SINCE_REVIEW',
    );
  });

  it('merges a revision with the draft edited since sending, and refuses a conflict until a side is named', async () => {
    const { services, report } = await seeded(tempDir());
    await services.signOff(report.id, { step: 'submit', name: '张三' });
    const sent = renderText(report);
    // The clerk edits chapter 三 after sending; the leader's file changes only 1次 → 2次 in chapter 一.
    const draft = (await services.openReport(report.id)).report;
    const plan = draft.chapters[2]!;
    await services.saveReport({
      ...draft,
      chapters: [
        ...draft.chapters.slice(0, 2),
        { ...plan, paragraphs: [...plan.paragraphs, '明年再开展一次普法宣传。'] },
      ],
    });
    const preview = await services.previewRevision(report.id, upload(sent.replace('排查工作1次', '排查工作2次')));
    expect(preview.draftEdits).toEqual({ count: 1, chapters: ['三、下一步工作计划'] });
    expect(preview.conflicts).toEqual([]);
    const merged = renderText(await services.acceptRevision(report.id, preview.token, '王五'));
    expect(merged).toContain('排查工作2次');
    expect(merged).toContain('明年再开展一次普法宣传。');

    // The leader's second file says 5次 where the draft now says 2次: refused until a side is named.
    const clash = await services.previewRevision(report.id, upload(sent.replace('排查工作1次', '排查工作5次')));
    expect(clash.conflicts).toHaveLength(1);
    expect(clash.conflicts[0]!.place).toEqual({
      chapter: '主要工作开展情况',
      section: expect.any(String),
      item: 3,
      subItem: null,
    });
    expect(await codeOf(services.acceptRevision(report.id, clash.token, '王五'))).toBe('REVISION_CONFLICTS');
    expect(renderText((await services.openReport(report.id)).report)).toBe(merged);
    const taken = renderText(await services.acceptRevision(report.id, clash.token, '王五', { conflicts: ['theirs'] }));
    expect(taken).toContain('排查工作5次');
    expect(taken).toContain('明年再开展一次普法宣传。');
  });

  it('refuses edits and revisions of a signed-off report until it is reopened, keeping the old signature', async () => {
    const { services, report } = await seeded(tempDir());
    for (const step of ['submit', 'review', 'approve'] as const)
      await services.signOff(report.id, { step, name: '张三' });
    const signed = (await services.openReport(report.id)).report;
    expect(await codeOf(services.saveReport({ ...signed, preamble: ['改一句。'] }))).toBe('REPORT_SIGNED_OFF');
    expect(await codeOf(services.previewRevision(report.id, upload(renderText(signed))))).toBe('REPORT_SIGNED_OFF');
    // Saving what is there (a late autosave of the same text) is harmless.
    await services.saveReport(signed);
    expect((await services.openReport(report.id)).report.meta.status).toBe('signed-off');

    const reopened = await services.signOff(report.id, { step: 'reopen', name: '王五', opinion: '补充数据' });
    expect(reopened.meta.status).toBe('draft');
    expect(reopened.signOff.records.map((r) => r.step)).toEqual(['submit', 'review', 'approve', 'reopen']);
    await services.saveReport({ ...reopened, preamble: ['改一句。'] });
    expect((await services.openReport(report.id)).report.preamble).toEqual(['改一句。']);
  });

  it('exports the approval slip through the Save dialog', async () => {
    const dir = tempDir();
    const slip = path.join(dir, 'slip.pdf');
    const services = await open(path.join(dir, 'data'), slip);
    const { report } = await services.importOutlineFromFile(seedPath, {});
    const result = await services.exportSlip(report.id);
    expect(result).toMatchObject({ fileName: 'slip.pdf', pages: 1, missingCharacters: [] });
    expect(readFileSync(slip).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(slip)).toBe(true);
  });
});
