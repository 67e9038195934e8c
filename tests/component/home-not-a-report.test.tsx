// @vitest-environment happy-dom
// Home and a chosen file that does not look like a report (IMPORT_NOT_A_REPORT_TEXT): the user is told what it
// lacks and asked; confirmed, the same file is imported without a second Open dialog; declined, nothing is.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, errorMessage, translator } from '../../core/i18n';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { OfficeClockProvider } from '../../renderer/app/office-clock';
import { Home } from '../../renderer/home/Home';
import { fakeApi } from './fake-api';

afterEach(cleanup);

function renderHome(api: Api, onOpen: (id: string) => void) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <OfficeClockProvider timeZone="Asia/Shanghai">
          <Home onOpen={onOpen} />
        </OfficeClockProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
}

const ui = translator('zh-CN', 'ui');
const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2023 });
const refusal = { importId: 'import-7' };

describe('home: a file that does not look like a report', () => {
  for (const importAnyway of [true, false]) {
    it(`says what it lacks and, ${importAnyway ? 'confirmed, imports it' : 'declined, imports nothing'}`, async () => {
      const importOutlineFile = vi.fn(async () => {
        throw new AppError('IMPORT_NOT_A_REPORT_TEXT', refusal);
      });
      const confirmOutlineImport = vi.fn(async () => ({ report, notices: [] }));
      const onOpen = vi.fn();
      renderHome(fakeApi({ importOutlineFile, confirmOutlineImport }), onOpen);
      fireEvent.click(await screen.findByRole('button', { name: ui('home.importOutline') }));
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog.textContent).toContain(
        errorMessage('zh-CN', { code: 'IMPORT_NOT_A_REPORT_TEXT', params: refusal }),
      );
      expect(dialog.textContent).toContain('没有找到标题（单位和年度），也没有找到章节标题');
      fireEvent.click(
        screen.getByRole('button', { name: ui(importAnyway ? 'home.importAnyway' : 'home.importAnywayCancel') }),
      );
      if (importAnyway) {
        await vi.waitFor(() => expect(onOpen).toHaveBeenCalledWith(report.id));
        expect(confirmOutlineImport).toHaveBeenCalledWith('import-7');
      } else expect(confirmOutlineImport).not.toHaveBeenCalled();
      expect(importOutlineFile).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('alertdialog')).toBeNull();
    });
  }
});
