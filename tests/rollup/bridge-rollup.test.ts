// The roll-up over the HTTP bridge (npm run dev, browser tests): a browser has no folder dialog, so the bridge
// rolls up its fixed folder; the workbook goes to <dataDir>/exports like every file the bridge writes.
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod, RollupJob, RollupStatus, SavedFile } from '../../core/api';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { writeInbox } from './departments';

let root: string;
let bridge: Bridge;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-bridge-rollup-'));
  mkdirSync(path.join(root, 'inbox'));
  writeInbox(path.join(root, 'inbox'), 50);
  bridge = await startBridge({
    dataDir: path.join(root, 'data'),
    rollupFolder: path.join(root, 'inbox'),
    staticHandler: (_req, res) => res.writeHead(404).end(),
    log: () => undefined,
  });
}, 60_000);

afterAll(async () => {
  await bridge.close();
  rmSync(root, { recursive: true, force: true });
});

async function call<T>(method: ApiMethod, ...args: unknown[]): Promise<T> {
  const response = await bridge.fetch(method, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error: unknown };
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
  return envelope.value;
}

describe('roll-up over the bridge', () => {
  it('rolls up the fixed folder, reports progress and exports into the exports folder', async () => {
    const job = await call<RollupJob>('startRollup', { year: 2024 });
    expect(job.folderName).toBe('inbox');
    let status: RollupStatus;
    do {
      status = await call<RollupStatus>('rollupStatus', job.jobId);
      expect(status.done).toBeLessThanOrEqual(status.total);
    } while (!status.result && !status.error);
    expect(status.error).toBeNull();
    expect(status.result!.units).toHaveLength(50);
    const saved = await call<SavedFile>('exportRollup', job.jobId);
    expect(saved.fileName).toBe('2024年度法治政府建设情况报告汇总.xlsx');
    const file = path.join(root, 'data', 'exports', saved.fileName);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '指标', '缺报', '问题']);
    // The roll-up put nothing into the store.
    expect(await call<unknown[]>('listReports')).toEqual([]);
  }, 60_000);

  it('answers an unknown roll-up with ROLLUP_EXPIRED', async () => {
    await expect(call('rollupStatus', 'gone')).rejects.toThrow(/ROLLUP_EXPIRED/);
  });
});
