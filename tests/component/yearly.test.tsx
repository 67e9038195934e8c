// @vitest-environment happy-dom
// The year-over-year UI against a fake Api: Home's deadline column, the one-step next-year import and the
// office's dates; in the review, the stale years fixed one by one and all at once, last year's plans checked off
// with a suggested paragraph, last year's figures beside this year's, and the public copy export.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { createI18n, translator } from '../../core/i18n';
import type { Report, ReportInput, ReportSummary } from '../../core/model';
import { nextYearReport } from '../../core/next-year';
import { importOutline } from '../../core/outline-import';
import { ApiProvider } from '../../renderer/api/api-context';
import type { Journal } from '../../renderer/editing/journal';
import { Home } from '../../renderer/home/Home';
import { Wizard } from '../../renderer/wizard/Wizard';
import { readFixture } from '../unit/seed';
import { fakeApi } from './fake-api';

afterEach(cleanup);

const ty = translator('zh-CN', 'yearly');
const ui = translator('zh-CN', 'ui');
const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };

function withProviders(api: Api, node: React.ReactNode) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>{node}</I18nextProvider>
    </ApiProvider>,
  );
}

const summary = (year: number, status: ReportSummary['status']): ReportSummary => ({
  id: `r${year}`,
  organisation: '区市场监管局',
  year,
  title: `区市场监管局${year}年法治政府建设情况报告`,
  status,
  language: 'zh-CN',
  updatedAt: `${year + 3}-01-01T00:00:00.000Z`,
});

describe('home: the yearly cycle', () => {
  it('shows each report’s next deadline, with the office’s own dates', async () => {
    const setSettings = vi.fn(async (patch: object) => ({ uiLanguage: 'zh-CN' as const, ...patch }));
    const api = fakeApi({
      listReports: async () => [summary(2022, 'draft'), summary(2021, 'published')],
      getSettings: async () => ({ uiLanguage: 'zh-CN', deadlines: { submit: '02-15' } }),
      setSettings,
    });
    withProviders(api, <Home onOpen={() => undefined} />);
    const rows = await screen.findAllByRole('row');
    await vi.waitFor(() => expect(rows[1]!.textContent).toContain('2023-02-15前报送'));
    expect(rows[1]!.textContent).toMatch(/已逾期 \d+ 天/);
    expect(rows[2]!.textContent).toContain(ty('calendar.done'));

    const submit = screen.getByLabelText(ty('calendar.submitLabel')) as HTMLInputElement;
    expect(submit.value).toBe('02-15');
    fireEvent.change(submit, { target: { value: '03-15' } });
    fireEvent.click(screen.getByRole('button', { name: ty('calendar.save') }));
    expect(await screen.findByText(ty('calendar.invalid', { latest: '03-01' }))).toBeTruthy();
    expect(setSettings).not.toHaveBeenCalled();
    fireEvent.change(submit, { target: { value: '02-20' } });
    fireEvent.click(screen.getByRole('button', { name: ty('calendar.save') }));
    await vi.waitFor(() => expect(setSettings).toHaveBeenCalledWith({ deadlines: { submit: '02-20', publish: null } }));
    await vi.waitFor(() => expect(rows[1]!.textContent).toContain('2023-02-20前报送'));
  });

  it('imports last year’s text and starts this year’s report in one step when asked', async () => {
    const importOutlineFile = vi.fn(async () => null);
    withProviders(fakeApi({ importOutlineFile }), <Home onOpen={() => undefined} />);
    fireEvent.click(await screen.findByLabelText(ty('nextYear.importOption')));
    fireEvent.click(screen.getByRole('button', { name: ui('home.importOutline') }));
    await vi.waitFor(() => expect(importOutlineFile).toHaveBeenCalledWith({ nextYear: true }));
  });
});

function nextYear(): Report {
  const report = nextYearReport(importOutline(readFixture('plans-every-style-2023.txt')));
  report.chapters[0]!.sections[0]!.paragraphs = ['2023年，全年组织执法人员业务培训6期，人均培训48学时。'];
  report.indicators = [
    { id: 'a', label: '抽查企业', value: 1300, previousValue: 120, unit: '家次', kind: 'count', notApplicable: false },
  ];
  return report;
}

