// `npm run dev` as a new user starts it: the command itself, its printed URL opened in a browser, and the home
// screen filled from the bridge (the list comes through the API, so the page's secret was accepted).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import { repoRoot, sharedBrowser } from './harness';

let dev: ChildProcess;
let base: string;
let url: string;
let output = '';

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'report-desk-dev-test-'));
  // Its own process group, so that stopping it stops npm, tsx and the server alike.
  dev = spawn('npm', ['run', 'dev'], {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, REPORT_DESK_DATA_DIR: path.join(base, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (printed) resolve(printed[1]!);
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
    dev.once('exit', (code) => reject(new Error(`npm run dev exited (${code}):\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    process.kill(-dev.pid!, 'SIGTERM');
    await exited;
  }
  rmSync(base, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves the app: the printed URL shows the home screen with the report list from the bridge', async () => {
    const page = await (await sharedBrowser()).newPage({ locale: 'zh-CN' });
    try {
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(url);
      // Vite transforms the modules on first request: slow on a busy machine the first time.
      await page.getByText(translator('zh-CN', 'ui')('home.noReports')).waitFor({ timeout: 90_000 });
      expect(await page.title()).toBe(translator('zh-CN', 'ui')('app.title'));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 150_000);
});
