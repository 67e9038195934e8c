// @vitest-environment happy-dom
// The wizard's forms against a fake Api: numbering follows a move, typing shows in the preview at once and
// undoes with Ctrl+Z, an IME composition is committed only at its end, and the create form checks its input.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from './fake-api';
import { createI18n, translator } from '../../core/i18n';
import { newId } from '../../core/ids';
import { itemSchema, type Report } from '../../core/model';
import { createReportFromTemplate, listTemplates } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import type { Journal } from '../../renderer/editing/journal';
import { Home } from '../../renderer/home/Home';
import { DRAFT_MAX_WAIT_MS } from '../../renderer/editing/draft';
import { Wizard } from '../../renderer/wizard/Wizard';

const t = translator('zh-CN', 'ui');

const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };

function seedLikeReport(): Report {
  const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
  const section = report.chapters[0]!.sections[1]!;
  section.items = [
    itemSchema.parse({ id: newId(), title: '积极履职，提前谋划。', body: '结合工作要求。' }),
    itemSchema.parse({ id: newId(), title: '深入推进统计信用建设。', body: '不断强化信用监管。' }),
  ];
  return report;
}

function renderWizard(report: Report, api = fakeApi()) {
  const i18n = createI18n('zh-CN');
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={i18n}>
        <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return api;
}

const preview = () => document.querySelector('.paper')!.textContent ?? '';
const byId = (id: string) => document.getElementById(id) as HTMLTextAreaElement;

afterEach(cleanup);

describe('wizard forms', () => {
  it('renumbers items at once when one moves up', () => {
    renderWizard(seedLikeReport());
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    expect(preview()).toContain('一是积极履职，提前谋划。');
    fireEvent.click(
      screen.getByRole('button', { name: t('entry.moveUp', { name: t('item.name', { marker: '二是' }) }) }),
    );
    expect(preview()).toContain('一是深入推进统计信用建设。');
    expect(preview()).toContain('二是积极履职，提前谋划。');
    const first = document.getElementById('field-chapters.0.sections.1.items.0')!;
    expect(within(first).getByText(t('item.name', { marker: '一是' }))).toBeTruthy();
    expect(byId('field-chapters.0.sections.1.items.0.title').value).toBe('深入推进统计信用建设。');
  });

  it('shows typing in the preview once typing pauses, undoes it with Ctrl+Z, redoes with Ctrl+Y', async () => {
    renderWizard(seedLikeReport());
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    const body = byId('field-chapters.0.sections.1.items.0.body');
    fireEvent.change(body, { target: { value: '结合工作要求，制定制度。' } });
    // Generous: the bound catches text that never arrives, not a slow (shared, loaded) test machine.
    await vi.waitFor(() => expect(preview()).toContain('结合工作要求，制定制度。'), {
      timeout: DRAFT_MAX_WAIT_MS + 5000,
    });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(byId('field-chapters.0.sections.1.items.0.body').value).toBe('结合工作要求。');
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(byId('field-chapters.0.sections.1.items.0.body').value).toBe('结合工作要求，制定制度。');
  });

  it('commits an IME composition only when it ends', () => {
    renderWizard(seedLikeReport());
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    const body = byId('field-chapters.0.sections.1.items.1.body');
    fireEvent.compositionStart(body);
    fireEvent.change(body, { target: { value: '不断强化信用监管。tong' } });
    expect(body.value).toBe('不断强化信用监管。tong');
    expect(preview()).not.toContain('tong');
    fireEvent.change(body, { target: { value: '不断强化信用监管。统计' } });
    fireEvent.compositionEnd(body, { target: { value: '不断强化信用监管。统计' } });
    expect(preview()).toContain('不断强化信用监管。统计');
    expect(preview()).not.toContain('tong');
  });

  it('commits typing before an undo that comes before the pause, so the undo takes back that typing', () => {
    renderWizard(seedLikeReport());
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    const body = byId('field-chapters.0.sections.1.items.0.body');
    fireEvent.change(body, { target: { value: '结合工作要求，制定' } });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(byId('field-chapters.0.sections.1.items.0.body').value).toBe('结合工作要求。');
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(byId('field-chapters.0.sections.1.items.0.body').value).toBe('结合工作要求，制定');
    expect(preview()).toContain('结合工作要求，制定');
  });

  it('journals typing not yet committed when the page goes away', () => {
    const written: Report[] = [];
    const i18n = createI18n('zh-CN');
    render(
      <ApiProvider api={fakeApi()}>
        <I18nextProvider i18n={i18n}>
          <Wizard
            initial={seedLikeReport()}
            unsaved={false}
            journal={{ ...journal, write: (r) => written.push(r) }}
            onClose={() => undefined}
          />
        </I18nextProvider>
      </ApiProvider>,
    );
    fireEvent.click(document.querySelector('[data-step="preamble"]')!);
    fireEvent.click(screen.getByRole('button', { name: t('body.addParagraph') }));
    fireEvent.change(byId('field-preamble.0'), { target: { value: '2023年以来，' } });
    expect(document.querySelector('[data-save-state]')!.getAttribute('data-save-state')).toBe('saving');
    window.dispatchEvent(new Event('pagehide'));
    expect(written.at(-1)!.preamble).toEqual(['2023年以来，']);
  });

  it('autosaves an edit within a second', async () => {
    vi.useFakeTimers();
    try {
      const api = renderWizard(seedLikeReport());
      fireEvent.change(byId('field-meta.organisation'), { target: { value: '区司法局' } });
      // In steps: React renders the committed text when each act() ends, as the browser would at once.
      for (let ms = 0; ms < 1000; ms += 100) await act(() => vi.advanceTimersByTimeAsync(100));
      expect(api.saveReport).toHaveBeenCalledTimes(1);
      expect(vi.mocked(api.saveReport).mock.calls[0]![0].meta.organisation).toBe('区司法局');
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds a chapter, and its step appears in the stepper with a number', () => {
    const report = seedLikeReport();
    renderWizard(report);
    fireEvent.click(screen.getByRole('button', { name: t('basic.addChapter') }));
    fireEvent.change(byId(`field-chapters.${report.chapters.length}.title`), {
      target: { value: '其他需要报告的情况' },
    });
    fireEvent.blur(byId(`field-chapters.${report.chapters.length}.title`));
    expect(document.querySelector(`[data-step="chapter-${report.chapters.length}"]`)!.textContent).toContain(
      '四、其他需要报告的情况',
    );
  });
});

describe('home: create form', () => {
  it('asks for the organisation, then creates', async () => {
    const created = seedLikeReport();
    const createReport = vi.fn(async () => created);
    const onOpen = vi.fn();
    const i18n = createI18n('zh-CN');
    render(
      <ApiProvider api={fakeApi({ createReport })}>
        <I18nextProvider i18n={i18n}>
          <Home onOpen={onOpen} />
        </I18nextProvider>
      </ApiProvider>,
    );
    await screen.findByText(listTemplates()[0]!.name['zh-CN']);
    fireEvent.click(screen.getByRole('button', { name: t('home.create') }));
    expect(await screen.findByText(t('home.organisationRequired'))).toBeTruthy();
    expect(createReport).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(t('home.organisation')), { target: { value: '区统计局' } });
    fireEvent.change(screen.getByLabelText(t('home.year')), { target: { value: '2023' } });
    fireEvent.click(screen.getByRole('button', { name: t('home.create') }));
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledWith(created.id));
    expect(createReport).toHaveBeenCalledWith(expect.objectContaining({ organisation: '区统计局', year: 2023 }));
  });
});
