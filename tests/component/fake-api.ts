// The API as component tests see it: empty lists and quiet saves, with the methods a test cares about overridden.
import { vi } from 'vitest';
import type { Api } from '../../core/api';
import { listTemplates } from '../../core/templates';

export function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    saveReport: vi.fn(async () => ({ updatedAt: new Date().toISOString() })),
    onExportProgress: () => () => undefined,
    listReports: async () => [],
    listTrash: async () => [],
    listProblems: async () => [],
    listTemplates: async () => listTemplates(),
    acknowledgeRestore: vi.fn(async () => undefined),
    listVersions: async () => ({ versions: [], problems: [] }),
    getSettings: async () => ({ uiLanguage: 'zh-CN' }),
    setSettings: vi.fn(async (patch: object) => ({ uiLanguage: 'zh-CN', ...patch })),
    ...overrides,
  } as unknown as Api;
}
