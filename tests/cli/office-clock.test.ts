// Every printed date in the office's time zone, end to end: `report-desk`, with the machine set to Beijing (or New
// York, or UTC with the office's zone in the settings) at 07:30 and at 23:30 local time, imports a report,
// validates it, takes the sign-off steps, lists, prints the approval slip and rolls the report up. Each instant
// stays stored in UTC; each date read, printed or compared is the office's day: 07:30 on 2 March in Beijing (23:30
// on 1 March in UTC) signs off on 2 March, after the 1 March deadline.
// The first scenario runs the built command under faketime, each command a process of its own: the zone comes
// from the process's TZ and the time from the system clock, as on an office PC. The others run the same commands
// in this process (TZ set, Date faked), which takes the same path from the clock to the printed date without
// starting Node twelve times per scenario.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/validation-types';
import type { Report } from '../../core/model';
import { seedPath } from '../unit/seed';
import { bin } from './built-cli';
import { runInProcess } from './in-process';

const hasFaketime = spawnSync('sh', ['-c', 'command -v faketime']).status === 0;
if (!hasFaketime) console.warn('tests/cli/office-clock: faketime is not installed (apt-get install faketime): SKIPPED');

interface Scenario {
  name: string;
  /** The machine's zone (TZ) and its wall-clock time. */
  tz: string;
  local: string;
  /** The office's zone in the settings, when it is not the machine's. */
  setting?: string;
  /** The same instant in UTC, as stored. */
  utc: string;
  /** The office's date and time as printed. */
  day: string;
  time: string;
  year: number;
  /** The draft's deadline cell in `list`. */
  deadline: string;
  /** 按期报送 of the report signed off now, without a 成文日期. */
  onTime: '是' | '否';
}

const MORNING_IN_BEIJING: Scenario = {
  name: '07:30 on 2 March in Beijing, 23:30 on 1 March in UTC',
  tz: 'Asia/Shanghai',
  local: '2026-03-02 07:30:00',
  utc: '2026-03-01T23:30',
  day: '2026年3月2日',
  time: '2026年3月2日 07:30',
  year: 2026,
  deadline: '2026-03-01前报送 · 已逾期 1 天',
  onTime: '否',
};

const SCENARIOS: Scenario[] = [
  MORNING_IN_BEIJING,
  {
    name: '23:30 on 1 March in Beijing, 15:30 on 1 March in UTC',
    tz: 'Asia/Shanghai',
    local: '2026-03-01 23:30:00',
    utc: '2026-03-01T15:30',
    day: '2026年3月1日',
    time: '2026年3月1日 23:30',
    year: 2026,
    deadline: '2026-03-01前报送 · 还有 0 天',
    onTime: '是',
  },
  {
    name: '23:30 on 1 March in New York, 04:30 on 2 March in UTC',
    tz: 'America/New_York',
    local: '2026-03-01 23:30:00',
    utc: '2026-03-02T04:30',
    day: '2026年3月1日',
    time: '2026年3月1日 23:30',
    year: 2026,
    deadline: '2026-03-01前报送 · 还有 0 天',
    onTime: '是',
  },
  // The same instant on a machine set to UTC whose settings name Beijing: the same dates.
  {
    ...MORNING_IN_BEIJING,
    name: "07:30 on 2 March in the settings' Beijing, on a machine set to UTC (23:30 on 1 March)",
    tz: 'UTC',
    local: '2026-03-01 23:30:00',
    setting: 'Asia/Shanghai',
  },
  {
    name: "07:30 on New Year's Day 2027 in Beijing, New Year's Eve in UTC",
    tz: 'Asia/Shanghai',
    local: '2027-01-01 07:30:00',
    utc: '2026-12-31T23:30',
    day: '2027年1月1日',
    time: '2027年1月1日 07:30',
    year: 2027,
    deadline: '2027-03-01前报送 · 尚早',
    onTime: '是',
  },
];

let work: string;
beforeAll(() => {
  if (!hasFaketime) return;
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-clock-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The seed report's text with its title naming `unit` and `year`, and an optional signature date line. */
function reportText(unit: string, year: number, dateLine = ''): string {
  const seed = readFileSync(seedPath, 'utf8').replace(/^区统计局2023年/, `${unit}${year}年`);
  return dateLine ? `${seed.trimEnd()}\n\n${unit}\n${dateLine}\n` : seed;
}

async function onTimeColumn(workbook: string): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbook);
  const rows: ExcelJS.CellValue[][] = [];
  book.getWorksheet('汇总')!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  const [header, ...units] = rows;
  const column = header!.indexOf('按期报送');
  return Object.fromEntries(units.map((u) => [String(u[0]), u[column]]));
}

describe.skipIf(!hasFaketime)(
  hasFaketime ? 'the office clock, end to end' : 'the office clock, end to end — SKIPPED: faketime is not installed',
  { timeout: 300_000 },
  () => {
    it.each(SCENARIOS.map((s, i) => ({ ...s, inProcess: i > 0 })))('$name', async (s) => {
      const machineZone = process.env.TZ;
      if (s.inProcess) {
        process.env.TZ = s.tz;
        vi.useFakeTimers({ toFake: ['Date'] });
        // The wall-clock time in the machine's zone (TZ, set above), as faketime takes it.
        vi.setSystemTime(new Date(s.local.replace(' ', 'T')));
      }
      try {
        await scenario(s);
      } finally {
        vi.useRealTimers();
        if (machineZone === undefined) delete process.env.TZ;
        else process.env.TZ = machineZone;
      }
    });
  },
);

