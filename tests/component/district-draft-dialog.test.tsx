// @vitest-environment happy-dom
// 起草本级报告 on the 汇总 page: after a roll-up of all years, the dialog asks the unit and the year (the latest year
// the roll-up used), creates the draft through the typed API and opens it; a refusal shows in one sentence.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, RollupStatus } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, translator } from '../../core/i18n';
import type { RollupUnit } from '../../core/rollup-schema';
import { ApiProvider } from '../../renderer/api/api-context';
import { Home } from '../../renderer/home/Home';
import { fakeApi } from './fake-api';

const t = translator('zh-CN', 'districtDraft');
const tr = translator('zh-CN', 'rollup');
afterEach(cleanup);

const unit = (name: string, year: number): RollupUnit => ({
  file: `${name}.rldpkg`,
  source: 'package',
  unit: name,
  title: `${name}${year}年法治政府建设情况报告`,
  year,
  status: 'draft',
  signedOff: false,
  signer: '',
  fingerprint: '',
  decidedAt: '2025-02-01T00:00:00.000Z',
  pages: 3,
  characters: 2000,
  covers: ['measures'],
  findings: 0,
  deadlineMet: true,
  figures: [],
  warnings: [],
  duplicates: 0,
});

const finished: RollupStatus = {
  done: 2,
  total: 2,
  error: null,
  result: {
    year: null,
    files: 2,
    units: [unit('区司法局', 2024), unit('区统计局', 2023)],
    problems: [],
    missing: null,
  },
};

async function rollUp(createDistrictDraft: Api['createDistrictDraft']) {
  const onOpen = vi.fn();
  const api = fakeApi({
    startRollup: async () => ({ jobId: 'j1', folderName: '收件' }),
    rollupStatus: async () => finished,
    createDistrictDraft,
  });
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <Home onOpen={onOpen} />
      </I18nextProvider>
    </ApiProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: tr('page.entryButton') }));
  fireEvent.change(screen.getByLabelText(tr('page.year')), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: tr('page.chooseFolder') }));
  fireEvent.click(await screen.findByRole('button', { name: t('page.open') }));
  return onOpen;
}

describe('起草本级报告', () => {
  it('asks the unit and the year, creates the draft and opens it in the wizard', async () => {
    const createDistrictDraft = vi.fn(async () => ({ id: 'draft-1' }) as Awaited<ReturnType<Api['createReport']>>);
    const onOpen = await rollUp(createDistrictDraft);
    expect(screen.getByRole('dialog', { name: t('page.heading') })).toBeTruthy();
    expect((screen.getByLabelText(t('page.year')) as HTMLInputElement).value).toBe('2024');
    const create = screen.getByRole('button', { name: t('page.create') }) as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(t('page.unit')), { target: { value: ' 某区人民政府 ' } });
    fireEvent.click(create);
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith('draft-1'));
    expect(createDistrictDraft).toHaveBeenCalledWith('j1', { organisation: '某区人民政府', year: 2024 });
  });

  it('says in one sentence why no draft was made', async () => {
    const onOpen = await rollUp(async () => {
      throw new AppError('DRAFT_NO_REPORTS', { year: 2022 });
    });
    fireEvent.change(screen.getByLabelText(t('page.year')), { target: { value: '2022' } });
    fireEvent.change(screen.getByLabelText(t('page.unit')), { target: { value: '某区人民政府' } });
    fireEvent.click(screen.getByRole('button', { name: t('page.create') }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '这次汇总没有采用任何2022年度的部门报告，无法据此起草本级报告。',
    );
    expect(onOpen).not.toHaveBeenCalled();
  });
});
