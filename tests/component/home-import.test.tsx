// @vitest-environment happy-dom
// Home's imports: plain buttons in the UI language that ask the API (whose Open dialog lives in the main
// process) — no file input in the page; a cancelled dialog changes nothing; a failed import is explained at its
// button through the `errors` namespace, schema problems ({ path, issue }) included. Report files that cannot
// be opened are listed one line each under the reports.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeApi } from './fake-api';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, ReportProblem } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, errorMessage, translator } from '../../core/i18n';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { Home } from '../../renderer/home/Home';

afterEach(cleanup);

function renderHome(overrides: Partial<Api>, language: 'zh-CN' | 'en' = 'zh-CN') {
  const api = fakeApi(overrides);
  const onOpen = vi.fn();
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n(language)}>
        <Home onOpen={onOpen} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return onOpen;
}

const ui = (language: 'zh-CN' | 'en' = 'zh-CN') => translator(language, 'ui');

describe('home: imports', () => {
  it('are buttons in the UI language, with no file input in the page', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const importOutlineFile = vi.fn(async () => null);
      const importPackageFile = vi.fn(async () => null);
      renderHome({ importOutlineFile, importPackageFile }, language);
      fireEvent.click(await screen.findByRole('button', { name: ui(language)('home.importOutline') }));
      await vi.waitFor(() => expect(importOutlineFile).toHaveBeenCalledWith({ nextYear: false }));
      await vi.waitFor(() =>
        expect(screen.getByRole('button', { name: ui(language)('home.importPackage') }).hasAttribute('disabled')).toBe(
          false,
        ),
      );
      fireEvent.click(screen.getByRole('button', { name: ui(language)('home.importPackage') }));
      await vi.waitFor(() => expect(importPackageFile).toHaveBeenCalledTimes(1));
      expect(document.querySelectorAll('input[type="file"]')).toHaveLength(0);
      cleanup();
    }
  });

  it('tells the user when a package’s signed-off state was not backed and it came in as a draft', async () => {
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2025 });
    const importPackageFile = vi.fn(async () => ({ report, notices: ['signOffNotBacked' as const] }));
    renderHome({ importPackageFile });
    fireEvent.click(await screen.findByRole('button', { name: ui()('home.importPackage') }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(ui()('home.packageImported', { title: '某区司法局' }));
    expect(status.textContent).toContain(translator('zh-CN', 'signoff')('packageNotice.signOffNotBacked'));
  });

  it('lets the user choose the indicator set for an outline import, or leave it to the unit’s name', async () => {
    const importOutlineFile = vi.fn(async () => null);
    renderHome({ importOutlineFile });
    const select = (await screen.findByLabelText(translator('zh-CN', 'indicatorPresets')('set'), {
      selector: '#import-indicator-preset',
    })) as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: 'justice' } });
    fireEvent.click(screen.getByRole('button', { name: ui()('home.importOutline') }));
    await vi.waitFor(() =>
      expect(importOutlineFile).toHaveBeenCalledWith({ indicatorPreset: 'justice', nextYear: false }),
    );
  });

  it('suggests the indicator set from the unit’s name when creating, and sends the one chosen', async () => {
    const report = createReportFromTemplate('three-part', { organisation: '区司法局', year: 2023 });
    const createReport = vi.fn(async () => report);
    renderHome({ createReport });
    const preset = (await screen.findByLabelText(translator('zh-CN', 'indicatorPresets')('set'), {
      selector: '#create-indicator-preset',
    })) as HTMLSelectElement;
    fireEvent.change(document.getElementById('create-organisation')!, { target: { value: '区司法局' } });
    expect(preset.value).toBe('justice');
    fireEvent.click(screen.getByRole('button', { name: ui()('home.create') }));
    await vi.waitFor(() =>
      expect(createReport).toHaveBeenCalledWith(
        expect.objectContaining({ organisation: '区司法局', indicatorPreset: 'justice' }),
      ),
    );
    const create = screen.getByRole('button', { name: ui()('home.create') });
    await vi.waitFor(() => expect(create.hasAttribute('disabled')).toBe(false));
    fireEvent.change(document.getElementById('create-organisation')!, { target: { value: '区统计局' } });
    expect(preset.value).toBe('statistics');
    fireEvent.change(preset, { target: { value: 'general' } });
    fireEvent.click(screen.getByRole('button', { name: ui()('home.create') }));
    await vi.waitFor(() =>
      expect(createReport).toHaveBeenLastCalledWith(expect.objectContaining({ indicatorPreset: 'general' })),
    );
  });

  it('opens the imported outline', async () => {
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
    const onOpen = renderHome({ importOutlineFile: async () => ({ report, notices: [] }) });
    fireEvent.click(await screen.findByRole('button', { name: ui()('home.importOutline') }));
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledWith(report.id));
  });

  it('does nothing when the dialog is cancelled', async () => {
    const listReports = vi.fn(async () => []);
    const onOpen = renderHome({
      importOutlineFile: async () => null,
      importPackageFile: async () => null,
      listReports,
    });
    const outline = await screen.findByRole('button', { name: ui()('home.importOutline') });
    await vi.waitFor(() => expect(listReports).toHaveBeenCalledTimes(1));
    fireEvent.click(outline);
    await vi.waitFor(() => expect(outline.hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: ui()('home.importPackage') }));
    await vi.waitFor(() => expect(outline.hasAttribute('disabled')).toBe(false));
    expect(onOpen).not.toHaveBeenCalled();
    expect(listReports).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains a failed import at its button, schema problems in words', async () => {
    const te = translator('zh-CN', 'errors');
    const invalid = { code: 'PACKAGE_INVALID' as const, params: { path: 'report.chapters.0.title', issue: 'type' } };
    renderHome({
      importOutlineFile: async () => {
        throw new AppError('OUTLINE_EMPTY');
      },
      importPackageFile: async () => {
        throw new AppError(invalid.code, invalid.params);
      },
    });
    const outline = await screen.findByRole('button', { name: ui()('home.importOutline') });
    fireEvent.click(outline);
    expect((await screen.findByRole('alert')).textContent).toBe(te('OUTLINE_EMPTY'));
    expect(outline.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    await vi.waitFor(() => expect(outline.hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: ui()('home.importPackage') }));
    const expected = errorMessage('zh-CN', invalid);
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe(expected));
    expect(expected).toContain('report.chapters.0.title');
    expect(expected).toContain(te('issue.type'));
    expect(expected).not.toMatch(/\$t\(|\{\{|issue\./);
  });
});

describe('home: report files that cannot be opened', () => {
  const problems: ReportProblem[] = [
    { id: 'r-broken', code: 'REPORT_CORRUPT_UNRECOVERABLE', params: { id: 'r-broken' } },
    { id: 'r-newer', code: 'SCHEMA_TOO_NEW', params: { version: 9 } },
  ];

  it('lists one line per problem, in the UI language', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      renderHome({ listProblems: async () => problems }, language);
      const list = await screen.findByRole('list', { name: ui(language)('home.problemsTitle') });
      const lines = [...list.querySelectorAll('li')].map((li) => li.textContent);
      expect(lines).toEqual(problems.map((p) => errorMessage(language, p)));
      expect(lines[0]).toContain('r-broken');
      cleanup();
    }
  });

  it('shows nothing when every report opens', async () => {
    renderHome({});
    await screen.findByText(ui()('home.noReports'));
    expect(screen.queryByText(ui()('home.problemsTitle'))).toBeNull();
  });
});
