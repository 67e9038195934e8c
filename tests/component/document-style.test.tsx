// @vitest-environment happy-dom
// What prints follows the report, not the UI: the draft watermark in the report's language; every document
// style setting in the one 版式 / Layout fieldset, each changing the live preview at once; a part's own item
// numbering behind "numbering options"; switching the report language relabels untouched template texts.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { createI18n, translator } from '../../core/i18n';
import { newId } from '../../core/ids';
import { itemSchema, subItemSchema, type Language, type Report } from '../../core/model';
import { createReportFromTemplate, getTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import type { Journal } from '../../renderer/editing/journal';
import { Wizard } from '../../renderer/wizard/Wizard';

afterEach(cleanup);

const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };
const api = {
  saveReport: vi.fn(async () => ({ updatedAt: new Date().toISOString() })),
  onExportProgress: () => () => undefined,
} as unknown as Api;

function report(language: Language = 'zh-CN'): Report {
  const r = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023, language });
  const item = (title: string, body: string) => itemSchema.parse({ id: newId(), title, body });
  r.chapters[0]!.sections[0]!.items = [
    item('积极履职，提前谋划。', '结合工作要求。'),
    item('健全制度。', '修订3项制度。'),
  ];
  r.chapters[0]!.sections[1]!.items = [item('深入推进统计信用建设。', '不断强化信用监管。')];
  r.chapters[0]!.sections[1]!.items[0]!.subItems = [subItemSchema.parse({ id: newId(), title: '开展培训。' })];
  r.meta.signatureUnit = '区统计局';
  r.meta.date = '2024-01-20';
  return r;
}

function renderWizard(r: Report, uiLanguage: Language = 'zh-CN') {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n(uiLanguage)}>
        <Wizard initial={r} unsaved={false} journal={journal} onClose={() => undefined} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

const paper = () => document.querySelector<HTMLElement>('.paper')!;
const t = translator('zh-CN', 'ui');
const layout = () => within(screen.getByRole('group', { name: t('layout.legend') }));

describe('the preview prints in the report’s language', () => {
  it('shows the draft watermark of the report’s language, not the UI’s', () => {
    renderWizard(report('en'), 'zh-CN');
    expect(paper().dataset.watermark).toBe(translator('en', 'document')('draftWatermark'));
    expect(paper().lang).toBe('en');
    cleanup();
    renderWizard(report('zh-CN'), 'en');
    expect(paper().dataset.watermark).toBe(translator('zh-CN', 'document')('draftWatermark'));
  });
});

describe('the 版式 fieldset', () => {
  it('holds every document style setting', () => {
    renderWizard(report());
    for (const key of [
      'itemScheme',
      'subItemScheme',
      'itemNumbering',
      'latinFont',
      'boldSections',
      'boldItems',
      'seal',
    ] as const)
      expect(layout().getByLabelText(t(`layout.${key}`))).toBeTruthy();
  });

  it('changes the preview at once for each setting', () => {
    renderWizard(report());
    const text = () => paper().textContent ?? '';
    expect(text()).toContain('一是积极履职，提前谋划。');

    fireEvent.change(layout().getByLabelText(t('layout.itemScheme')), { target: { value: 'arabic' } });
    expect(text()).toContain('1.积极履职，提前谋划。');
    // Bold item titles apply to 1. 2. items (on by default), and can be turned off.
    expect(paper().querySelector('.run-item-title.run-bold')?.textContent).toBe('积极履职，提前谋划。');
    fireEvent.click(layout().getByLabelText(t('layout.boldItems')));
    expect(paper().querySelector('.run-item-title.run-bold')).toBeNull();

    fireEvent.change(layout().getByLabelText(t('layout.subItemScheme')), { target: { value: 'diyi' } });
    expect(text()).toContain('第一，开展培训。');

    expect(text()).toContain('1.深入推进统计信用建设。');
    fireEvent.change(layout().getByLabelText(t('layout.itemNumbering')), { target: { value: 'continuous' } });
    expect(text()).toContain('3.深入推进统计信用建设。');

    expect(paper().querySelector('.run-section.run-bold')).toBeNull();
    fireEvent.click(layout().getByLabelText(t('layout.boldSections')));
    expect(paper().querySelector('.run-section.run-bold')).not.toBeNull();

    expect(paper().classList.contains('paper-latin-serif')).toBe(false);
    fireEvent.change(layout().getByLabelText(t('layout.latinFont')), { target: { value: 'serif' } });
    expect(paper().classList.contains('paper-latin-serif')).toBe(true);

    expect(paper().querySelector('.doc-signature-seal')).toBeNull();
    fireEvent.click(layout().getByLabelText(t('layout.seal')));
    expect(paper().querySelector('.doc-signature-seal')?.textContent).toContain('区统计局');
  });

  it('lets one part number its items its own way, behind the numbering options', () => {
    renderWizard(report());
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    const fieldIdOf = 'field-chapters.0.sections.1.itemScheme';
    expect(document.getElementById(fieldIdOf)).toBeNull();
    fireEvent.click(document.querySelector('[data-options="chapters.0.sections.1.itemScheme"]')!);
    fireEvent.change(document.getElementById(fieldIdOf)!, { target: { value: 'paren-arabic' } });
    expect(paper().textContent).toContain('（1）深入推进统计信用建设。');
    expect(paper().textContent).toContain('一是积极履职，提前谋划。');
    expect(screen.getByText(t('item.name', { marker: '（1）' }))).toBeTruthy();
    // A part that differs shows its choice without being asked; back to the report's scheme, it hides again.
    fireEvent.click(document.querySelector('[data-step="basic"]')!);
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    const select = document.getElementById(fieldIdOf) as HTMLSelectElement;
    expect(select.value).toBe('paren-arabic');
    fireEvent.change(select, { target: { value: '' } });
    expect(paper().textContent).toContain('一是深入推进统计信用建设。');
    fireEvent.click(document.querySelector('[data-step="basic"]')!);
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    expect(document.getElementById(fieldIdOf)).toBeNull();
  });
});

describe('the report language', () => {
  it('relabels the template texts the user did not change, and keeps what the user wrote', () => {
    const r = report();
    r.chapters[1]!.title = '工作中存在的不足';
    renderWizard(r);
    fireEvent.change(screen.getByLabelText(t('basic.reportLanguage')), { target: { value: 'en' } });
    const english = getTemplate('three-part').chapters[0]!.title.en;
    expect((document.getElementById('field-chapters.0.title') as HTMLInputElement).value).toBe(english);
    expect((document.getElementById('field-chapters.1.title') as HTMLInputElement).value).toBe('工作中存在的不足');
    expect(paper().textContent).toContain(english);
    expect(paper().dataset.watermark).toBe(translator('en', 'document')('draftWatermark'));
    // One step of undo brings both the language and the labels back.
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect((document.getElementById('field-chapters.0.title') as HTMLInputElement).value).toBe(
      getTemplate('three-part').chapters[0]!.title['zh-CN'],
    );
  });
});
