import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf, type Envelope } from '../../core/api';
import { z } from 'zod';
import { AppError, toErrorPayload, type ErrorPayload } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import {
  createApiHandlers,
  registerApiHandlers,
  UntrustedSenderError,
  type ApiHandler,
  type InvokeEventLike,
  type ServiceApi,
} from '../../electron/shell/api-handlers';
import { dispatch } from '../../electron/services/dispatch';

/** Records handlers the way ipcMain does and lets the test invoke them. */
class FakeIpcMain {
  readonly handlers = new Map<string, ApiHandler>();
  handle(channel: string, listener: ApiHandler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<Envelope<unknown>> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

const ours: InvokeEventLike = { senderFrame: { url: 'app://report-desk/index.html#/wizard' }, sender: { id: 1 } };
const template = {
  id: 'department-annual',
  name: { 'zh-CN': '部门', en: 'Department' },
  description: { 'zh-CN': '说明', en: 'About' },
};

function fakeServices(): ServiceApi {
  const base = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      vi.fn(async () => {
        throw new AppError('NOT_FOUND', { id: method });
      }),
    ]),
  ) as unknown as ServiceApi;
  return Object.assign(base, {
    listTemplates: vi.fn(async () => [template]),
    deleteReport: vi.fn(async () => undefined),
    getSettings: vi.fn(async () => ({ uiLanguage: 'en' as const })),
    // A bug in a service: answers something the contract does not allow.
    listTrash: vi.fn(async () => [{ id: 1 }]),
    setSettings: vi.fn(async () => {
      throw new Error('disk on fire');
    }),
  });
}

function setup(hooks = {}) {
  const services = fakeServices();
  const ipc = new FakeIpcMain();
  const unregister = registerApiHandlers(ipc, createApiHandlers(services, hooks));
  return { services, ipc, unregister };
}

