// @vitest-environment happy-dom
// Opening a report whose file was damaged and restored from a backup: the user is told in a visible notice,
// the backup's time in local time and in the UI language (not the stored ISO time), until they dismiss it (then the
// store is told, so the notice goes for good).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { createI18n, errorMessage, translator } from '../../core/i18n';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { OfficeClockProvider } from '../../renderer/app/office-clock';
import type { Journal } from '../../renderer/editing/journal';
import { OpenReport } from '../../renderer/wizard/OpenReport';

afterEach(cleanup);

const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };
const backupTime = '2024-03-05T09:07:00.000Z';

function renderOpen(restoredFrom: string | null, language: 'zh-CN' | 'en') {
  const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
  const api = {
    openReport: vi.fn(async () => ({ report, restoredFrom })),
    acknowledgeRestore: vi.fn(async () => undefined),
    saveReport: vi.fn(async () => ({ updatedAt: new Date().toISOString() })),
    onExportProgress: () => () => undefined,
  } as unknown as Api;
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n(language)}>
        <OfficeClockProvider timeZone="Asia/Shanghai">
          <OpenReport id={report.id} journal={journal} onClose={() => undefined} />
        </OfficeClockProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
  return { api, report };
}

describe('a report restored from its backup', () => {
  it('says so with the backup time in local time, in the UI language, until dismissed', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const { api, report } = renderOpen(backupTime, language);
      const notice = await screen.findByRole('alert');
      // 09:07 UTC is 17:07 in the office's zone.
      const backup = language === 'zh-CN' ? '2024年3月5日 17:07' : 'Mar 5, 2024, 17:07';
      expect(notice.textContent).toContain(
        errorMessage(language, { code: 'REPORT_CORRUPT_RESTORED', params: { backup } }),
      );
      expect(notice.textContent).not.toContain('2024-03-05T');
      expect(notice.textContent).toContain(language === 'zh-CN' ? '2024年3月' : 'Mar');
      expect(document.querySelector('.wizard')).not.toBeNull();
      fireEvent.click(screen.getByRole('button', { name: translator(language, 'ui')('home.dismiss') }));
      expect(screen.queryByRole('alert')).toBeNull();
      // Seen: the store forgets the notice, so the list and the next open no longer show it.
      expect(api.acknowledgeRestore).toHaveBeenCalledWith(report.id);
      cleanup();
    }
  });

  it('shows no notice for a report opened normally', async () => {
    renderOpen(null, 'zh-CN');
    await vi.waitFor(() => expect(document.querySelector('.wizard')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
