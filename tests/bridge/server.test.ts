// The HTTP bridge as a hostile page or a careless URL meets it: its own paths only under /__bridge/, the
// per-run secret and Host/Origin checked on every call, malformed URLs answered, and the data folder untouched
// by anything refused.
import http from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRIDGE_EVENTS_PATH,
  BRIDGE_TOKEN_HEADER,
  BRIDGE_TOKEN_META,
  BRIDGE_TOKEN_PARAM,
  bridgeMethodPath,
} from '../../core/bridge-protocol';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { staticFiles } from '../../electron/bridge/static-files';

let base: string;
let bridge: Bridge;
const statics: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'report-desk-bridge-'));
  bridge = await startBridge({
    dataDir: path.join(base, 'data'),
    log: () => undefined,
    // Like Vite's default: any origin that asks is let read the page (the bridge must not let it ask).
    staticHandler: (req, res) => {
      statics.push(req.url ?? '');
      const cors = req.headers.origin ? { 'access-control-allow-origin': req.headers.origin } : {};
      res.writeHead(200, { 'content-type': 'text/plain', ...cors }).end('page');
    },
  });
});
afterAll(async () => {
  await bridge.close();
  rmSync(base, { recursive: true, force: true });
});

/** A raw request: fetch() will not send a Host header of our choosing. */
function request(
  pathAndQuery: string,
  {
    method = 'POST',
    headers = {},
    body = '[]',
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: pathAndQuery, method, headers, setHost: !('host' in headers) },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

/** The status of a GET on the event stream; the stream is closed once the head arrived. */
function streamStatus(pathAndQuery: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: bridge.port, path: pathAndQuery, headers }, (res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
  });
}

const ours = () => ({ [BRIDGE_TOKEN_HEADER]: bridge.token, 'content-type': 'application/json' });
const create = JSON.stringify([{ templateId: 'department-annual', organisation: '某区司法局', year: 2024 }]);

async function reportCount(): Promise<number> {
  const envelope = (await (await bridge.fetch('listReports', { body: '[]' })).json()) as { value: unknown[] };
  return envelope.value.length;
}