async function scenario(s: Scenario & { inProcess: boolean }): Promise<void> {
  const dir = path.join(work, s.name.replace(/\W+/g, '-'));
  const config = path.join(dir, 'config');
  const data = path.join(config, 'Rule-of-Law Report Desk');
  const inbox = path.join(dir, 'inbox');
  mkdirSync(inbox, { recursive: true });
  mkdirSync(data, { recursive: true });
  if (s.setting)
    writeFileSync(path.join(data, 'settings.json'), JSON.stringify({ uiLanguage: 'zh-CN', timeZone: s.setting }));
  const file = (name: string) => path.join(dir, name);
  // The data folder is the default one (XDG_CONFIG_HOME).
  const env = { XDG_CONFIG_HOME: config, REPORT_DESK_LANG: 'zh-CN' };
  /** The command at the scenario's wall-clock time, in the machine's zone. */
  const run = async (...args: string[]) => {
    if (s.inProcess) return runInProcess(args, env);
    const r = spawnSync('faketime', ['-f', `@${s.local}`, process.execPath, bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      // Timers run on the real monotonic clock; only the wall clock is set.
      env: { ...process.env, ...env, TZ: s.tz, FAKETIME_DONT_FAKE_MONOTONIC: '1' },
      timeout: 120_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const ok = async (...args: string[]) => {
    const r = await run(...args);
    // Nothing said on stderr but the roll-up's progress.
    expect(r.err.replace(/^已读取 \d+ \/ \d+\n/gm, '')).toBe('');
    expect(r.code).toBe(0);
    return r.out;
  };

  // Import last year's report into the data folder: a draft, with the submit deadline as of today.
  const last = s.year - 1;
  writeFileSync(file('report.txt'), reportText('区统计局', last));
  const id = /编号：(\S+)/.exec(await ok('import', file('report.txt'), '--year', String(last)))![1]!;
  const listed = (await ok('list')).trim().split('\t');
  expect(listed.slice(0, 5)).toEqual([id, String(last), '草稿', s.deadline, s.time]);

  // The sign-off steps.
  await ok('sign-off', id, '--step', 'submit', '--name', '张三');
  await ok('sign-off', id, '--step', 'review', '--name', '李四', '--opinion', '同意');
  expect(await ok('sign-off', id, '--step', 'approve', '--name', '王五', '--opinion', '同意印发')).toContain('已签发');

  // The versions list: the local date and time.
  const versions = (await ok('versions', id))
    .trim()
    .split('\n')
    .map((line) => line.split('\t').slice(0, 2));
  expect(versions).toEqual([
    ['第1版', s.time],
    ['第2版', s.time],
  ]);

  // The approval slip: every record dated the office's day.
  await ok('slip', id, '--pdf', file('slip.pdf'));
  const slip = execFileSync('pdftotext', ['-layout', file('slip.pdf'), '-'], { encoding: 'utf8' });
  for (const [role, name] of [
    ['拟稿人（送审）', '张三'],
    ['核稿人（核稿）', '李四'],
    ['签发人（签发）', '王五'],
  ])
    expect(slip).toMatch(new RegExp(`${role}\\s+${name}\\s+${s.day}(\\s|$)`, 'm'));
  expect(slip.match(/\d{4}年\d{1,2}月\d{1,2}日/g)).toEqual([s.day, s.day, s.day]);

  // Each record's instant is stored as it happened, in UTC.
  const packageFile = path.join(inbox, 'statistics.rldpkg');
  await ok('export-package', id, '--out', packageFile);
  const { report } = JSON.parse(readFileSync(packageFile, 'utf8')) as { report: Report };
  expect(report.signOff.records.map((r) => r.at.slice(0, 16))).toEqual([s.utc, s.utc, s.utc]);
  expect(report.signOff.records.every((r) => r.at.endsWith('Z'))).toBe(true);

  // Validation's today: a report on this year is fine, one on next year has not begun.
  const yearCodes = async (year: number) => {
    writeFileSync(file('year.json'), JSON.stringify({ ...report, meta: { ...report.meta, year } }));
    const findings = JSON.parse((await run('validate', file('year.json'), '--json')).out) as Finding[];
    return findings.map((f) => f.code).filter((code) => code === 'YEAR_IN_FUTURE');
  };
  expect(await yearCodes(s.year)).toEqual([]);
  expect(await yearCodes(s.year + 1)).toEqual(['YEAR_IN_FUTURE']);

  // The roll-up's on-time check: the report signed off now, by its day in the office's zone; and a report
  // dated (成文日期) 1 March, on time whatever the clock.
  writeFileSync(path.join(inbox, 'justice.txt'), reportText('区司法局', last, `${s.year}年3月1日`));
  await ok('rollup', inbox, '--xlsx', file('rollup.xlsx'), '--year', String(last));
  expect(await onTimeColumn(file('rollup.xlsx'))).toEqual({ 区统计局: s.onTime, 区司法局: '是' });
}
