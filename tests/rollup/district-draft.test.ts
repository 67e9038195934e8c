// The district's draft made by `report-desk rollup … --draft <unit> --data-dir D` and by the 汇总 page's API call,
// from three departments' packages written by hand (tests/rollup/draft-departments.ts) and a report of another
// year that the roll-up does not use; then the draft taken through what any report goes through: the checks, the
// .docx export and its import back, and next year's report started from it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { runCli } from '../../electron/cli/run';
import { encodePackage } from '../../electron/formats/package/package-format';
import { importReportBytes } from '../../electron/formats/word/read-report-document';
import { createServices, type Services } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import { reportContent } from '../round-trip/same-report';
import { draftSources, YEAR } from './draft-departments';

let root: string;
let inbox: string;
let services: Services;
let stdout: string[];
let draft: Report;
const DISTRICT = '某区人民政府';
const docxFile = () => path.join(root, 'draft.docx');

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-district-draft-'));
  inbox = path.join(root, 'inbox');
  mkdirSync(inbox);
  for (const { unit, report } of draftSources())
    writeFileSync(path.join(inbox, `${unit}.rldpkg`), encodePackage(report, '2025-02-20T08:00:00.000Z'));
  // Last year's report of the justice bureau, with figures that would show in the sums if it were used.
  const [old] = draftSources();
  old!.report.meta.year = YEAR - 1;
  old!.report.indicators.forEach((i) => (i.value = 1000));
  writeFileSync(path.join(inbox, '区司法局-上年度.rldpkg'), encodePackage(old!.report, '2024-02-20T08:00:00.000Z'));

  stdout = [];
  const code = await runCli(
    [
      'rollup',
      inbox,
      '--xlsx',
      path.join(root, '汇总.xlsx'),
      '--year',
      String(YEAR),
      '--draft',
      DISTRICT,
      '--data-dir',
      path.join(root, 'data'),
    ],
    { out: (t) => stdout.push(t), err: () => undefined, env: {} },
  );
  expect(code).toBe(0);
  services = await createServices({
    dataDir: path.join(root, 'data'),
    chooseSavePath: async (kind) => (kind === 'docx' ? docxFile() : null),
    chooseOpenPath: async (kind) => (kind === 'folder' ? inbox : null),
    openPath: async () => undefined,
    showInFolder: async () => undefined,
    printPdf: async () => undefined,
    onExportProgress: () => undefined,
  });
  const [listed] = await services.listReports();
  draft = (await services.openReport(listed!.id)).report;
}, 60_000);

afterAll(async () => {
  await services.close();
  rmSync(root, { recursive: true, force: true });
});

const chapter = (report: Report, key: string) => report.chapters.find((c) => c.key === key)!;

describe('rollup --draft', () => {
  it('puts the district’s draft into the data folder and names it with its id', async () => {
    expect(await services.listReports()).toHaveLength(1);
    expect(stdout.at(-1)).toBe(
      `已在数据目录中起草本级报告：某区人民政府2024年法治政府建设情况报告（编号 ${draft.id}）`,
    );
    expect(draft.meta).toMatchObject({ organisation: DISTRICT, year: YEAR, status: 'draft' });
  });

  it('sums this year’s reports only, with their coverage, and quotes the departments by theme', () => {
    expect(draft.indicators.map((i) => [i.label, i.value])).toEqual([
      ['法律专题学习会议', 12],
      ['合法性审查文件', 12],
      ['法治培训', 3],
      ['行政复议案件', null],
    ]);
    expect(chapter(draft, 'measures').paragraphs[0]).toContain('法律专题学习会议12次（3个单位中3个单位报送）');
    expect(chapter(draft, 'shortcomings').paragraphs).toEqual([
      '区司法局：执法人员数量不足，原因是编制有限。',
      '区统计局：统计法治人才不足。',
    ]);
    expect(chapter(draft, 'plans').paragraphs).toEqual(['区司法局：深化法治宣传。', '区统计局：深入推进统计执法。']);
  });
});

describe('the draft is an ordinary report', () => {
  it('is checked: the required item no department wrote about is pointed out', async () => {
    const findings = await services.validateReport(draft.id);
    const firstResponsible = draft.chapters.findIndex((c) => c.key === 'first-responsible');
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path])).toEqual([
      ['CHAPTER_EMPTY', ['chapters', firstResponsible]],
    ]);
  });

  it('goes to Word and comes back the same report', async () => {
    const saved = await services.exportDocx(draft.id, {});
    expect(saved?.fileName).toBe('draft.docx');
    const { report: back } = await importReportBytes(readFileSync(docxFile()), { now: '2026-01-05T08:00:00.000Z' });
    expect(reportContent(back, 'docx')).toEqual(reportContent(draft, 'docx'));
  });

  it('starts next year’s report, its plans the departments’ plans to check off', async () => {
    const next = await services.duplicateAsNextYear(draft.id);
    expect(next.meta.year).toBe(YEAR + 1);
    expect(next.previous).toEqual({ id: draft.id, year: YEAR });
    expect(next.indicators.map((i) => [i.label, i.previousValue])).toEqual([
      ['法律专题学习会议', 12],
      ['合法性审查文件', 12],
      ['法治培训', 3],
      ['行政复议案件', null],
    ]);
    expect(next.plans?.map((p) => p.text)).toEqual(['区司法局：深化法治宣传。', '区统计局：深入推进统计执法。']);
  });
});

describe('the 汇总 page’s draft (through the typed API)', () => {
  it('drafts from the finished roll-up with the unit and year given, into the data folder', async () => {
    const started = await dispatch(services, 'startRollup', [{ year: YEAR }]);
    if (!started.ok) throw new Error(started.error.code);
    const { jobId } = started.value as { jobId: string };
    // The draft waits for the roll-up to finish, as the workbook's export does.
    const made = await dispatch(services, 'createDistrictDraft', [jobId, { organisation: ' 某区司法局 ', year: YEAR }]);
    if (!made.ok) throw new Error(made.error.code);
    const report = made.value as Report;
    expect(report.meta).toMatchObject({ organisation: '某区司法局', year: YEAR });
    expect((await services.openReport(report.id)).report.indicators[0]!.value).toBe(12);
    const none = await dispatch(services, 'createDistrictDraft', [jobId, { organisation: '某区', year: YEAR - 1 }]);
    expect(none).toEqual({ ok: false, error: { code: 'DRAFT_NO_REPORTS', params: { year: YEAR - 1 } } });
  });
});