function openReview(report: Report, api = fakeApi()) {
  withProviders(api, <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />);
  fireEvent.click(screen.getAllByRole('button', { name: new RegExp(ui('step.review')) })[0]!);
  return api;
}

const paper = () => document.querySelector('.paper')!.textContent ?? '';

describe('review: the yearly cycle', () => {
  it('fixes a stale year with one click, and all of them with another', async () => {
    openReview(nextYear());
    const panel = screen.getByRole('region', { name: ty('staleYears.title') });
    const fixes = within(panel).getAllByRole('button', { name: /把“.*”中的 2023 年改为 2024 年/ });
    expect(fixes.length).toBe(2);
    fireEvent.click(fixes[1]!);
    expect(within(panel).getAllByRole('button', { name: /把“.*”中的 2023 年改为 2024 年/ })).toHaveLength(1);
    fireEvent.click(within(panel).getByRole('button', { name: ty('staleYears.fixAll', { year: 2024 }) }));
    expect(screen.queryByRole('region', { name: ty('staleYears.title') })).toBeNull();
    await vi.waitFor(() => expect(paper()).toContain('2024年以来，区市场监管局'));
  });

  it('checks last year’s plans off: status, a suggested paragraph, and the printed section on request', async () => {
    openReview(nextYear());
    const checklist = screen.getByRole('region', { name: ty('plans.title') });
    const entries = within(checklist)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('plan-entry'));
    expect(entries).toHaveLength(9);
    const first = entries[0]!;
    expect(first.textContent).toContain('分批组织执法人员参加业务培训');
    fireEvent.change(within(first).getByLabelText(ty('plans.statusLabel')), { target: { value: 'done' } });
    const use = within(first).getAllByRole('button', { name: /把第1项关联到/ })[0]!;
    expect(use.getAttribute('aria-label')).toContain('全年组织执法人员业务培训6期');
    fireEvent.click(use);
    expect(within(first).getByRole('button', { name: /说明段落：.*业务培训6期/ })).toBeTruthy();
    // The review's findings follow once validation has run again.
    await vi.waitFor(() => expect(screen.queryByText(/去年的第1项工作安排/)).toBeNull(), { timeout: 3000 });
    expect(screen.getByText(/去年的第2项工作安排/)).toBeTruthy();

    expect(paper()).not.toContain('工作安排落实情况');
    fireEvent.click(within(checklist).getByLabelText(ty('plans.print')));
    await vi.waitFor(() => expect(paper()).toContain('2024年度工作安排落实情况'));
  });

  it('shows last year’s figures beside this year’s, and warns of a tenfold jump', () => {
    openReview(nextYear());
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /抽查企业/ }).textContent).toBe('抽查企业1300家次120家次');
    expect(screen.getByText(/指标“抽查企业”为 1300，去年为 120/)).toBeTruthy();
  });

  it('exports the public copy and says what was written', async () => {
    const exportPublicCopy = vi.fn(async () => ({
      exportId: 'x',
      fileName: '公开版.html',
      warnings: [],
      missingCharacters: [],
    }));
    const report = nextYear();
    openReview(report, fakeApi({ exportPublicCopy }));
    fireEvent.click(screen.getByRole('button', { name: ty('public.exportHtml') }));
    await vi.waitFor(() => expect(exportPublicCopy).toHaveBeenCalledWith(report.id, { format: 'html' }));
    expect(await screen.findByText(ty('public.exported', { file: '公开版.html' }))).toBeTruthy();
  });
});

describe('chapter step: internal parts', () => {
  it('marks a section internal, and the report saves with the mark', async () => {
    const saveReport = vi.fn(async (_saved: ReportInput) => ({ updatedAt: new Date().toISOString() }));
    const report = nextYear();
    withProviders(
      fakeApi({ saveReport }),
      <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: new RegExp(report.chapters[0]!.title) })[0]!);
    const marks = screen.getAllByLabelText(ty('public.internal'));
    // The chapter's own mark, then each section's (and each item's below it).
    fireEvent.click(marks[2]!);
    await vi.waitFor(
      () => {
        const saved = saveReport.mock.calls.at(-1)?.[0];
        expect(saved?.chapters[0]?.sections?.[1]?.internal).toBe(true);
      },
      { timeout: 4000 },
    );
  });
});
