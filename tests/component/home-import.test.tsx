// @vitest-environment happy-dom
// Home's file pickers: our own labelled buttons (not the browser's "Choose File / No file chosen"), the native
// input hidden and out of the tab order, the chosen file's name shown, and a failed import explained at the
// picker through the `errors` namespace.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, translator } from '../../core/i18n';
import { createReportFromTemplate, listTemplates } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { Home } from '../../renderer/home/Home';

afterEach(cleanup);

function renderHome(overrides: Partial<Api>, language: 'zh-CN' | 'en' = 'zh-CN') {
  const api = {
    listReports: async () => [],
    listTrash: async () => [],
    listTemplates: async () => listTemplates(),
    ...overrides,
  } as unknown as Api;
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

const fileInput = (pickerId: string) => document.querySelector<HTMLInputElement>(`input[data-file-input="${pickerId}"]`)!;
const choose = (pickerId: string, file: File) => fireEvent.change(fileInput(pickerId), { target: { files: [file] } });

describe('home: file pickers', () => {
  it('are buttons in the UI language that open the hidden native input', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = translator(language, 'ui');
      renderHome({}, language);
      const button = await screen.findByRole('button', { name: t('file.chooseNamed', { label: t('home.importOutline') }) });
      expect(button.textContent).toBe(t('file.choose'));
      expect(screen.getByRole('button', { name: t('file.chooseNamed', { label: t('home.importPackage') }) })).toBeTruthy();
      expect(screen.getAllByText(t('file.none'))).toHaveLength(2);
      for (const input of document.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
        expect(input.tabIndex).toBe(-1);
        expect(input.classList.contains('visually-hidden')).toBe(true);
      }
      const click = vi.spyOn(fileInput('import-outline'), 'click').mockImplementation(() => undefined);
      fireEvent.click(button);
      expect(click).toHaveBeenCalledTimes(1);
      cleanup();
    }
  });

  it('opens the imported outline, showing the chosen file name', async () => {
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
    const importOutline = vi.fn(async () => report);
    const onOpen = renderHome({ importOutline });
    await screen.findByText(translator('zh-CN', 'ui')('home.importTitle'));
    choose('import-outline', new File(['区统计局2023年法治政府建设情况报告\n一、主要举措\n'], '2023年报告.txt', { type: 'text/plain' }));
    expect(screen.getByText('2023年报告.txt')).toBeTruthy();
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledWith(report.id));
    expect(importOutline).toHaveBeenCalledWith({ text: '区统计局2023年法治政府建设情况报告\n一、主要举措\n' });
  });

  it('explains a failed import at its picker, in the UI language', async () => {
    const te = translator('zh-CN', 'errors');
    renderHome({
      importOutline: async () => {
        throw new AppError('OUTLINE_EMPTY');
      },
      importPackage: async () => {
        throw new AppError('PACKAGE_NOT_JSON');
      },
    });
    await screen.findByText(translator('zh-CN', 'ui')('home.importTitle'));
    choose('import-outline', new File([''], 'empty.txt'));
    expect((await screen.findByRole('alert')).textContent).toBe(te('OUTLINE_EMPTY'));
    expect(document.getElementById('import-outline')!.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    choose('import-package', new File(['not json'], 'report.rldpkg'));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe(te('PACKAGE_NOT_JSON')));
    expect(screen.getByText('report.rldpkg')).toBeTruthy();
  });
});
