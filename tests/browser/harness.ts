// The end-to-end set-up: the built renderer (out/renderer) served by the real bridge on a temporary data
// folder, and Debian's Chromium driven by playwright-core. The bridge runs in this process so a test can stop
// it and start it again on the same port (a failed save, then recovery).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BRIDGE_PREFIX } from '../../core/bridge-protocol';
import type { Report } from '../../core/model';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { seedPath } from '../unit/seed';

export { seedPath };

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts/browser');

/** Builds the renderer once if this checkout has not (npm test builds before running the tests). */
export function ensureRendererBuilt(): void {
  if (existsSync(path.join(repoRoot, 'out/renderer/index.html'))) return;
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
}

let browser: Promise<Browser> | undefined;

/**
 * The one Chromium of this test worker, started on first use. Test files share their worker (vitest.config.ts),
 * so Chromium starts once rather than once per session; each session has a context of its own, with storage as
 * fresh as a new profile's. Playwright ends it when the worker exits.
 */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }).then((launched) => {
    launched.on('disconnected', () => (browser = undefined));
    return launched;
  });
  return browser;
}

export interface Session {
  dataDir: string;
  bridge: Bridge;
  context: BrowserContext;
  page: Page;
  /** Stops the bridge (the page sees the service vanish). */
  stopBridge(): Promise<void>;
  /** Starts the bridge again on the same port, secret and data folder. */
  startBridge(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `zoom` emulates the browser's page zoom (Ctrl+=) in a 1366×768 window the way Chromium applies it: the page
 * lays out in a viewport `zoom` times smaller, drawn `zoom` times larger.
 */
export async function openSession(name: string, viewport = { width: 1366, height: 768 }, zoom = 1): Promise<Session> {
  ensureRendererBuilt();
  mkdirSync(artifactsDir, { recursive: true });
  const base = mkdtempSync(path.join(os.tmpdir(), `report-desk-e2e-${name}-`));
  const dataDir = path.join(base, 'data');
  const quiet = () => undefined;
  let bridge = await startBridge({ dataDir, log: quiet });
  // A restart keeps the port and the secret: the open page knows only those.
  const { port, token } = bridge;
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport: { width: Math.round(viewport.width / zoom), height: Math.round(viewport.height / zoom) },
    deviceScaleFactor: zoom,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  // A missing file the page asks for (the favicon, an asset) is a fault; the API answers a refusal as 200 with
  // its typed error, and a call it cannot read (as some tests send on purpose) as 4xx.
  page.on('response', (response) => {
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith(BRIDGE_PREFIX))
      problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (msg) => {
    if (
      msg.type() === 'error' &&
      !/Failed to load resource|ERR_CONNECTION_REFUSED|Failed to fetch|EventSource/.test(msg.text())
    )
      problems.push(msg.text());
  });
  await page.goto(bridge.url);
  const session: Session = {
    dataDir,
    get bridge() {
      return bridge;
    },
    context,
    page,
    stopBridge: () => bridge.close(),
    async startBridge() {
      bridge = await startBridge({ dataDir, port, token, log: quiet });
    },
    async close() {
      await context.close();
      await bridge.close();
      rmSync(base, { recursive: true, force: true });
      if (problems.length) throw new Error(`page errors:\n${problems.join('\n')}`);
    },
  };
  return session;
}

/** The seed report imported through the bridge and opened in the wizard. */
export async function openSeedReport(session: Session): Promise<Report> {
  const response = await session.bridge.fetch('importOutlineFile', {
    headers: { 'content-type': 'application/octet-stream' },
    body: readFileSync(seedPath),
  });
  const report = ((await response.json()) as { value: { report: Report } }).value.report;
  await session.page.goto(`${session.bridge.url}#/report/${report.id}`);
  await session.page.locator('.wizard').waitFor();
  return report;
}

/** The report as stored, read through the bridge. */
export async function storedReport(session: Session, id: string): Promise<Report> {
  const response = await session.bridge.fetch('openReport', { body: JSON.stringify([id]) });
  return ((await response.json()) as { value: { report: Report } }).value.report;
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: false });
