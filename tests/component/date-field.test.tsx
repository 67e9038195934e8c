// @vitest-environment happy-dom
// The signing date on the signature step: year / month / day fields labelled in the UI language (never the
// browser's mm/dd/yyyy), committed once complete, a "today" button, and the core's DATE_INVALID at the field
// for a day that does not exist.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { createI18n, translator } from '../../core/i18n';
import type { Language, Report } from '../../core/model';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { OfficeClockProvider } from '../../renderer/app/office-clock';
import type { Journal } from '../../renderer/editing/journal';
import { Wizard } from '../../renderer/wizard/Wizard';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };
const api = {
  saveReport: vi.fn(async () => ({ updatedAt: new Date().toISOString() })),
  onExportProgress: () => () => undefined,
} as unknown as Api;

/** The wizard on a report of 区统计局, in the office's zone when one is given (else the machine's). */
function renderWizard(report: Report, uiLanguage: Language, timeZone?: string) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n(uiLanguage)}>
        <OfficeClockProvider timeZone={timeZone}>
          <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />
        </OfficeClockProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
}

const statisticsReport = (year: number): Report =>
  createReportFromTemplate('three-part', { organisation: '区统计局', year });

function renderSignature(date: string | null, uiLanguage: Language = 'zh-CN', timeZone?: string) {
  const report = statisticsReport(2023);
  report.meta.signatureUnit = '区统计局';
  report.meta.date = date;
  renderWizard(report, uiLanguage, timeZone);
  fireEvent.click(document.querySelector('[data-step="signature"]')!);
  const ui = translator(uiLanguage, 'ui');
  const group = within(screen.getByRole('group', { name: ui('signature.date') }));
  return {
    ui,
    year: group.getByLabelText(ui('dateField.year')) as HTMLInputElement,
    month: group.getByLabelText(ui('dateField.month')) as HTMLSelectElement,
    day: group.getByLabelText(ui('dateField.day')) as HTMLSelectElement,
    today: group.getByRole('button', { name: ui('dateField.today') }),
  };
}

/** The signature block of the live preview, where the committed date prints. */
const printedSignature = () => document.querySelector('.paper')!.textContent ?? '';

describe('the signing date', () => {
  it('has year, month and day fields labelled in the UI language, and no browser date input', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const { year, month, day } = renderSignature('2024-01-20', language);
      expect([year.value, month.value, day.value]).toEqual(['2024', '1', '20']);
      expect(month.selectedOptions[0]!.textContent).toBe(language === 'zh-CN' ? '1月' : 'January');
      expect(document.querySelector('input[type="date"]')).toBeNull();
      cleanup();
    }
  });

  it('commits the date once all three parts are filled, and prints it', () => {
    const { ui, year, month, day } = renderSignature(null);
    fireEvent.change(year, { target: { value: '2024' } });
    expect(screen.getByText(ui('dateField.incomplete'))).toBeTruthy();
    fireEvent.change(month, { target: { value: '2' } });
    expect(printedSignature()).not.toContain('2024年2月');
    fireEvent.change(day, { target: { value: '6' } });
    expect(printedSignature()).toContain('2024年2月6日');
    expect(screen.queryByText(ui('dateField.incomplete'))).toBeNull();
  });

  it('takes a year typed in full-width digits (a Chinese input method), as the number reader reads it', () => {
    const { year, month, day } = renderSignature(null);
    fireEvent.change(year, { target: { value: '２０２４' } });
    fireEvent.change(month, { target: { value: '2' } });
    fireEvent.change(day, { target: { value: '6' } });
    expect(year.value).toBe('2024');
    expect(printedSignature()).toContain('2024年2月6日');
  });

  it("flags a day that does not exist with the core's DATE_INVALID, at the field", async () => {
    const { day, month } = renderSignature('2024-01-20');
    fireEvent.change(month, { target: { value: '2' } });
    fireEvent.change(day, { target: { value: '30' } });
    const message = translator('zh-CN', 'validation')('DATE_INVALID', { date: '2024-02-30' });
    const group = screen.getByRole('group', { name: translator('zh-CN', 'ui')('signature.date') });
    await vi.waitFor(() => expect(group.textContent).toContain(message));
  });

  it.each([
    // The machine's zone when the settings name none: 10:00 local on 9 March 2025.
    { at: new Date(2025, 2, 9, 10, 0), timeZone: undefined, parts: ['2025', '3', '9'], printed: '2025年3月9日' },
    // The office's zone, not UTC's: 07:30 on 2 March in Beijing is still 1 March in UTC.
    {
      at: new Date('2026-03-01T23:30:00Z'),
      timeZone: 'Asia/Shanghai',
      parts: ['2026', '3', '2'],
      printed: '2026年3月2日',
    },
  ])('fills in today with one click (zone: $timeZone)', ({ at, timeZone, parts, printed }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    const { year, month, day, today } = renderSignature(null, 'en', timeZone);
    fireEvent.click(today);
    expect([year.value, month.value, day.value]).toEqual(parts);
    expect(printedSignature()).toContain(printed);
  });

  it("counts the report's year against the office's this year: New Year comes at Beijing's midnight", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 07:30 on 1 January 2027 in Beijing is 23:30 on New Year's Eve in UTC.
    vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
    const future = translator('zh-CN', 'validation')('YEAR_IN_FUTURE', { year: 2027 });
    const shown = (timeZone: string) => {
      renderWizard(statisticsReport(2027), 'zh-CN', timeZone);
      const text = document.body.textContent ?? '';
      cleanup();
      return text;
    };
    expect(shown('UTC')).toContain(future);
    expect(shown('Asia/Shanghai')).not.toContain(future);
  });
});
