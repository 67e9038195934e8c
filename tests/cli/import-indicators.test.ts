// `import` in process (runCli with a captured Io): the organisation's name picks the indicator set, --indicators
// overrides it, a figure the text does not settle is left empty and said so on stderr, and the seed keeps its
// statistics figures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../core/model';
import { runCli } from '../../electron/cli/run';
import { seedPath as seedFile } from '../unit/seed';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-cli-indicators-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function importText(file: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const json = path.join(work, `${path.basename(file)}-${args.join('')}.json`);
  const code = await runCli(['import', file, '--out', json, ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
  });
  const report: Report | null = code === 0 ? reportSchema.parse(JSON.parse(readFileSync(json, 'utf8'))) : null;
  return { code, out, err, report };
}

const values = (r: Report) => Object.fromEntries(r.indicators.map((i) => [i.key, i.value]));

describe('report-desk import and the office’s indicators', () => {
  it('gives the seed (区统计局) the statistics set, every value found, nothing in doubt', async () => {
    const r = await importText(seedFile);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(values(r.report!)).toEqual({
      'law-study-meetings': 1,
      'random-inspections': 4,
      'source-data-checked': 285,
      'self-corrected': 31,
      'certified-staff': 2,
    });
  });

  it('reads 310 checked, 45 self-corrected, where the number stands before its phrase', async () => {
    const file = path.join(work, 'checked.txt');
    writeFileSync(
      file,
      '区统计局2024年法治政府建设情况报告\n一、主要工作开展情况\n对310家企业开展源头数据核查，其中45家企业完成自查自纠。\n',
    );
    const r = await importText(file);
    expect(values(r.report!)).toMatchObject({ 'source-data-checked': 310, 'self-corrected': 45 });
  });

  it('leaves an unclear figure empty and says so in the message language', async () => {
    const file = path.join(work, 'unclear.txt');
    writeFileSync(
      file,
      '区统计局2024年法治政府建设情况报告\n一、主要工作开展情况\n对310家企业和45家个体户开展源头数据核查。\n',
    );
    const r = await importText(file, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(values(r.report!)['source-data-checked']).toBeNull();
    expect(r.err).toEqual([
      'Figure "源头数据核查企业" left empty: the text could mean 310 or 45; check it in the Key figures step.',
    ]);
  });

  it('takes the set named by --indicators, and refuses an unknown one in one sentence', async () => {
    const justice = await importText(seedFile, '--indicators', 'justice');
    expect(justice.report!.indicators.map((i) => i.key)).toContain('reconsideration-cases');
    const unknown = await importText(seedFile, '--indicators', 'nope');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err.join('\n')).toContain('没有名为“nope”的指标套组');
  });
});
