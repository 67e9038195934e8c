import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticFiles } from '../../electron/bridge/static-files';
import { createAppProtocolHandler, resolveAppRequest } from '../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/csp';

let base: string;
let root: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'shell-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>报告</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js.map'), '{}');
  // A sibling folder whose name starts like the root: a prefix check alone would let it through.
  mkdirSync(path.join(base, 'renderer-secrets'));
  writeFileSync(path.join(base, 'renderer-secrets', 'key.txt'), 'secret');
  writeFileSync(path.join(base, 'settings.json'), '{"secret":true}');
  handler = createAppProtocolHandler(root, (file) => readFile(file));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler({ url, method });

describe('app: protocol', () => {
  it('serves the renderer with the right MIME types', async () => {
    const cases: [string, string][] = [
      ['app://report-desk/', 'text/html; charset=utf-8'],
      ['app://report-desk/index.html', 'text/html; charset=utf-8'],
      ['app://report-desk/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://report-desk/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://report-desk/assets/logo.svg', 'image/svg+xml'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
    }
    expect(await (await get('app://report-desk/index.html?x=1#top')).text()).toContain('<title>报告</title>');
  });

  it('sends the strict CSP and nosniff on every answer, errors included', async () => {
    for (const url of [
      'app://report-desk/index.html',
      'app://report-desk/missing.js',
      'app://report-desk/../settings.json',
    ]) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
  });

  it('refuses every way out of the renderer folder', async () => {
    const attempts = [
      'app://report-desk/../settings.json',
      'app://report-desk/%2e%2e/settings.json',
      'app://report-desk/%2e%2e%2fsettings.json',
      'app://report-desk/assets/..%2f..%2f..%2fsettings.json',
      'app://report-desk/..%5csettings.json',
      'app://report-desk/%2e%2e%5c%2e%2e%5csettings.json',
      'app://report-desk/../renderer-secrets/key.txt',
      'app://report-desk/%2e%2e/renderer-secrets/key.txt',
      'app://report-desk/C:%5cWindows%5cwin.ini',
      'app://report-desk//etc/passwd',
      'app://report-desk/index.html%00.js',
      'app://report-desk/%E0%A4%A',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      const body = await response.text();
      expect(body, url).not.toContain('secret');
    }
  });

  it('resolves only inside the root, whatever the path says', () => {
    for (const url of ['app://report-desk/../../../../etc/passwd', 'app://report-desk/%2e%2e/%2e%2e/etc/passwd']) {
      const resolution = resolveAppRequest(root, url);
      if (resolution.kind === 'file') expect(resolution.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('refuses other hosts, schemes, methods and unknown file types', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
    expect((await get('https://report-desk/index.html')).status).toBe(403);
    expect((await get('app://report-desk/index.html', 'POST')).status).toBe(405);
    expect((await get('app://report-desk/assets/index-abc.js.map')).status).toBe(404);
    expect((await get('app://report-desk/missing.html')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://report-desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('content types, one table for the app: protocol and the development bridge', () => {
  it('serves fonts and text with their types from both', async () => {
    writeFileSync(path.join(root, 'assets', 'face.ttf'), 'ttf');
    writeFileSync(path.join(root, 'assets', 'notes.txt'), 'txt');
    expect((await get('app://report-desk/assets/face.ttf')).headers.get('content-type')).toBe('font/ttf');
    const served: Record<string, string> = {};
    const serve = staticFiles(root);
    for (const name of ['face.ttf', 'notes.txt']) {
      const res = {
        writeHead(_status: number, headers: Record<string, string>) {
          served[name] = headers['content-type']!;
          return res;
        },
        end: () => undefined,
      };
      serve({ url: `/assets/${name}` } as IncomingMessage, res as unknown as ServerResponse);
    }
    expect(served).toEqual({ 'face.ttf': 'font/ttf', 'notes.txt': 'text/plain; charset=utf-8' });
  });
});
