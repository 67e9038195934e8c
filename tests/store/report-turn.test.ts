// One turn per report: saves, sign-off steps, revisions and imports of a report go through one queue, so a save
// racing an approval neither writes back the state and records from before it nor loses its own text.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import type { Services } from '../../electron/services';
import { KeyedQueue } from '../../electron/store/keyed-queue';
import { headlessServices } from '../headless-services';
import { seedPath } from '../unit/seed';
import { codeOf, tempDir } from './helpers';

const running: Services[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

/** Small pseudo-random delays (a fixed seed: a failure can be replayed). */
function delays(seed: number): () => Promise<void> {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return new Promise((resolve) => setTimeout(resolve, state % 6));
  };
}

/** 'done', or the code a step or save was refused with. */
const outcome = (result: PromiseSettledResult<unknown>): string =>
  result.status === 'fulfilled'
    ? 'done'
    : result.reason instanceof AppError
      ? result.reason.code
      : String(result.reason);

const withParagraph = (report: Report, text: string): Report => ({
  ...report,
  chapters: report.chapters.map((c, i) => (i === 0 ? { ...c, paragraphs: [...c.paragraphs, text] } : c)),
});

describe('one turn per report', () => {
  it('races saves of the report as it was before an approval with the approval: one queue decides, nothing is lost', async () => {
    const services = await headlessServices(path.join(tempDir(), 'data'));
    running.push(services);
    const { report: seed } = await services.importOutlineFromFile(seedPath, {});
    const id = seed.id;
    const pause = delays(19);
    const outcomes = { saveFirst: 0, approvalFirst: 0 };
    let status = seed.meta.status;
    for (let round = 0; round < 24; round++) {
      if (status === 'signed-off') await services.signOff(id, { step: 'reopen', name: '王五' });
      if (status !== 'in-review') await services.signOff(id, { step: 'submit', name: '张三' });
      const beforeApproval = await services.signOff(id, { step: 'review', name: '李四' });
      // Every other round the save changes nothing that prints (an autosave of the copy the wizard holds).
      const edit = round % 2 ? `第${round}轮补充的一段话。` : null;
      const [save, approval] = await Promise.allSettled([
        pause().then(() => services.saveReport(edit ? withParagraph(beforeApproval, edit) : beforeApproval)),
        pause().then(() => services.signOff(id, { step: 'approve', name: '王五' })),
      ]);
      const { report } = await services.openReport(id);
      status = report.meta.status;
      const steps = beforeApproval.signOff.records.map((r) => r.step);
      if (approval.status === 'fulfilled') {
        outcomes.approvalFirst += edit ? 1 : 0;
        // The approval's state and records, whatever the save carried.
        expect(status).toBe('signed-off');
        expect(report.signOff.records).toEqual(approval.value.signOff.records);
        expect(report.signOff.records.map((r) => r.step)).toEqual([...steps, 'approve']);
        expect(outcome(save)).toBe(edit ? 'REPORT_SIGNED_OFF' : 'done');
      } else {
        // Only a save that changed the text before the approval's turn can stop it.
        outcomes.saveFirst++;
        expect(edit).not.toBeNull();
        expect(outcome(approval)).toBe('SIGN_OFF_CHANGED_SINCE_REVIEW');
        expect(status).toBe('in-review');
        expect(report.signOff.records).toEqual(beforeApproval.signOff.records);
      }
      // An acknowledged save's text is there; a refused one is not.
      if (edit) expect(renderText(report).includes(edit)).toBe(save.status === 'fulfilled');
    }
    // Both orders happened.
    expect(outcomes.saveFirst).toBeGreaterThan(0);
    expect(outcomes.approvalFirst).toBeGreaterThan(0);
  });

  it('keeps the state and records as stored when a save of an older copy changes nothing that prints', async () => {
    const services = await headlessServices(path.join(tempDir(), 'data'));
    running.push(services);
    const { report: seed } = await services.importOutlineFromFile(seedPath, {});
    await services.signOff(seed.id, { step: 'submit', name: '张三' });
    const reviewed = await services.signOff(seed.id, { step: 'review', name: '李四' });
    const approved = await services.signOff(seed.id, { step: 'approve', name: '王五' });
    await services.saveReport(reviewed);
    const { report } = await services.openReport(seed.id);
    expect(report.meta.status).toBe('signed-off');
    expect(report.signOff.records).toEqual(approved.signOff.records);
    expect(await codeOf(services.saveReport(withParagraph(reviewed, '签发后才到的修改。')))).toBe('REPORT_SIGNED_OFF');
  });
});

describe('KeyedQueue', () => {
  it('runs a task for a key it already holds at once, and one set off inside a turn after that turn', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    let later: Promise<void> = Promise.resolve();
    await queue.run('a', async () => {
      order.push('outer');
      await queue.run('a', async () => void order.push('nested'));
      // A timer set in the turn fires after it: it waits behind the next turn instead of slipping in.
      later = new Promise((resolve) =>
        setTimeout(() => resolve(queue.run('a', async () => void order.push('timer'))), 5),
      );
      void queue.run('b', async () => void order.push('other key'));
    });
    const next = queue.run('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('next');
    });
    await Promise.all([later, next]);
    expect(order).toEqual(['outer', 'nested', 'other key', 'next', 'timer']);
  });
});
