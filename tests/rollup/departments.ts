// A district's inbox, generated: departments' report packages and report texts as the roll-up receives
// them, with the awkward cases an office meets (duplicates, damaged and hostile files, indicators only some
// departments keep, a part greater than its whole) and the facts the roll-up must find in them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import type { ReviewNote, StoredVersion } from '../../core/version-types';
import { importOutline } from '../../core/outline-import';
import { createReportFromTemplate } from '../../core/templates';
import { renderText } from '../../core/text-render';
import { encodePackage } from '../../electron/formats/package/package-format';

export const YEAR = 2024;
const DISTRICTS = ['统计局', '司法局', '财政局', '教育局', '民政局', '商务局', '水务局', '审计局', '科技局', '文旅局'];

export const unitName = (i: number) => `第${i + 1}区${DISTRICTS[i % DISTRICTS.length]}`;

/** A complete report of one department: every chapter written, indicators filled, dated within the deadline. */
export function departmentReport(
  i: number,
  overrides: { year?: number; now?: string; organisation?: string } = {},
): Report {
  const year = overrides.year ?? YEAR;
  const organisation = overrides.organisation ?? unitName(i);
  // Every department keeps the same five figures here (the statistics set), and some one more (below).
  const report = createReportFromTemplate('department-annual', {
    organisation,
    year,
    now: overrides.now,
    indicatorPreset: 'statistics',
  });
  report.preamble = [`${organisation}坚持以习近平法治思想为指导，现将有关情况报告如下：`];
  for (const chapter of report.chapters) {
    chapter.paragraphs = [`${organisation}${chapter.title}方面，由于基础薄弱，原因在于人员不足，我们持续推进。`];
    for (const section of chapter.sections) section.paragraphs = [`${section.heading}组织学习${i % 7}次。`];
  }
  report.meta.date = `${year + 1}-02-${String(1 + (i % 28)).padStart(2, '0')}`;
  const values = [1 + (i % 5), 10 + i, 100 + i, 10 + (i % 9), 2 + (i % 3)];
  report.indicators.forEach((indicator, k) => (indicator.value = values[k] ?? 0));
  return report;
}

export const signOff = (report: Report, signer: string): Report => {
  report.meta.status = 'signed-off';
  report.signOff.records.push({
    step: 'approve',
    name: signer,
    at: report.updatedAt,
    opinion: '',
    version: 1,
    fingerprint: '',
    attribute: null,
  });
  return report;
};

/**
 * A signed-off report's history as the app writes it, so that its state is backed (isBackedSignOff): the
 * approval and version 1 carry the fingerprint of the content as packed (figures may change after signOff()).
 */
export function signedHistory(report: Report): StoredVersion[] {
  const approval = report.signOff.records.find((r) => r.step === 'approve');
  if (report.meta.status !== 'signed-off' || !approval) return [];
  approval.fingerprint = fingerprint(report);
  const { at: createdAt, name: by } = approval;
  const summary = {
    number: 1,
    createdAt,
    kind: 'signed-off',
    state: 'signed-off',
    by,
    note: '',
    reviewNotes: [] as ReviewNote[],
  } as const;
  return [{ format: 'report-desk-version', formatVersion: 1, ...summary, fingerprint: approval.fingerprint, report }];
}

export interface Inbox {
  dir: string;
  expectedFile: string;
  /** Units with a report used in the roll-up. */
  reported: string[];
  /** The expected list's spelling of the units with no report. */
  missing: string[];
  /** File names that must be refused (damaged, foreign, hostile). */
  refused: string[];
  /** [file not used, file used, why not] for each duplicate. */
  duplicates: [string, string, RegExp][];
  /** The sum of each template indicator over the reports used, by key. */
  totals: Record<string, number>;
  /** Units reporting the extra indicator 行政复议案件 (no key) and its sum. */
  reviewCases: { units: string[]; total: number };
  /** The unit whose self-corrected count exceeds the enterprises checked. */
  partExceedsWhole: string;
  /** A unit whose report is a .txt file. */
  textUnit: string;
}

/**
 * Writes `count` departments (at least 50 for the tests): packages, some as .txt, duplicates, an expected list
 * naming three more units (one in full-width form) and the damaged files.
 */
