// @vitest-environment happy-dom
// A new report is "not filled in", not wrong, until the user opens the review (why it cannot be signed off is
// said beside the sign-off button: tests/component/sign-off.test.tsx); a reload returns to the step the user was on; English entry
// labels start with a capital.
import { cleanup, fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from './fake-api';
import { createI18n } from '../../core/i18n';
import type { Language, Report } from '../../core/model';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import type { Journal } from '../../renderer/editing/journal';
import { Wizard } from '../../renderer/wizard/Wizard';

afterEach(cleanup);

const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };

function renderWizard(report: Report, language: Language = 'zh-CN') {
  return render(
    <ApiProvider api={fakeApi()}>
      <I18nextProvider i18n={createI18n(language)}>
        <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

const newReport = () => createReportFromTemplate('department-annual', { organisation: '区司法局', year: 2025 });
const stepClass = (key: string) => document.querySelector(`[data-step="${key}"]`)!.className;

describe('a new report', () => {
  it('shows its chapters as not filled in, not as errors, until the review is opened', async () => {
    const report = newReport();
    renderWizard(report);
    const chapters = report.chapters.map((_, i) => `chapter-${i}`);
    for (const key of chapters) {
      expect(stepClass(key)).toContain('step-empty');
      expect(stepClass(key)).not.toContain('step-error');
    }
    expect(document.querySelectorAll('.step-error').length).toBe(0);

    fireEvent.click(document.querySelector('[data-step="review"]')!);
    // At once, not after the next pause in typing.
    // All but the optional 五、其他需要报告的情况, which may stay empty.
    expect(report.chapters.at(-1)!.covers).toEqual(['other']);
    expect(chapters.filter((key) => stepClass(key).includes('step-error'))).toEqual(chapters.slice(0, -1));
  });
});

describe('after a reload', () => {
  it('returns to the step the user was on, for each report', () => {
    const first = newReport();
    const second = newReport();
    const view = renderWizard(first);
    fireEvent.click(document.querySelector('[data-step="chapter-2"]')!);
    view.unmount();
    renderWizard(second).unmount();
    renderWizard(first);
    expect(document.querySelector('[aria-current="step"]')!.getAttribute('data-step')).toBe('chapter-2');
    cleanup();
    renderWizard(second);
    expect(document.querySelector('[aria-current="step"]')!.getAttribute('data-step')).toBe('basic');
  });
});

describe('English labels', () => {
  it('start with a capital letter', () => {
    const report = createReportFromTemplate('department-annual', {
      organisation: 'District Justice Bureau',
      year: 2025,
      language: 'en',
    });
    renderWizard(report, 'en');
    fireEvent.click(document.querySelector('[data-step="chapter-0"]')!);
    const names = [...document.querySelectorAll('.entry-name')].map((e) => e.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[A-Z]/);
    expect(names).toContain('Section “(1)”');
  });
});
