// The services date by the office's time zone, which the settings may name (an office PC whose own zone is
// wrong): validation's today, the year of an imported text that names none, and the roll-up's on-time check all
// follow the setting from the next call; the API contract refuses a zone Intl does not know.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RollupStatus } from '../../core/api';
import { createReportFromTemplate } from '../../core/templates';
import { dispatch } from '../../electron/services/dispatch';
import { encodePackage } from '../../electron/formats/package/package-format';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';
import { tempDir } from './helpers';

const running: Services[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

/** Services whose clock stands at `instant`, with the roll-up's Open dialog answering `folder`. */
async function servicesAt(instant: string, folder: string | null = null): Promise<Services> {
  const services = await headlessServices(path.join(tempDir(), 'data'), {
    now: () => new Date(instant),
    chooseOpenPath: async () => folder,
  });
  running.push(services);
  return services;
}

describe("the services' office clock", () => {
  it("takes validation's today from the office's zone: New Year's morning in Beijing is still 2026 in UTC", async () => {
    const services = await servicesAt('2026-12-31T23:30:00.000Z');
    const { id } = await services.createReport({ templateId: 'three-part', organisation: '区统计局', year: 2027 });
    const future = async () =>
      (await services.validateReport(id)).filter((f) => f.code === 'YEAR_IN_FUTURE').map((f) => f.params.year);
    await services.setSettings({ timeZone: 'UTC' });
    expect(await future()).toEqual([2027]);
    await services.setSettings({ timeZone: 'Asia/Shanghai' });
    expect(await future()).toEqual([]);
  });

  it("dates a text that names no year on the year before the office's this year", async () => {
    const dir = tempDir();
    const text = path.join(dir, 'no-year.txt');
    writeFileSync(text, '区统计局法治政府建设情况报告\n\n一、主要工作开展情况\n坚持依法行政。\n');
    const services = await servicesAt('2026-12-31T23:30:00.000Z');
    await services.setSettings({ timeZone: 'UTC' });
    expect((await services.importOutlineFromFile(text, {})).report.meta.year).toBe(2025);
    await services.setSettings({ timeZone: 'Asia/Shanghai' });
    expect((await services.importOutlineFromFile(text, {})).report.meta.year).toBe(2026);
  });

  it('counts a report signed off at 07:30 on 2 March in Beijing as after the 1 March deadline', async () => {
    const inbox = tempDir();
    mkdirSync(inbox, { recursive: true });
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2025 });
    report.meta.status = 'signed-off';
    report.signOff.records = [
      {
        step: 'approve',
        name: '王五',
        at: '2026-03-01T23:30:00.000Z',
        opinion: '',
        version: 1,
        fingerprint: 'f'.repeat(64),
        attribute: null,
      },
    ];
    writeFileSync(path.join(inbox, 'statistics.rldpkg'), encodePackage(report, '2026-03-02T00:00:00.000Z'));
    const services = await servicesAt('2026-03-02T01:00:00.000Z', inbox);
    const onTime = async () => {
      const job = (await services.startRollup({ year: 2025 }))!;
      let status: RollupStatus | undefined;
      await vi.waitFor(async () => {
        status = await services.rollupStatus(job.jobId);
        expect(status.result ?? status.error).toBeTruthy();
      });
      return status!.result!.units.map((u) => u.deadlineMet);
    };
    await services.setSettings({ timeZone: 'UTC' });
    expect(await onTime()).toEqual([true]);
    await services.setSettings({ timeZone: 'Asia/Shanghai' });
    expect(await onTime()).toEqual([false]);
  });

  it('keeps a zone Intl knows, and the API contract refuses one it does not', async () => {
    const services = await servicesAt('2026-03-02T01:00:00.000Z');
    const set = (timeZone: string) => dispatch(services, 'setSettings', [{ timeZone }]);
    expect(await set('Asia/Shanghai')).toEqual({ ok: true, value: { uiLanguage: 'zh-CN', timeZone: 'Asia/Shanghai' } });
    expect(await set('Beijing')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await services.getSettings()).toEqual({ uiLanguage: 'zh-CN', timeZone: 'Asia/Shanghai' });
  });

  it('drops a zone mistyped in settings.json by hand, and only that: the language and deadlines stay', async () => {
    const dataDir = path.join(tempDir(), 'data');
    mkdirSync(dataDir, { recursive: true });
    const settings = { uiLanguage: 'en', deadlines: { submit: '02-15' }, timeZone: 'Asia/Beijing' };
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
    const services = await headlessServices(dataDir);
    running.push(services);
    expect(await services.getSettings()).toEqual({ uiLanguage: 'en', deadlines: { submit: '02-15' } });
    expect(await services.setSettings({ timeZone: 'Asia/Shanghai' })).toEqual({
      uiLanguage: 'en',
      deadlines: { submit: '02-15' },
      timeZone: 'Asia/Shanghai',
    });
  });
});
