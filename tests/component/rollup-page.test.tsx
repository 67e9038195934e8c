// @vitest-environment happy-dom
// The 汇总 page: reached from Home; the folder comes from the main process's dialog (here the services' own
// chooseOpenPath), the progress shows while the roll-up runs, then the table, the missing units and the
// refused files; the workbook is exported through the Save dialog. The data folder stays as it was.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api, RollupStatus } from '../../core/api';
import { createI18n, translator } from '../../core/i18n';
import { createServices, type Services } from '../../electron/services';
import { ApiProvider } from '../../renderer/api/api-context';
import { Home } from '../../renderer/home/Home';
import { writeInbox, YEAR, type Inbox } from '../rollup/departments';
import { fakeApi } from './fake-api';

const t = translator('zh-CN', 'rollup');
let root: string;
let inbox: Inbox;
let services: Services;
const saved = () => path.join(root, 'exported.xlsx');

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-page-'));
  mkdirSync(path.join(root, 'inbox'));
  inbox = writeInbox(path.join(root, 'inbox'), 50);
  services = await createServices({
    dataDir: path.join(root, 'data'),
    chooseSavePath: async (kind) => (kind === 'workbook' ? saved() : null),
    chooseOpenPath: async (kind) => (kind === 'folder' ? inbox.dir : null),
    openPath: async () => undefined,
    showInFolder: vi.fn(async () => undefined),
    printPdf: async () => undefined,
    onExportProgress: () => undefined,
  });
}, 60_000);

afterAll(async () => {
  await services.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(cleanup);

function renderHome(api: Api) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <Home onOpen={() => undefined} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

const openRollup = async () => fireEvent.click(await screen.findByRole('button', { name: t('page.entryButton') }));

describe('汇总 page', () => {
  it('rolls up the chosen folder, shows the table, the missing units and the problems, and exports', async () => {
    renderHome({ ...services, onExportProgress: () => () => undefined } as unknown as Api);
    await openRollup();
    fireEvent.change(screen.getByLabelText(t('page.year')), { target: { value: String(YEAR) } });
    fireEvent.change(screen.getByLabelText(t('page.expectedLabel')), {
      target: { value: readFileSync(inbox.expectedFile, 'utf8') },
    });
    fireEvent.click(screen.getByRole('button', { name: t('page.chooseFolder') }));
    const table = await screen.findByRole('table', {}, { timeout: 30_000 });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + inbox.reported.length);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe(inbox.reported[0]);
    const listed = [...document.querySelectorAll('.rollup-missing li')].map((li) => li.textContent);
    expect(listed).toEqual(inbox.missing.map((name) => `${name}（未收到）`));
    expect(screen.getByText(/^巨大\.rldpkg（无法汇总）：该文件太大/)).toBeTruthy();
    expect(screen.getByText(/^上年度\.rldpkg（年度不符）：这是2023年度的报告/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: t('page.export') }));
    // The workbook and the chart summary beside it.
    await screen.findByText(t('page.exported', { fileName: 'exported.xlsx' }), {}, { timeout: 40_000 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved());
    expect(book.getWorksheet('汇总')!.rowCount).toBe(1 + inbox.reported.length);
    fireEvent.click(screen.getByRole('button', { name: t('page.showInFolder') }));
    // Nothing went into the store.
    expect(await services.listReports()).toEqual([]);
  }, 60_000);

  it('shows the progress while the roll-up runs, and an expired roll-up in one sentence', async () => {
    const statuses: RollupStatus[] = [
      { done: 3, total: 10, result: null, error: null },
      { done: 10, total: 10, result: null, error: { code: 'ROLLUP_EXPIRED', params: {} } },
    ];
    const rollupStatus = vi.fn(async () => statuses[Math.min(rollupStatus.mock.calls.length - 1, 1)]!);
    renderHome(fakeApi({ startRollup: async () => ({ jobId: 'j1', folderName: '收件' }), rollupStatus }));
    await openRollup();
    fireEvent.click(screen.getByRole('button', { name: t('page.chooseFolder') }));
    expect(await screen.findByText(t('page.reading', { done: 3, total: 10 }))).toBeTruthy();
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(3);
    expect((await screen.findByRole('alert')).textContent).toBe('这次汇总的结果已不在，请重新选择文件夹汇总。');
  });

  it('changes nothing when the folder dialog is cancelled', async () => {
    const rollupStatus = vi.fn();
    renderHome(fakeApi({ startRollup: async () => null, rollupStatus }));
    await openRollup();
    fireEvent.click(screen.getByRole('button', { name: t('page.chooseFolder') }));
    await waitFor(() => expect(screen.getByRole('button', { name: t('page.chooseFolder') })).toBeTruthy());
    expect(rollupStatus).not.toHaveBeenCalled();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
