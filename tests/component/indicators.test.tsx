// @vitest-environment happy-dom
// The indicators step finds values in the report's own text: it fills the empty ones, shows the sentence each
// came from, never touches a value the user entered, and is one step of undo.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { createI18n, translator } from '../../core/i18n';
import type { Report } from '../../core/model';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import type { Journal } from '../../renderer/editing/journal';
import { Wizard } from '../../renderer/wizard/Wizard';

afterEach(cleanup);

const t = translator('zh-CN', 'ui');
const tp = translator('zh-CN', 'indicatorPresets');
const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };
const api = {
  saveReport: vi.fn(async () => ({ updatedAt: new Date().toISOString() })),
  onExportProgress: () => () => undefined,
} as unknown as Api;

const checked = '本年已对285家企业开展了源头数据核查工作，其中自纠企业31家，为统计执法检查工作的开展打下坚实的基础。';
const meetings = '2023年以来，区统计局已组织法律专题党组会议1次，学习法律思想、法律条文超10个；';

function report(): Report {
  const r = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
  r.chapters[0]!.sections[0]!.paragraphs = [meetings];
  r.chapters[0]!.sections[1]!.paragraphs = [checked];
  return r;
}

const valueOf = (r: Report, key: string) => r.indicators.findIndex((i) => i.key === key);
const input = (r: Report, key: string) =>
  document.getElementById(`field-indicators.${valueOf(r, key)}.value`) as HTMLInputElement;

function renderAtIndicators(r: Report) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <Wizard initial={r} unsaved={false} journal={journal} onClose={() => undefined} />
      </I18nextProvider>
    </ApiProvider>,
  );
  fireEvent.click(document.querySelector('[data-step="indicators"]')!);
}

describe('finding indicator values in the text', () => {
  it('fills the empty values with their source sentences and keeps what the user typed', () => {
    const r = report();
    render(
      <ApiProvider api={api}>
        <I18nextProvider i18n={createI18n('zh-CN')}>
          <Wizard initial={r} unsaved={false} journal={journal} onClose={() => undefined} />
        </I18nextProvider>
      </ApiProvider>,
    );
    fireEvent.click(document.querySelector('[data-step="indicators"]')!);
    fireEvent.change(input(r, 'law-study-meetings'), { target: { value: '3' } });
    fireEvent.blur(input(r, 'law-study-meetings'));

    fireEvent.click(screen.getByRole('button', { name: t('indicators.find') }));
    expect(input(r, 'source-data-checked').value).toBe('285');
    expect(input(r, 'self-corrected').value).toBe('31');
    expect(input(r, 'law-study-meetings').value).toBe('3');
    expect(input(r, 'random-inspections').value).toBe('');
    expect(document.querySelector('.find-result')!.textContent).toBe(t('indicators.found', { count: 2 }));
    const source = (key: string) =>
      document.querySelector(`[data-source-of="${r.indicators[valueOf(r, key)]!.id}"]`)?.textContent;
    expect(source('source-data-checked')).toBe(t('indicators.source', { sentence: checked }));
    expect(source('self-corrected')).toBe(t('indicators.source', { sentence: checked }));
    expect(source('law-study-meetings')).toBeUndefined();

    // Nothing left to find: said so, nothing changed.
    fireEvent.click(screen.getByRole('button', { name: t('indicators.find') }));
    expect(document.querySelector('.find-result')!.textContent).toBe(t('indicators.foundNone'));
    expect(input(r, 'law-study-meetings').value).toBe('3');

    // A changed value loses its source; the whole fill undoes in one step.
    fireEvent.change(input(r, 'self-corrected'), { target: { value: '30' } });
    fireEvent.blur(input(r, 'self-corrected'));
    expect(source('self-corrected')).toBeUndefined();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(input(r, 'source-data-checked').value).toBe('');
    expect(input(r, 'law-study-meetings').value).toBe('3');
  });

  it('leaves a value the text does not settle empty, and says which numbers it could be', () => {
    const r = report();
    const unclear = '对310家企业和45家个体户开展源头数据核查。';
    r.chapters[0]!.sections[1]!.paragraphs = [unclear];
    renderAtIndicators(r);
    fireEvent.click(screen.getByRole('button', { name: t('indicators.find') }));
    expect(input(r, 'source-data-checked').value).toBe('');
    const id = r.indicators[valueOf(r, 'source-data-checked')]!.id;
    expect(document.querySelector(`[data-unsure-of="${id}"]`)!.textContent).toBe(
      tp('unsure', { candidates: `310 ${tp('or')} 45`, sentence: unclear }),
    );
    expect(document.querySelector('.find-result')!.textContent).toContain(tp('unsureCount', { count: 1 }));
  });
});

describe('numbers as an office writes them', () => {
  it('finds 1,310 in the text as 1310', () => {
    const r = report();
    r.chapters[0]!.sections[1]!.paragraphs = ['对1,310家企业开展源头数据核查，其中自纠企业45家。'];
    renderAtIndicators(r);
    fireEvent.click(screen.getByRole('button', { name: t('indicators.find') }));
    expect(input(r, 'source-data-checked').value).toBe('1310');
    expect(input(r, 'self-corrected').value).toBe('45');
  });

  it('takes full-width digits and thousands separators in the number field, and refuses what is no number', () => {
    const r = report();
    renderAtIndicators(r);
    const field = input(r, 'source-data-checked');
    for (const [typed, shown] of [
      ['１，３１０', '1310'],
      ['1,310', '1310'],
      ['３１０家', '310'],
      ['二十', '20'],
    ]) {
      fireEvent.change(field, { target: { value: typed } });
      expect(field.getAttribute('aria-invalid'), typed).toBeNull();
      fireEvent.blur(field);
      expect(field.value, typed).toBe(shown);
    }
    fireEvent.change(field, { target: { value: '1,31' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(t('field.notANumber'))).toBeTruthy();
    fireEvent.blur(field);
    expect(field.value).toBe('20');
  });
});

describe('the office’s own indicators', () => {
  it('adds a preset’s figures on request, the suggested one first, keeping what is there', () => {
    const r = createReportFromTemplate('three-part', {
      organisation: '区司法局',
      year: 2025,
      indicatorPreset: 'general',
    });
    renderAtIndicators(r);
    const select = document.getElementById('indicator-preset') as HTMLSelectElement;
    expect(select.value).toBe('justice');
    fireEvent.click(screen.getByRole('button', { name: tp('addSet') }));
    const labels = [...document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[id$=".label"]')].map(
      (e) => e.value,
    );
    expect(labels).toEqual([
      '法律专题学习会议',
      '合法性审查文件',
      '法治培训',
      '行政复议案件',
      '人民调解矛盾纠纷',
      '法律援助案件',
      '普法宣传活动',
    ]);
    expect(screen.getByText(tp('added', { count: 4 }))).toBeTruthy();
    fireEvent.change(select, { target: { value: 'statistics' } });
    fireEvent.click(screen.getByRole('button', { name: tp('addSet') }));
    expect(document.getElementById('field-indicators.10.label')).toBeTruthy();
  });
});
