// @vitest-environment happy-dom
// A trail that is easy to walk: the sign-off name is filled from the report's 落款与签批, else from the name last
// used for that role (kept in the settings), the next step is the one primary button, and the lists (Home, the
// versions panel) are read again after every change to the store, whichever component made it.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, ImportedDocument, Settings } from '../../core/api';
import { createI18n, translator } from '../../core/i18n';
import type { Report, ReportSummary } from '../../core/model';
import { applyStep, nextStep } from '../../core/sign-off';
import { importOutline } from '../../core/outline-import';
import { readSeed } from '../unit/seed';
import { ApiProvider, useApi } from '../../renderer/api/api-context';
import { OfficeClockProvider } from '../../renderer/app/office-clock';
import type { Journal } from '../../renderer/editing/journal';
import { Home } from '../../renderer/home/Home';
import { VersionsPanel } from '../../renderer/signoff/VersionsPanel';
import { Wizard } from '../../renderer/wizard/Wizard';
import { fakeApi } from './fake-api';

const so = translator('zh-CN', 'signoff');
const journal: Journal = { write: () => undefined, read: () => null, clear: () => undefined };

afterEach(cleanup);

function renderWithApi(api: Api, children: React.ReactNode) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <OfficeClockProvider>{children}</OfficeClockProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
}

const draft = (): Report => {
  const r = importOutline(readSeed());
  r.meta = { ...r.meta, drafter: '李四', reviewer: '', approver: '周八' };
  return r;
};

/** An API that keeps the settings it is given and answers each step as core/sign-off.ts takes it. */
function trailApi(settings: Settings) {
  let stored = settings;
  const setSettings = vi.fn<Api['setSettings']>(async (patch) => (stored = { ...stored, ...patch }));
  const signOff = vi.fn<Api['signOff']>(
    async (_id, request) =>
      applyStep(current, { ...request, at: '2024-01-01T00:00:00Z', today: '2024-01-01', nextVersion: 1 }).report,
  );
  let current = draft();
  const api = fakeApi({ getSettings: async () => stored, setSettings, signOff });
  return { api, setSettings, signOff, setCurrent: (r: Report) => (current = r) };
}

const nameField = () => screen.getByLabelText(so('ui.name')) as HTMLInputElement;
const primarySteps = () =>
  [...document.querySelectorAll('[data-sign-off-step].primary')].map((b) => b.getAttribute('data-sign-off-step'));

describe('the sign-off panel', () => {
  it('fills the name from 落款与签批, else the name last used for the role, and remembers the one used', async () => {
    const { api, setSettings, signOff, setCurrent } = trailApi({
      uiLanguage: 'zh-CN',
      signOffNames: { reviewer: '赵六', drafter: '旧名' },
    });
    const report = draft();
    setCurrent(report);
    renderWithApi(api, <Wizard initial={report} unsaved={false} journal={journal} onClose={() => undefined} />);
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    // The report names its drafter: that wins over the remembered name.
    expect(nameField().value).toBe('李四');
    expect(document.querySelector('[data-next-step]')!.textContent).toBe('下一步：送审（拟稿人）');
    expect(primarySteps()).toEqual(['submit']);

    fireEvent.click(document.querySelector('[data-sign-off-step="submit"]')!);
    await screen.findByText(so('ui.state', { state: so('state.in-review') }));
    expect(signOff).toHaveBeenLastCalledWith(report.id, expect.objectContaining({ step: 'submit', name: '李四' }));
    await vi.waitFor(() =>
      expect(setSettings).toHaveBeenLastCalledWith({ signOffNames: { reviewer: '赵六', drafter: '李四' } }),
    );
    // The report names no reviewer: the one remembered for the role is offered; 核稿 is now the next step.
    expect(nameField().value).toBe('赵六');
    expect(primarySteps()).toEqual(['review']);
  });

  it('offers approval once reviewed, then the secrecy review, then publication unless not public', () => {
    const at = { at: '2024-01-01T00:00:00Z', today: '2024-01-01', nextVersion: 1 };
    const reviewed = (['submit', 'review'] as const).reduce(
      (r, step) => applyStep(r, { step, name: '王五', ...at }).report,
      draft(),
    );
    renderWithApi(fakeApi(), <Wizard initial={reviewed} unsaved={false} journal={journal} onClose={() => undefined} />);
    fireEvent.click(document.querySelector('[data-step="review"]')!);
    expect(primarySteps()).toEqual(['approve']);
    expect(nameField().value).toBe('周八');
    const approved = applyStep(reviewed, { step: 'approve', name: '周八', ...at }).report;
    expect(nextStep(approved)).toBe('clear-secrecy');
    const cleared = (attribute: 'public' | 'not-public') =>
      applyStep(approved, { step: 'clear-secrecy', name: '钱七', attribute, ...at }).report;
    expect(nextStep(cleared('public'))).toBe('publish');
    expect(nextStep(cleared('not-public'))).toBeNull();
    expect(nextStep(applyStep(cleared('public'), { step: 'publish', name: '钱七', ...at }).report)).toBeNull();
  });
});

const summary = (id: string, title: string): ReportSummary => ({
  id,
  organisation: '区统计局',
  year: 2024,
  title,
  status: 'draft',
  language: 'zh-CN',
  updatedAt: '2024-01-01T00:00:00Z',
});

describe('lists after a change to the store', () => {
  it('Home lists a report imported with notices at once (no reload)', async () => {
    const imported: ImportedDocument = {
      report: draft(),
      notices: [{ code: 'images', count: 1 }],
    };
    let listed = [summary('a', '甲报告')];
    const api = fakeApi({
      listReports: async () => listed,
      importOutlineFile: async () => {
        listed = [...listed, summary('b', '乙报告')];
        return imported;
      },
    });
    renderWithApi(api, <Home onOpen={() => undefined} />);
    await screen.findByText('甲报告');
    fireEvent.click(screen.getByRole('button', { name: translator('zh-CN', 'ui')('home.importOutline') }));
    await screen.findByText('乙报告');
  });

  it('the versions panel lists the version an accepted revision made, whoever accepted it', async () => {
    const report = draft();
    const version = (number: number) => ({
      number,
      kind: 'revision' as const,
      state: 'draft' as const,
      createdAt: '2024-01-01T00:00:00Z',
      note: '',
      by: '',
      fingerprint: '',
      reviewNotes: [],
    });
    let versions = [version(1)];
    const acceptRevision = vi.fn<Api['acceptRevision']>(async () => {
      versions = [...versions, version(2)];
      return report;
    });
    const api = fakeApi({ listVersions: async () => ({ versions, problems: [] }), acceptRevision });
    /** Another component that accepts a revision through the same API. */
    function Accept() {
      const shared = useApi();
      return (
        <button type="button" onClick={() => void shared.acceptRevision(report.id, 'tok', '王五')}>
          accept
        </button>
      );
    }
    renderWithApi(
      api,
      <>
        <VersionsPanel report={report} flush={async () => undefined} />
        <Accept />
      </>,
    );
    const listed = () => document.querySelectorAll('.version-list li').length;
    await vi.waitFor(() => expect(listed()).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'accept' }));
    await vi.waitFor(() => expect(listed()).toBe(2));
  });
});