describe('the bridge', () => {
  it('leaves every path outside /__bridge/ to the page, so a source file under renderer/api/ loads', async () => {
    const answer = await request('/api/api-context.tsx', { method: 'GET' });
    expect(answer).toEqual({ status: 200, body: 'page' });
    expect(statics).toContain('/api/api-context.tsx');
  });

  it('answers the page’s own calls', async () => {
    const answer = await request(bridgeMethodPath('createReport'), {
      headers: { ...ours(), origin: `http://127.0.0.1:${bridge.port}` },
      body: create,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { meta: { organisation: '某区司法局' } } });
    await expect((await bridge.fetch('deleteReport', { body: JSON.stringify(['nope']) })).json()).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', params: { id: 'nope' } },
    });
  });

  it('answers a refused call with 200 and the typed refusal in the body: an answer, not a failed request', async () => {
    const created = (await (await bridge.fetch('createReport', { body: create })).json()) as { value: { id: string } };
    const refused = await bridge.fetch('signOff', {
      body: JSON.stringify([created.value.id, { step: 'approve', name: '王五' }]),
    });
    expect(refused.status).toBe(200);
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'SIGN_OFF_NOT_SUBMITTED', params: {} } });
  });

  it('saves a second export of the same file under a numbered name, never over the first', async () => {
    const created = (await (await bridge.fetch('createReport', { body: create })).json()) as { value: { id: string } };
    const exportPackage = async () =>
      (
        (await (await bridge.fetch('exportPackage', { body: JSON.stringify([created.value.id]) })).json()) as {
          value: { fileName: string };
        }
      ).value.fileName;
    expect(await exportPackage()).toBe('某区司法局2024年法治政府建设情况报告.rldpkg');
    expect(await exportPackage()).toBe('某区司法局2024年法治政府建设情况报告 (2).rldpkg');
    expect(readdirSync(path.join(base, 'data', 'exports')).sort()).toEqual([
      '某区司法局2024年法治政府建设情况报告 (2).rldpkg',
      '某区司法局2024年法治政府建设情况报告.rldpkg',
    ]);
  });

  it('refuses, with 403 and the store unchanged: no secret, a wrong one, another origin, a rebinding host', async () => {
    const before = await reportCount();
    const attempts: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'text/plain' },
      { ...ours(), [BRIDGE_TOKEN_HEADER]: bridge.token.slice(1) },
      { ...ours(), [BRIDGE_TOKEN_HEADER]: '' },
      { ...ours(), origin: 'http://127.0.0.1:1' },
      { ...ours(), origin: 'https://evil.example' },
      { ...ours(), origin: 'null' },
      { ...ours(), host: `evil.example:${bridge.port}` },
      { ...ours(), host: `127.0.0.1:${bridge.port + 1}` },
    ];
    for (const headers of attempts) {
      const answer = await request(bridgeMethodPath('createReport'), { headers, body: create });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    // The page itself is not handed to a rebinding host either: it carries the secret.
    expect((await request('/', { method: 'GET', headers: { host: `evil.example:${bridge.port}` } })).status).toBe(403);
    expect((await request(BRIDGE_EVENTS_PATH, { method: 'GET' })).status).toBe(403);
    expect(await reportCount()).toBe(before);
  });

  it('takes the secret only in the header: in a query string it is refused, the event stream aside', async () => {
    const withQuery = `${bridgeMethodPath('listReports')}?${BRIDGE_TOKEN_PARAM}=${encodeURIComponent(bridge.token)}`;
    expect((await request(withQuery, { headers: { 'content-type': 'application/json' } })).status).toBe(403);
    expect((await request(withQuery, { headers: ours() })).status).toBe(403);
    expect((await request(bridgeMethodPath('listReports'), { headers: ours() })).status).toBe(200);
    const upload = `${bridgeMethodPath('importOutlineFile')}?year=2024&${BRIDGE_TOKEN_PARAM}=${bridge.token}`;
    expect((await request(upload, { headers: { 'content-type': 'application/octet-stream' } })).status).toBe(403);
    // EventSource cannot send headers: the stream alone takes the query.
    expect(await streamStatus(`${BRIDGE_EVENTS_PATH}?${BRIDGE_TOKEN_PARAM}=${encodeURIComponent(bridge.token)}`)).toBe(
      200,
    );
    expect(await streamStatus(BRIDGE_EVENTS_PATH, { [BRIDGE_TOKEN_HEADER]: bridge.token })).toBe(200);
  });

  it('does not hand the page (which holds the secret) to another origin, a local one included', async () => {
    for (const origin of [
      'http://localhost:3000',
      `http://127.0.0.1:${bridge.port + 1}`,
      'null',
      'https://x.example',
    ]) {
      const answer = await request('/', { method: 'GET', headers: { origin } });
      expect(answer, origin).toEqual({ status: 403, body: 'forbidden' });
    }
    expect(await request('/', { method: 'GET', headers: { origin: `http://127.0.0.1:${bridge.port}` } })).toEqual({
      status: 200,
      body: 'page',
    });
    expect((await request('/', { method: 'GET' })).status).toBe(200);
  });

  it('answers a malformed URL with 400 and keeps running', async () => {
    expect((await request('/%E0%A4%A', { method: 'GET' })).status).toBe(400);
    expect((await request(`${bridgeMethodPath('listReports')}%E0%A4%A`, { headers: ours() })).status).toBe(400);
    expect((await request(bridgeMethodPath('listReports'), { headers: ours() })).status).toBe(200);
  });

  it('answers unknown methods, wrong verbs and bodies that are not JSON as errors, never as a crash', async () => {
    const unknown = await request('/__bridge/api/constructor', { headers: ours() });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await request(bridgeMethodPath('listReports'), { method: 'GET', headers: ours() })).status).toBe(405);
    const notJson = await request(bridgeMethodPath('listReports'), { headers: ours(), body: '[' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', params: { path: 'body', issue: 'notJson' } },
    });
  });

  it('checks upload options with the contract, as over IPC', async () => {
    const answer = await bridge.fetch('importOutlineFile', {
      headers: { 'content-type': 'application/octet-stream' },
      body: '某区司法局2023年法治政府建设情况报告\n一、主要工作\n依法行政。\n',
    });
    expect(answer.status).toBe(200);
    const badYear = await fetch(new URL(`${bridgeMethodPath('importOutlineFile')}?year=12`, bridge.url), {
      method: 'POST',
      headers: { [BRIDGE_TOKEN_HEADER]: bridge.token, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(await badYear.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', params: { path: '0.year' } },
    });
  });
});

describe('a bridge whose port is taken', () => {
  it('lets go of the data folder, so that it starts on another port (npm run dev beside another server)', async () => {
    const dataDir = path.join(base, 'taken-port');
    const taken = await startBridge({ dataDir: path.join(base, 'other'), log: () => undefined });
    try {
      await expect(startBridge({ dataDir, port: taken.port, log: () => undefined })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
      const second = await startBridge({ dataDir, port: 0, log: () => undefined });
      expect(second.port).not.toBe(taken.port);
      await second.close();
    } finally {
      await taken.close();
    }
  });
});

describe('the built page', () => {
  it('carries the secret in index.html, and only there', () => {
    const root = path.join(base, 'renderer');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head><title>x</title></head></html>');
    writeFileSync(path.join(root, 'app.js'), 'console.log("<head>")');
    const serve = staticFiles(root, 'SECRET');
    const bodies: Record<string, string> = {};
    for (const url of ['/', '/app.js']) {
      const res = {
        writeHead: () => res,
        end: (body: Buffer | string) => (bodies[url] = body.toString()),
      };
      serve({ url } as http.IncomingMessage, res as unknown as http.ServerResponse);
    }
    expect(bodies['/']).toContain(`<head><meta name="${BRIDGE_TOKEN_META}" content="SECRET" />`);
    expect(bodies['/app.js']).toBe('console.log("<head>")');
  });
});
