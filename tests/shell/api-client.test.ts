import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { API_METHODS, PROGRESS_CHANNEL, REPORT_IMPORTED_CHANNEL, channelOf } from '../../core/api';
import { isErrorPayload } from '../../core/errors';
import { createApiClient, type Subscribe } from '../../electron/shell/api-client';

const repoRoot = path.resolve(__dirname, '../..');

function fakeSubscribe() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: Subscribe = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));
  return { subscribe, emit };
}

describe('the preload api object', () => {
  it('has exactly the contract methods plus the two event subscriptions, and is frozen', () => {
    const api = createApiClient(vi.fn(), fakeSubscribe().subscribe);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onExportProgress', 'onReportImported'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('invokes the method channel and unwraps the answer', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: [{ id: 'a' }] }));
    const api = createApiClient(invoke, fakeSubscribe().subscribe);
    await expect(api.listReports()).resolves.toEqual([{ id: 'a' }]);
    await api.deleteReport('r1');
    expect(invoke).toHaveBeenCalledWith(channelOf('listReports'));
    expect(invoke).toHaveBeenCalledWith(channelOf('deleteReport'), 'r1');
  });

  it('rejects with a plain { code, params } object that survives contextBridge', async () => {
    const api = createApiClient(
      async () => ({ ok: false, error: { code: 'NOT_FOUND', params: { id: 'r1' } } }),
      fakeSubscribe().subscribe,
    );
    const error = await api.openReport('r1').catch((e: unknown) => e);
    expect(error).toEqual({ code: 'NOT_FOUND', params: { id: 'r1' } });
    expect(error).not.toBeInstanceOf(Error);
    expect(isErrorPayload(error)).toBe(true);
    const garbled = createApiClient(async () => 'nonsense', fakeSubscribe().subscribe);
    await expect(garbled.listReports()).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('delivers export progress and import events until unsubscribed', () => {
    const events = fakeSubscribe();
    const api = createApiClient(vi.fn(), events.subscribe);
    const progress = vi.fn();
    const imported = vi.fn();
    const stop = api.onExportProgress(progress);
    api.onReportImported!(imported);
    events.emit(PROGRESS_CHANNEL, { phase: 'layout', done: 1, total: 3 });
    events.emit(REPORT_IMPORTED_CHANNEL, { reportId: 'r9' });
    stop();
    events.emit(PROGRESS_CHANNEL, { phase: 'done', done: 3, total: 3 });
    expect(progress).toHaveBeenCalledTimes(1);
    expect(progress).toHaveBeenCalledWith({ phase: 'layout', done: 1, total: 3 });
    expect(imported).toHaveBeenCalledWith({ reportId: 'r9' });
  });

  it('the built preload requires nothing but electron (a sandboxed preload cannot)', () => {
    const bundle = path.join(repoRoot, 'out/preload/preload.cjs');
    expect(existsSync(bundle), 'run npm run build first').toBe(true);
    const required = [...readFileSync(bundle, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
