// @vitest-environment happy-dom
// The sign-off panel and the lock in the wizard: a refused step shows its reason beside its button, a step taken
// replaces the report, and a signed-off report's forms are disabled (edits and undo ignored) until reopened.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, translator } from '../../core/i18n';
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { applyStep } from '../../core/sign-off';
import { diffReports } from '../../core/version-diff';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { OfficeClockProvider } from '../../renderer/app/office-clock';
import type { Journal } from '../../renderer/editing/journal';
import { Wizard } from '../../renderer/wizard/Wizard';
import { readSeed } from '../unit/seed';
import { fakeApi } from './fake-api';

const so = translator('zh-CN', 'signoff');
const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };

function renderWizard(report: Report, api: Api, timeZone?: string) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <OfficeClockProvider timeZone={timeZone}>
          <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />
        </OfficeClockProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
}

const report = () => {
  const r = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
  r.preamble = ['前言。'];
  return r;
};
/** Signed off through the three steps, each record dated `at` (the report must pass approval's checks). */
const signed = (r: Report, at = '2024-01-01T00:00:00Z'): Report =>
  (['submit', 'review', 'approve'] as const).reduce(
    (x, step) => applyStep(x, { step, name: '王五', at, today: at.slice(0, 10), nextVersion: 1 }).report,
    r,
  );

afterEach(cleanup);

