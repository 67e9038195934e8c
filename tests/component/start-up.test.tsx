// @vitest-environment happy-dom
// Start-up (renderer/main.tsx) hands the office's time zone from the settings to the page: a report saved at
// 23:30 UTC on 1 March is listed at 13:30 on 2 March when the settings name Kiritimati (UTC+14, a zone no test
// machine is in), whatever the machine's own zone.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../core/api';
import type { ReportSummary } from '../../core/model';
import { fakeApi } from './fake-api';

// The files share their worker: the page's API and root go with the test.
afterEach(() => {
  delete window.api;
  document.body.innerHTML = '';
});

describe('start-up', () => {
  it('shows dates in the zone the settings name', async () => {
    const summary: ReportSummary = {
      id: 'r1',
      organisation: '区统计局',
      year: 2025,
      title: '区统计局2025年法治政府建设情况报告',
      status: 'draft',
      language: 'zh-CN',
      updatedAt: '2026-03-01T23:30:00.000Z',
    };
    document.body.innerHTML = '<div id="root"></div>';
    window.api = fakeApi({
      getSettings: async () => ({ uiLanguage: 'zh-CN', timeZone: 'Pacific/Kiritimati' }),
      listReports: async () => [summary],
    }) satisfies Api;
    await import('../../renderer/main');
    expect(await screen.findByText('2026年3月2日 13:30')).toBeTruthy();
  });
});
