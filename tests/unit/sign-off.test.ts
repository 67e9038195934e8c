// The sign-off trail's pure core: every step and every refusal, the fingerprint, the version diff and the
// revised text merged into a report.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { canonicalContent, fingerprint, sha256Hex, shortCode } from '../../core/fingerprint';
import { reportSchema, type Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { printsAsDraft } from '../../core/report-ops';
import { applyRevision } from '../../core/revision';
import {
  applyStep,
  approver,
  currentRound,
  printStamp,
  publicationAttribute,
  reportState,
  signOffRecords,
  signOffRefusal,
  type StepRequest,
} from '../../core/sign-off';
import { validateReport } from '../../core/validation';
import { renderText } from '../../core/text-render';
import { diffReports, markedText } from '../../core/version-diff';
import { nodeSha256 } from '../../electron/services/native-hash';
import { readSeed } from './seed';

const seed = (): Report => importOutline(readSeed(), { now: '2024-01-01T00:00:00.000Z' });

function step(report: Report, request: Partial<StepRequest> & Pick<StepRequest, 'step'>): Report {
  return applyStep(report, {
    name: '张三',
    at: '2024-02-01T08:00:00.000Z',
    today: '2024-02-01',
    nextVersion: 1,
    ...request,
  }).report;
}

function refusal(report: Report, request: Partial<StepRequest> & Pick<StepRequest, 'step'>): string {
  try {
    step(report, request);
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'taken';
}

const edited = (report: Report): Report => ({ ...report, preamble: [...report.preamble, '新增的一段。'] });

describe('the sign-off precondition', () => {
  const today = '2024-02-01';
  const untitled = (): Report => {
    const report = seed();
    report.chapters[0]!.title = '';
    return report;
  };

  it('refuses a report while validation finds an error, with the count, and allows a clean one', () => {
    expect(signOffRefusal(untitled(), { today })).toMatchObject({ code: 'FINAL_HAS_ERRORS', params: { count: 1 } });
    expect(signOffRefusal(seed(), { today })).toBeNull();
  });

  it('counts parts not written yet as errors, though the wizard shows them as not filled in', () => {
    const report = seed();
    report.chapters[0]!.sections[0]!.heading = '';
    expect(validateReport(report, { today, stage: 'writing' }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(signOffRefusal(report, { today })).toMatchObject({ code: 'FINAL_HAS_ERRORS', params: { count: 1 } });
  });

  it('lets an optional chapter (五、其他需要报告的情况) stay empty: a warning, never a refusal', () => {
    const report = seed();
    report.chapters.push({ ...report.chapters[2]!, id: 'other', key: 'other', title: '其他需要报告的情况' });
    Object.assign(report.chapters[3]!, { covers: ['other'], paragraphs: [], items: [], closing: [], sections: [] });
    expect(signOffRefusal(report, { today })).toBeNull();
    for (const stage of ['writing', 'review'] as const)
      expect(
        validateReport(report, { today, stage })
          .filter((f) => f.path[1] === 3)
          .map((f) => `${f.severity}:${f.code}`),
      ).toEqual(['warning:CHAPTER_EMPTY']);
    // A required chapter left empty still refuses.
    report.chapters[3]!.covers = ['plans'];
    expect(signOffRefusal(report, { today })).toMatchObject({ code: 'FINAL_HAS_ERRORS', params: { count: 1 } });
  });

  it('is what the approval step applies', () => {
    const reviewed = step(step(untitled(), { step: 'submit' }), { step: 'review' });
    expect(() => step(reviewed, { step: 'approve' })).toThrow(
      expect.objectContaining({ code: 'FINAL_HAS_ERRORS', params: { count: 1 } }),
    );
  });
});

describe('sign-off steps', () => {
  it('walks draft → in review → signed off → published and back to draft, recording who, when and why', () => {
    let r = seed();
    expect(reportState(r)).toBe('draft');
    r = step(r, { step: 'submit', name: '拟稿人甲', nextVersion: 1 });
    expect(reportState(r)).toBe('in-review');
    r = step(r, { step: 'review', name: '核稿人乙', opinion: ' 同意 ' });
    r = step(r, { step: 'countersign', name: '法制科丙' });
    r = step(r, { step: 'approve', name: '局长丁', nextVersion: 2 });
    expect(reportState(r)).toBe('signed-off');
    expect(approver(r)).toBe('局长丁');
    expect(printsAsDraft(r)).toBe(false);
    r = step(r, { step: 'clear-secrecy', name: '保密员戊', attribute: 'public' });
    expect(publicationAttribute(r)).toBe('public');
    r = step(r, { step: 'publish', name: '办公室己' });
    expect(reportState(r)).toBe('published');
    expect(signOffRecords(r).map((x) => [x.step, x.name, x.version])).toEqual([
      ['submit', '拟稿人甲', 1],
      ['review', '核稿人乙', null],
      ['countersign', '法制科丙', null],
      ['approve', '局长丁', 2],
      ['clear-secrecy', '保密员戊', null],
      ['publish', '办公室己', null],
    ]);
    expect(signOffRecords(r)[1]!.opinion).toBe('同意');
    expect(signOffRecords(r).every((x) => x.fingerprint === fingerprint(r))).toBe(true);

    r = step(r, { step: 'reopen', name: '局长丁' });
    expect(reportState(r)).toBe('draft');
    expect(approver(r)).toBeNull();
    expect(printsAsDraft(r)).toBe(true);
    // The old signature stays in the history; the new round starts empty.
    expect(signOffRecords(r)).toHaveLength(7);
    expect(currentRound(r)).toEqual([]);
  });

  it('refuses every step out of order with its own code', () => {
    const draft = seed();
    expect(refusal(draft, { step: 'review' })).toBe('SIGN_OFF_NOT_SUBMITTED');
    expect(refusal(draft, { step: 'countersign' })).toBe('SIGN_OFF_NOT_SUBMITTED');
    expect(refusal(draft, { step: 'approve' })).toBe('SIGN_OFF_NOT_SUBMITTED');
    expect(refusal(draft, { step: 'clear-secrecy', attribute: 'public' })).toBe('SIGN_OFF_NOT_SIGNED');
    expect(refusal(draft, { step: 'publish' })).toBe('SIGN_OFF_NOT_SIGNED');
    expect(refusal(draft, { step: 'reopen' })).toBe('SIGN_OFF_NOTHING_TO_REOPEN');
    expect(refusal(draft, { step: 'submit', name: '  ' })).toBe('SIGN_OFF_NAME_REQUIRED');

    const inReview = step(draft, { step: 'submit' });
    expect(refusal(inReview, { step: 'submit' })).toBe('SIGN_OFF_ALREADY_SUBMITTED');
    expect(refusal(inReview, { step: 'approve' })).toBe('SIGN_OFF_NEEDS_REVIEW');
    const reviewed = step(inReview, { step: 'review' });
    expect(refusal(edited(reviewed), { step: 'approve' })).toBe('SIGN_OFF_CHANGED_SINCE_REVIEW');
    // Reviewed again, the changed draft may be signed off.
    expect(refusal(step(edited(reviewed), { step: 'review' }), { step: 'approve' })).toBe('taken');
    const countersigning = {
      ...reviewed,
      signOff: { ...reviewed.signOff, roles: { review: true, countersign: true } },
    };
    expect(refusal(countersigning, { step: 'approve' })).toBe('SIGN_OFF_NEEDS_COUNTERSIGN');

    const signed = step(reviewed, { step: 'approve' });
    expect(refusal(signed, { step: 'review' })).toBe('REPORT_SIGNED_OFF');
    expect(refusal(signed, { step: 'approve' })).toBe('REPORT_SIGNED_OFF');
    expect(refusal(signed, { step: 'publish' })).toBe('SIGN_OFF_NEEDS_SECRECY');
    expect(refusal(signed, { step: 'clear-secrecy' })).toBe('SIGN_OFF_ATTRIBUTE_REQUIRED');
    const notPublic = step(signed, { step: 'clear-secrecy', attribute: 'not-public' });
    expect(refusal(notPublic, { step: 'publish' })).toBe('SIGN_OFF_NOT_PUBLIC');
    const published = step(step(signed, { step: 'clear-secrecy', attribute: 'on-request' }), { step: 'publish' });
    expect(refusal(published, { step: 'publish' })).toBe('SIGN_OFF_ALREADY_PUBLISHED');
    expect(refusal(published, { step: 'clear-secrecy', attribute: 'public' })).toBe('SIGN_OFF_ALREADY_PUBLISHED');
  });

  it('without 核稿 in the office, approval checks the text against the submitted version', () => {
    const noReview = { ...seed(), signOff: { records: [], roles: { review: false, countersign: false } } };
    const submitted = step(noReview, { step: 'submit' });
    expect(refusal(edited(submitted), { step: 'approve' })).toBe('SIGN_OFF_CHANGED_SINCE_REVIEW');
    expect(refusal(submitted, { step: 'approve' })).toBe('taken');
  });

  it('reads files written before sign-off: final becomes signed off and the records default to none', () => {
    const { signOff: _none, ...old } = seed();
    const loaded = reportSchema.parse({ ...old, meta: { ...old.meta, status: 'final' } });
    expect(reportState(loaded)).toBe('signed-off');
    expect(signOffRecords(loaded)).toEqual([]);
    expect(loaded.signOff.roles).toEqual({ review: true, countersign: false });
    expect(approver(loaded)).toBeNull();
    expect(printsAsDraft(loaded)).toBe(false);
  });

  it('stamps a print with the signed-off version only while the text is the approved one', () => {
    const reviewed = step(step(seed(), { step: 'submit' }), { step: 'review' });
    expect(printStamp(reviewed)).toMatchObject({ signed: false, version: null });
    const signed = step(reviewed, { step: 'approve', nextVersion: 4 });
    expect(printStamp(signed)).toEqual({
      reportId: signed.id,
      fingerprint: fingerprint(signed),
      version: 4,
      signed: true,
    });
  });
});

describe('fingerprint', () => {
  it('is SHA-256 (checked against node:crypto on ASCII, Chinese and astral characters)', () => {
    for (const text of ['', 'abc', '法治政府建设年度报告', '𠮷'.repeat(100), 'x'.repeat(1000), '\ud800']) {
      const expected = createHash('sha256')
        .update(Buffer.from(text.replace(/\ud800/, '\ufffd'), 'utf8'))
        .digest('hex');
      expect(sha256Hex(text)).toBe(expected);
    }
  });

  it('is stable across saves, ids, key order and sign-off records; sensitive to every printed character', () => {
    const a = seed();
    const b = {
      ...structuredClone(a),
      id: 'other',
      updatedAt: '2030-01-01',
      signOff: step(a, { step: 'submit' }).signOff,
    };
    expect(fingerprint(b)).toBe(fingerprint(a));
    expect(fingerprint(reportSchema.parse(JSON.parse(JSON.stringify(a))))).toBe(fingerprint(a));

    const changes: ((r: Report) => void)[] = [
      (r) => (r.chapters[0]!.sections[0]!.paragraphs[0] += '。'),
      (r) => (r.meta.date = '2024-01-02'),
      (r) => (r.meta.organisation = '区统计局办公室'),
      (r) => (r.indicators[0]!.value = (r.indicators[0]!.value ?? 0) + 1),
      (r) => (r.style.itemScheme = 'arabic'),
      (r) => r.chapters.reverse(),
    ];
    for (const change of changes) {
      const c = structuredClone(a);
      change(c);
      expect(fingerprint(c)).not.toBe(fingerprint(a));
    }
    expect(canonicalContent(a).endsWith('\n' + renderText(a))).toBe(true);
    // The Node side's native SHA-256 gives the very same fingerprint.
    expect(nodeSha256(canonicalContent(a))).toBe(sha256Hex(canonicalContent(a)));
  });

  it('reads as four groups of four', () => {
    expect(shortCode('6c677ffef6f71c6cc3c3f866e526fcb267864848beaf86ca89698d2bcd598cd9')).toBe('6C67-7FFE-F6F7-1C6C');
  });
});

describe('version diff and revisions', () => {
  it('marks insertions and deletions inside changed paragraphs, chapter by chapter', () => {
    const before = seed();
    const after = structuredClone(before);
    const section = after.chapters[1]!.sections[0] ?? after.chapters[1]!;
    const original = section.paragraphs[0] ?? after.chapters[1]!.items[0]!.body;
    if (section.paragraphs[0] !== undefined) section.paragraphs[0] = original.replace(/。/, '，并取得实效。');
    after.chapters[2]!.title += '（修订）';
    after.preamble = [];
    const diff = diffReports(before, after);
    expect(diff.chapters.map((c) => c.title)).toHaveLength(before.chapters.length + 1);
    const changed = diff.chapters.flatMap((c) => c.changes).filter((c) => c.kind !== 'equal');
    expect(changed.length).toBe(diff.changed);
    expect(changed.some((c) => c.kind === 'removed')).toBe(true);
    expect(diff.chapters[3]!.changes.some((c) => markedText(c).includes('{+（修订）+}'))).toBe(true);
    expect(diffReports(before, before).changed).toBe(0);
  });

  it('takes a revised text into a report, keeping metadata, indicators, sign-off records and chapter identity', () => {
    const report = step(seed(), { step: 'submit' });
    const text = renderText(report).replace('坚持', '始终坚持');
    const revised = applyRevision(report, importOutline(text, { organisation: 'X', year: 1999 }));
    expect(revised.meta).toEqual(report.meta);
    expect(revised.indicators).toEqual(report.indicators);
    expect(revised.signOff).toEqual(report.signOff);
    expect(revised.chapters.map((c) => [c.id, c.key, c.covers])).toEqual(
      report.chapters.map((c) => [c.id, c.key, c.covers]),
    );
    expect(renderText(revised)).toBe(text);
    const diff = diffReports(report, revised);
    expect(diff.changed).toBe(1);
  });
});