export function writeInbox(dir: string, count: number): Inbox {
  mkdirSync(path.join(dir, '收件', '第二批'), { recursive: true });
  const totals: Record<string, number> = {};
  const reported: string[] = [];
  const reviewCases = { units: [] as string[], total: 0 };
  const add = (report: Report) => {
    for (const ind of report.indicators)
      if (ind.key && ind.value !== null) totals[ind.key] = (totals[ind.key] ?? 0) + ind.value;
  };
  const pkg = (file: string, report: Report) =>
    writeFileSync(
      path.join(dir, file),
      encodePackage(report, `${YEAR + 1}-02-20T08:00:00.000Z`, signedHistory(report)),
    );

  let textUnit = '';
  for (let i = 0; i < count; i++) {
    const report = departmentReport(i);
    if (i % 3 === 0) signOff(report, `局长${i}`);
    if (i % 4 === 1) {
      report.indicators.push({
        id: `extra-${i}`,
        label: '行政复议案件',
        unit: '件',
        kind: 'count',
        value: i,
        notApplicable: false,
      });
      reviewCases.units.push(unitName(i));
      reviewCases.total += i;
    }
    if (i === 5) report.indicators[3]!.value = report.indicators[2]!.value! + 50;
    if (i === 7) report.indicators[4]!.value = null;
    const sub = i % 2 ? path.join('收件', '第二批') : '收件';
    if (i % 10 === 4) {
      // A department without the app: the report's text, as UTF-16 from Notepad (its figures come from the text),
      // with the vertical tab a manual line break pasted from Word leaves: text all the same, as the Word import
      // reads it.
      const text = renderText(report).replace('。', '。\v');
      writeFileSync(path.join(dir, sub, `${unitName(i)}.txt`), Buffer.from('\ufeff' + text, 'utf16le'));
      add(importOutline(text));
      if (!textUnit) textUnit = unitName(i);
    } else {
      pkg(path.join(sub, `${unitName(i)}.rldpkg`), report);
      add(report);
    }
    reported.push(unitName(i));
  }

  // Duplicates (same figures as the originals, so the totals hold whichever is used). Unit 1 (signed off,
  // changed now): an older signed-off copy and a newer draft are not used. Unit 3 (a draft in the inbox): an
  // older but signed-off copy is used instead.
  const first = path.join('收件', `${unitName(0)}.rldpkg`);
  pkg('第1区统计局-旧定稿.rldpkg', signOff(departmentReport(0, { now: '2025-02-01T00:00:00.000Z' }), '局长0'));
  pkg('第1区统计局-新草稿.rldpkg', departmentReport(0, { now: '2099-03-01T00:00:00.000Z' }));
  pkg('第3区财政局-定稿.rldpkg', signOff(departmentReport(2, { now: '2025-01-01T00:00:00.000Z' }), '局长2'));
  const duplicates: [string, string, RegExp][] = [
    ['第1区统计局-旧定稿.rldpkg', first, /^未采用：此份签发于 2025-02-0[12] \d\d:\d\d，已采用签发较晚（.*）的/],
    ['第1区统计局-新草稿.rldpkg', first, /^未采用：此份未签发（没有签发记录），已采用已签发的/],
    [path.join('收件', `${unitName(2)}.rldpkg`), '第3区财政局-定稿.rldpkg', /^未采用：此份未签发/],
  ];
  // A last year's report: not this roll-up's year.
  pkg('上年度.rldpkg', departmentReport(1, { year: YEAR - 1 }));

  const refused = [
    '截断.rldpkg',
    '不是JSON.rldpkg',
    '别的程序.json',
    '原型污染.rldpkg',
    '巨大.rldpkg',
    '压缩炸弹.rldpkg',
    '文件夹.rldpkg',
    '断开的链接.rldpkg',
    '图片.txt',
    '管道.rldpkg',
  ];
  const whole = encodePackage(departmentReport(0), '2025-01-01T00:00:00.000Z');
  writeFileSync(path.join(dir, '截断.rldpkg'), whole.slice(0, whole.length / 2));
  writeFileSync(path.join(dir, '不是JSON.rldpkg'), '{这不是 JSON');
  writeFileSync(path.join(dir, '别的程序.json'), JSON.stringify({ name: 'foreign', version: 3, items: [1, 2] }));
  writeFileSync(
    path.join(dir, '原型污染.rldpkg'),
    whole.replace('"format":', '"__proto__":{"polluted":true},"format":'),
  );
  writeFileSync(path.join(dir, '巨大.rldpkg'), '');
  truncateSync(path.join(dir, '巨大.rldpkg'), 64 * 1024 * 1024);
  // A zip that would expand enormously: recognised by its signature, never expanded.
  writeFileSync(
    path.join(dir, '压缩炸弹.rldpkg'),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(4096)]),
  );
  mkdirSync(path.join(dir, '文件夹.rldpkg'));
  symlinkSync(path.join(dir, '不存在的文件'), path.join(dir, '断开的链接.rldpkg'));
  // A named pipe: reading it would wait for ever.
  execFileSync('mkfifo', [path.join(dir, '管道.rldpkg')]);
  writeFileSync(path.join(dir, '图片.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));

  const missing = ['第99区统计局', '第100区　司法局', '（区）ＡＢＣ办'];
  const expectedFile = path.join(dir, '..', 'expected-units.txt');
  // The list names reported units in another width and spacing too: they still match.
  const listed = reported.map((u, i) => (i % 5 === 0 ? u.replace('区', ' 区 ') : u.normalize('NFKC')));
  writeFileSync(expectedFile, ['# 应报单位', ...listed, '', ...missing].join('\n'));
  return {
    dir,
    expectedFile,
    reported,
    missing,
    refused,
    duplicates,
    totals,
    reviewCases,
    partExceedsWhole: unitName(5),
    textUnit,
  };
}
