// @vitest-environment happy-dom
// Home and the store's notices: a package already in the list is not imported silently — the user chooses to
// replace it or keep both, without choosing the file again; a report restored from a backup is marked in the
// list until the user has seen it.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, errorMessage, translator } from '../../core/i18n';
import type { ReportSummary } from '../../core/model';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { OfficeClockProvider } from '../../renderer/app/office-clock';
import { Home } from '../../renderer/home/Home';
import { fakeApi } from './fake-api';

afterEach(cleanup);

function renderHome(api: Api, language: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n(language)}>
        <OfficeClockProvider timeZone="Asia/Shanghai">
          <Home onOpen={() => undefined} />
        </OfficeClockProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
}

const ui = (language: 'zh-CN' | 'en') => translator(language, 'ui');
const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2023 });
const duplicate = { title: '某区司法局2023年法治政府建设情况报告', importId: 'import-1' };

describe('home: a package already in the list', () => {
  for (const [choice, label] of [
    ['replace', 'home.duplicateReplace'],
    ['keep-both', 'home.duplicateKeepBoth'],
  ] as const) {
    it(`says so and, answered "${choice}", imports it that way without a second Open dialog`, async () => {
      const importPackageFile = vi.fn(async () => {
        throw new AppError('PACKAGE_ALREADY_IMPORTED', duplicate);
      });
      const resolvePackageImport = vi.fn(async () => ({ report, notices: [] }));
      renderHome(fakeApi({ importPackageFile, resolvePackageImport }));
      fireEvent.click(await screen.findByRole('button', { name: ui('zh-CN')('home.importPackage') }));
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog.textContent).toContain(
        errorMessage('zh-CN', { code: 'PACKAGE_ALREADY_IMPORTED', params: duplicate }),
      );
      fireEvent.click(screen.getByRole('button', { name: ui('zh-CN')(label) }));
      await vi.waitFor(() => expect(resolvePackageImport).toHaveBeenCalledWith('import-1', choice));
      expect(importPackageFile).toHaveBeenCalledTimes(1);
      expect((await screen.findByRole('status')).textContent).toContain(
        ui('zh-CN')('home.packageImported', { title: '某区司法局' }),
      );
      expect(screen.queryByRole('alertdialog')).toBeNull();
    });
  }

  it('offers only keep both when the report in the list is signed off, and says why', async () => {
    const locked = { ...duplicate, context: 'locked' };
    renderHome(
      fakeApi({
        importPackageFile: async () => {
          throw new AppError('PACKAGE_ALREADY_IMPORTED', locked);
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: ui('zh-CN')('home.importPackage') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('已签发，不能用报告包替换');
    expect(screen.queryByRole('button', { name: ui('zh-CN')('home.duplicateReplace') })).toBeNull();
    expect(screen.getByRole('button', { name: ui('zh-CN')('home.duplicateKeepBoth') })).toBeTruthy();
  });

  it('imports nothing when the user declines', async () => {
    const resolvePackageImport = vi.fn(async () => ({ report, notices: [] }));
    renderHome(
      fakeApi({
        importPackageFile: async () => {
          throw new AppError('PACKAGE_ALREADY_IMPORTED', duplicate);
        },
        resolvePackageImport,
      }),
      'en',
    );
    fireEvent.click(await screen.findByRole('button', { name: ui('en')('home.importPackage') }));
    fireEvent.click(await screen.findByRole('button', { name: ui('en')('home.duplicateCancel') }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(resolvePackageImport).not.toHaveBeenCalled();
  });
});

describe('home: a report restored from a backup', () => {
  it('is marked in the list with the backup time, in the UI language', async () => {
    const restoredFrom = '2024-03-05T09:07:00.000Z';
    const summary: ReportSummary = {
      id: report.id,
      organisation: '某区司法局',
      year: 2023,
      title: duplicate.title,
      status: 'draft',
      language: 'zh-CN',
      updatedAt: restoredFrom,
      restoredFrom,
    };
    for (const language of ['zh-CN', 'en'] as const) {
      renderHome(fakeApi({ listReports: async () => [summary] }), language);
      // 09:07 UTC is 17:07 in the office's zone.
      const backup = language === 'zh-CN' ? '2024年3月5日 17:07' : 'Mar 5, 2024, 17:07';
      const text = errorMessage(language, { code: 'REPORT_CORRUPT_RESTORED', params: { backup } });
      expect((await screen.findByText(text)).className).toContain('restored');
      cleanup();
    }
  });
});

describe('home: a report whose file was deleted outside the program', () => {
  it('is listed with a button that removes its entry', async () => {
    const missing = {
      id: 'r-gone',
      code: 'REPORT_FILE_MISSING' as const,
      params: { id: 'r-gone', title: duplicate.title },
    };
    let problems = [missing];
    const deleteReport = vi.fn(async () => {
      problems = [];
    });
    renderHome(fakeApi({ listProblems: async () => problems, deleteReport }));
    const list = await screen.findByRole('list', { name: ui('zh-CN')('home.problemsTitle') });
    expect(list.textContent).toContain(errorMessage('zh-CN', missing));
    fireEvent.click(screen.getByRole('button', { name: ui('zh-CN')('home.forgetMissing') }));
    await vi.waitFor(() => expect(deleteReport).toHaveBeenCalledWith('r-gone'));
    await vi.waitFor(() => expect(screen.queryByRole('list', { name: ui('zh-CN')('home.problemsTitle') })).toBeNull());
  });
});
