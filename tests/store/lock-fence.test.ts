// The lock fences its writes: a holder paused between its lock check and its rename (the system stopped it, a
// laptop slept) cannot overwrite the save of the holder that took the folder over meanwhile, however long it
// was paused; it is told that another window took over.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../core/i18n';
import type { Report } from '../../core/model';
import { ReportStore } from '../../electron/store/store';
import { failure, sampleReport, tempDir } from './helpers';

const stores: ReportStore[] = [];
afterEach(async () => {
  while (stores.length)
    await stores
      .pop()!
      .close()
      .catch(() => undefined);
});

/** A lock that goes stale after 100 ms without a heartbeat (none comes in the test's time). */
const lockTiming = { heartbeatMs: 60_000, staleAfterMs: 100 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A hook that, once armed, holds the next write at the point between the lock check and the rename. */
function pausePoint() {
  let armed = false;
  let reached = () => undefined as void;
  let release = () => undefined as void;
  const paused = new Promise<void>((resolve) => (reached = resolve));
  const resumed = new Promise<void>((resolve) => (release = resolve));
  return {
    arm: () => (armed = true),
    paused,
    resume: () => release(),
    hook: async () => {
      if (!armed) return;
      armed = false;
      reached();
      await resumed;
    },
  };
}

const onDisk = (dir: string, id: string): Report =>
  JSON.parse(readFileSync(path.join(dir, 'reports', `${id}.json`), 'utf8')) as Report;

describe('the lock fences its writes', () => {
  it('keeps the new holder’s acknowledged save when a paused holder resumes its rename, and tells that holder', async () => {
    const dir = tempDir();
    const pause = pausePoint();
    const first = await ReportStore.open(dir, { lockTiming, afterLockCheck: pause.hook });
    stores.push(first);
    const report = await first.create(sampleReport());

    pause.arm();
    const late = failure(first.update({ ...report, preamble: ['第一个窗口暂停前的保存。'] }));
    await pause.paused;
    // Paused past the stale time: another window takes the folder over and saves.
    await sleep(250);
    const second = await ReportStore.open(dir, { lockTiming });
    stores.push(second);
    const acknowledged = await second.update({ ...report, preamble: ['第二个窗口的保存。'] });

    pause.resume();
    const refused = await late;
    expect(refused.code).toBe('LOCK_LOST');
    expect(errorMessage('zh-CN', refused)).toContain('已被另一个报告助手接管');
    expect(onDisk(dir, report.id)).toEqual(acknowledged);
    expect((await second.get(report.id)).report).toEqual(acknowledged);
  });
});
