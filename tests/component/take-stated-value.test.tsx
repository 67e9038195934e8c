// @vitest-environment happy-dom
// The review's checks take a figure the text states over into its indicator in one step: the button stands beside
// the INDICATOR_TEXT_DIFFERS warning, sets the indicator's value, and the warning goes.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from './fake-api';
import { createI18n, translator } from '../../core/i18n';
import type { Api } from '../../core/api';
import { importOutline } from '../../core/outline-import';
import { ApiProvider } from '../../renderer/api/api-context';
import type { Journal } from '../../renderer/editing/journal';
import { Wizard } from '../../renderer/wizard/Wizard';
import { readSeed } from '../unit/seed';

afterEach(cleanup);

const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };
const ui = translator('zh-CN', 'ui');

describe('the checks of the review', () => {
  it('take the text’s figure over into the indicator in one step', async () => {
    const report = importOutline(readSeed());
    // The text says 本年已对285家企业开展了源头数据核查工作.
    const index = report.indicators.findIndex((i) => i.label === '源头数据核查企业');
    report.indicators[index]!.value = 290;
    const saveReport = vi.fn<Api['saveReport']>(async () => ({ updatedAt: new Date().toISOString() }));
    render(
      <ApiProvider api={fakeApi({ saveReport })}>
        <I18nextProvider i18n={createI18n('zh-CN')}>
          <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />
        </I18nextProvider>
      </ApiProvider>,
    );
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    const name = ui('review.takeStatedNamed', { label: '源头数据核查企业', stated: 285, unit: '家' });
    fireEvent.click(screen.getByRole('button', { name }));
    await vi.waitFor(() => expect(saveReport).toHaveBeenCalled());
    expect(saveReport.mock.calls.at(-1)![0].indicators![index]!.value).toBe(285);
    await vi.waitFor(() => expect(screen.queryByRole('button', { name })).toBeNull());
  });
});
