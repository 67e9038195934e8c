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
      draftEdits: { count: 0, chapters: [] },
      conflicts: [],
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
    expect(acceptRevision).toHaveBeenCalledWith(draft.id, 'tok', '王五');
  });
});