describe('IPC handler table', () => {
  it('registers exactly one handler per contract method', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('answers a valid call with the service result', async () => {
    const { ipc, services } = setup();
    await expect(ipc.invoke(channelOf('listTemplates'), ours)).resolves.toEqual({ ok: true, value: [template] });
    await expect(ipc.invoke(channelOf('deleteReport'), ours, 'r1')).resolves.toEqual({ ok: true, value: undefined });
    expect(services.deleteReport).toHaveBeenCalledWith('r1');
  });

  it('refuses invalid arguments without calling the service', async () => {
    const { ipc, services } = setup();
    for (const args of [[], [42], ['x'.repeat(65)], ['r1', 'extra']]) {
      const answer = await ipc.invoke(channelOf('deleteReport'), ours, ...args);
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    const bad = await ipc.invoke(channelOf('createReport'), ours, { templateId: 't', organisation: '', year: 1800 });
    expect(bad.ok).toBe(false);
    expect(services.deleteReport).not.toHaveBeenCalled();
    expect(services.createReport).not.toHaveBeenCalled();
  });

  it('passes parsed arguments (schema defaults applied) to the service', async () => {
    const { ipc, services } = setup();
    await ipc.invoke(channelOf('createReport'), ours, {
      templateId: 'department-annual',
      organisation: ' 某区司法局 ',
      year: 2024,
    });
    expect(services.createReport).toHaveBeenCalledWith({
      templateId: 'department-annual',
      organisation: '某区司法局',
      year: 2024,
      language: 'zh-CN',
    });
  });

  it('refuses callers that are not our page', async () => {
    const problems: string[] = [];
    const { ipc, services } = setup({ onProblem: (_m: string, problem: string) => problems.push(problem) });
    const foreign = [
      { senderFrame: { url: 'https://evil.example/' }, sender: {} },
      { senderFrame: { url: 'file:///C:/Users/x/report.html' }, sender: {} },
      { senderFrame: { url: 'app://other-host/index.html' }, sender: {} },
      { senderFrame: { url: 'app://user:pw@report-desk/' }, sender: {} },
      { senderFrame: null, sender: {} },
    ];
    for (const event of foreign) {
      await expect(ipc.invoke(channelOf('deleteReport'), event, 'r1')).rejects.toBeInstanceOf(UntrustedSenderError);
    }
    expect(services.deleteReport).not.toHaveBeenCalled();
    expect(problems).toEqual(Array(foreign.length).fill('untrusted-sender'));
  });

  it('turns a service AppError into its code and params', async () => {
    const { ipc } = setup();
    await expect(ipc.invoke(channelOf('openReport'), ours, 'gone')).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', params: { id: 'openReport' } },
    });
  });

  it('turns any other failure into INTERNAL, never a stack trace', async () => {
    const { ipc } = setup();
    const answer = await ipc.invoke(channelOf('setSettings'), ours, { uiLanguage: 'zh-CN' });
    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', params: { detail: 'disk on fire' } } });
  });

  it('hands the failed call’s error to the log, where its causes say what the sentence leaves out', async () => {
    const onProblem = vi.fn();
    const { ipc } = setup({ onProblem });
    await ipc.invoke(channelOf('openReport'), ours, 'gone');
    expect(onProblem).toHaveBeenCalledWith('openReport', 'failed', 'NOT_FOUND', expect.any(AppError));
  });

  it('checks results against the contract too', async () => {
    const { ipc } = setup();
    const answer = await ipc.invoke(channelOf('listTrash'), ours);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('tells the shell about trusted calls (export progress is routed to the caller)', async () => {
    const onCall = vi.fn();
    const { ipc } = setup({ onCall });
    await ipc.invoke(channelOf('getSettings'), ours);
    expect(onCall).toHaveBeenCalledWith('getSettings', ours);
  });

  it("opens files only through the main process: the page passes no path, at most the outline's options", async () => {
    const { ipc, services } = setup();
    const report = { id: 'r1' };
    vi.mocked(services.importOutlineFile).mockImplementation(async () => null);
    vi.mocked(services.importPackageFile).mockImplementation(async () => null);
    await expect(ipc.invoke(channelOf('importPackageFile'), ours)).resolves.toEqual({ ok: true, value: null });
    await expect(
      ipc.invoke(channelOf('importOutlineFile'), ours, { organisation: '某区司法局', year: 2024 }),
    ).resolves.toEqual({ ok: true, value: null });
    expect(services.importOutlineFile).toHaveBeenCalledWith({ organisation: '某区司法局', year: 2024 });
    for (const [method, args] of [
      ['importPackageFile', ['C:\\Users\\x\\a.rldpkg']],
      ['importOutlineFile', [{ path: '/etc/passwd' }]],
      ['importOutlineFile', ['/etc/passwd']],
      ['importOutlineFile', []],
    ] as const) {
      const answer = await ipc.invoke(channelOf(method), ours, ...args);
      expect(answer, `${method} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
    expect(services.importPackageFile).toHaveBeenCalledTimes(1);
    expect(services.importOutlineFile).toHaveBeenCalledTimes(1);
    // A report that the contract does not allow (a bug in a service) does not reach the page.
    vi.mocked(services.importPackageFile).mockImplementation(async () => report as never);
    await expect(ipc.invoke(channelOf('importPackageFile'), ours)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('unregisters every handler', () => {
    const { ipc, unregister } = setup();
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it("names the place and kind of a bad argument, never zod's English text", async () => {
    const { ipc } = setup();
    const bad = await ipc.invoke(channelOf('createReport'), ours, {
      templateId: 't',
      organisation: '某区司法局',
      year: 1800,
    });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', params: { path: '0.year', issue: 'tooSmall' } },
    });
    expect(errorMessage('zh-CN', (bad as { error: ErrorPayload }).error)).toBe('输入不正确（0.year）：太短或太小。');
  });
});

describe('errors crossing to the page', () => {
  it("never pass on a ZodError's message or a system error's stack", () => {
    const zodError = z.object({ year: z.number() }).safeParse({ year: 'x' }).error!;
    expect(toErrorPayload(zodError)).toEqual({ code: 'INVALID_ARGUMENT', params: { path: 'year', issue: 'type' } });
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(toErrorPayload(full)).toEqual({ code: 'INTERNAL', params: { detail: 'ENOSPC' } });
  });
});

describe('the dispatcher IPC and the bridge share', () => {
  it('knows only the contract’s own methods, not what every object inherits', async () => {
    const services = fakeServices();
    const problems: string[] = [];
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'nope']) {
      const answer = await dispatch(services, name, [], { onProblem: (_m, problem) => problems.push(problem) });
      expect(answer).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', params: { path: name, issue: 'value' } },
      });
    }
    expect(problems).toEqual(Array(5).fill('unknown-method'));
  });

  it('refuses arguments that are not a list, and tells the caller about a failure with its error', async () => {
    const services = fakeServices();
    expect(await dispatch(services, 'listTemplates', { 0: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    const failed = vi.fn();
    await dispatch(services, 'setSettings', [{ uiLanguage: 'en' }], { onProblem: failed });
    expect(failed).toHaveBeenCalledWith('setSettings', 'failed', 'INTERNAL', expect.any(Error));
  });
});