describe('sign-off in the wizard', () => {
  it("dates each record by the office's day: 07:30 on 2 March in Beijing, 23:30 on 1 March in UTC", () => {
    renderWizard(signed(importOutline(readSeed()), '2026-03-01T23:30:00.000Z'), fakeApi(), 'Asia/Shanghai');
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    const records = [...document.querySelectorAll('.sign-off-records li')].map((li) => li.textContent);
    expect(records).toEqual([
      '拟稿人 王五（送审，2026年3月2日）',
      '核稿人 王五（核稿，2026年3月2日）',
      '签发人 王五（签发，2026年3月2日）',
    ]);
  });

  it('shows a refusal beside the step refused, and takes over the report a step returns', async () => {
    const draft = report();
    const signOff = vi.fn<Api['signOff']>(async (_id, request) => {
      if (request.step === 'approve') throw new AppError('SIGN_OFF_NOT_SUBMITTED');
      return applyStep(draft, {
        ...request,
        at: '2024-01-01T00:00:00Z',
        today: '2024-01-01',
        nextVersion: 1,
        attribute: null,
      }).report;
    });
    renderWizard(draft, fakeApi({ signOff }));
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    fireEvent.change(screen.getByLabelText(so('ui.name')), { target: { value: '张三' } });
    fireEvent.click(document.querySelector('[data-sign-off-step="approve"]')!);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toBe(translator('zh-CN', 'errors')('SIGN_OFF_NOT_SUBMITTED'));
    expect(refusal.previousElementSibling?.getAttribute('data-sign-off-step')).toBe('approve');

    fireEvent.click(document.querySelector('[data-sign-off-step="submit"]')!);
    await screen.findByText(so('ui.state', { state: so('state.in-review') }));
    expect(signOff).toHaveBeenLastCalledWith(draft.id, expect.objectContaining({ step: 'submit', name: '张三' }));
    expect(screen.getByText(/拟稿人 张三/)).toBeTruthy();
  });

  it('says before approval why a report in review cannot be signed off yet', () => {
    const inReview = (r: Report): Report => ({ ...r, meta: { ...r.meta, status: 'in-review' } });
    const untitled = importOutline(readSeed());
    untitled.chapters[0]!.title = '';
    renderWizard(inReview(untitled), fakeApi({}));
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    const blocked = document.querySelector('[data-sign-off-blocked]')!;
    expect(blocked.textContent).toBe('还有 1 个错误未解决，不能签发。');
    expect(blocked.previousElementSibling?.getAttribute('data-sign-off-step')).toBe('approve');
    cleanup();

    renderWizard(inReview(importOutline(readSeed())), fakeApi({}));
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    expect(document.querySelector('[data-sign-off-blocked]')).toBeNull();
  });

  it("judges the report before approval on the office's today: New Year comes at Beijing's midnight", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // 07:30 on 1 January 2027 in Beijing is 23:30 on New Year's Eve in UTC: a 2027 report is no longer ahead.
      vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
      const report = importOutline(readSeed());
      report.meta = { ...report.meta, year: 2027, date: null, status: 'in-review' };
      const blocked = (timeZone: string) => {
        renderWizard(report, fakeApi({}), timeZone);
        fireEvent.click(document.querySelector('[data-step="review"]')!);
        const text = document.querySelector('[data-sign-off-blocked]')?.textContent ?? null;
        cleanup();
        return text;
      };
      expect(blocked('UTC')).toBe('还有 1 个错误未解决，不能签发。');
      expect(blocked('Asia/Shanghai')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens a signed-off report read-only, with reopen', async () => {
    const locked = signed(importOutline(readSeed()));
    const reopened = { ...locked, meta: { ...locked.meta, status: 'draft' as const } };
    const signOff = vi.fn<Api['signOff']>(async () => reopened);
    const api = fakeApi({ signOff });
    renderWizard(locked, api);
    fireEvent.click(document.querySelector('[data-step="preamble"]')!);
    const field = document.getElementById('field-preamble.0') as HTMLTextAreaElement;
    expect(field.closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByText(so('ui.locked'))).toBeTruthy();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(field.value).toBe(locked.preamble[0]);

    fireEvent.change(screen.getByLabelText(so('ui.name')), { target: { value: '王五' } });
    fireEvent.click(screen.getByRole('button', { name: so('step.reopen') }));
    await vi.waitFor(() => expect(screen.queryByText(so('ui.locked'))).toBeNull());
    expect(signOff).toHaveBeenCalledWith(locked.id, { step: 'reopen', name: '王五' });
    expect((document.getElementById('field-preamble.0') as HTMLTextAreaElement).closest('fieldset')!.disabled).toBe(
      false,
    );
  });
  it('records who accepts a revision: accept waits for the name and passes it on', async () => {
    const draft = report();
    const previewRevision = vi.fn<Api['previewRevision']>(async () => ({
      token: 'tok',
      base: null,
      fileName: 'revised.txt',
      diff: diffReports(draft, draft),
      merged: diffReports(draft, draft),
      draftEdits: { count: 0, chapters: [] },
      draftDiff: diffReports(draft, draft),
      conflicts: [],
      metadata: [],
      indicators: [],
      notices: [],
      reviewNotes: [],
    }));
    const acceptRevision = vi.fn<Api['acceptRevision']>(async () => draft);
    renderWizard(draft, fakeApi({ previewRevision, acceptRevision }));
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    fireEvent.change(screen.getByTestId('revision-file'), {
      target: { files: [new File(['前言。'], 'revised.txt', { type: 'text/plain' })] },
    });
    const accept = await screen.findByRole('button', { name: so('ui.acceptRevision') });
    expect((accept as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(so('ui.acceptedBy')), { target: { value: '王五' } });
    fireEvent.click(accept);
    await screen.findByText(so('ui.revisionAccepted'));
    expect(acceptRevision).toHaveBeenCalledWith(draft.id, 'tok', '王五', {
      conflicts: [],
      metadata: [],
      indicators: [],
    });
  });

  it('shows a revision’s notices, comments and draft edits, and accepts exactly the choices made', async () => {
    const draft = report();
    const place = { chapter: '一、主要工作', section: null, item: 1, subItem: null };
    const previewRevision = vi.fn<Api['previewRevision']>(async () => ({
      token: 'tok',
      base: 1,
      fileName: 'revised.docx',
      diff: diffReports(draft, draft),
      merged: diffReports(draft, draft),
      draftEdits: { count: 2, chapters: ['五、其他需要报告的情况'] },
      draftDiff: diffReports(draft, draft),
      conflicts: [
        { place, base: '发放86份。', ours: '发放87份。', theirs: '发放88份。' },
        { place: { ...place, item: 2 }, base: '召开1次。', ours: '召开3次。', theirs: null },
      ],
      metadata: [
        { field: 'date' as const, base: '2024-01-05', ours: '2024-01-05', theirs: '2024-01-08' },
        { field: 'recipient' as const, base: '区政府', ours: '区人民政府', theirs: '市政府' },
      ],
      indicators: [{ indicatorId: 'i1', label: '普法资料', value: 86, stated: 88, unit: '份', sentence: '发放88份。' }],
      notices: [{ code: 'comments' as const, count: 1, authors: ['张局长'] }],
      reviewNotes: [{ author: '张局长', text: '请核实采纳率数据来源。' }],
    }));
    const acceptRevision = vi.fn<Api['acceptRevision']>(async () => draft);
    renderWizard(draft, fakeApi({ previewRevision, acceptRevision }));
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    fireEvent.change(screen.getByTestId('revision-file'), {
      target: { files: [new File(['x'], 'revised.docx')] },
    });
    await screen.findByText(so('ui.draftEdits', { count: 2, chapters: '五、其他需要报告的情况' }));
    expect(screen.getByText(so('ui.reviewNote', { author: '张局长', text: '请核实采纳率数据来源。' }))).toBeTruthy();
    expect(screen.getByText(so('ui.conflicts', { count: 2 }))).toBeTruthy();
    expect(screen.getByText('发放88份。')).toBeTruthy();
    expect(screen.getByText('发放87份。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(so('ui.acceptedBy')), { target: { value: '王五' } });
    const accept = screen.getByRole('button', { name: so('ui.acceptRevision') }) as HTMLButtonElement;
    expect(accept.disabled).toBe(true);
    const [theirs1] = screen.getAllByLabelText(so('ui.takeTheirs'));
    const [, ours2] = screen.getAllByLabelText(so('ui.takeOurs'));
    fireEvent.click(theirs1!);
    expect(accept.disabled).toBe(true);
    fireEvent.click(ours2!);
    // Only the leader changed the date: offered ticked; the addressee both changed: offered unticked.
    const checkboxes = document.querySelectorAll<HTMLInputElement>('.revision-metadata input');
    expect([...checkboxes].map((c) => c.checked)).toEqual([true, false]);
    fireEvent.click(document.querySelector<HTMLInputElement>('.revision-indicators input')!);
    fireEvent.click(accept);
    await screen.findByText(so('ui.revisionAccepted'));
    expect(acceptRevision).toHaveBeenCalledWith(draft.id, 'tok', '王五', {
      conflicts: ['theirs', 'ours'],
      metadata: ['date'],
      indicators: ['i1'],
    });
  });
});
