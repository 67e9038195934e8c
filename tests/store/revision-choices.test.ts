// A revision beyond its body, through the services: the fields the leader's file prints otherwise (title, 主送,
// 落款, 成文日期) and the figures its text states otherwise than the indicators are offered in the preview and
// taken only as chosen; the choices of conflicts are applied one by one.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../../core/text-render';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';
import { codeOf, tempDir } from './helpers';
import { seedPath } from '../unit/seed';

/** The seed report's Word export as a leader returned it from LibreOffice (tests/fixtures/make-leader-revision.py). */
const leaderDocx = path.join(import.meta.dirname, '../fixtures/leader-revision-2023.docx');

const running: Services[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

const upload = (text: string) => ({ fileName: 'revision.txt', data: Buffer.from(text, 'utf8').toString('base64') });

async function submitted() {
  const services = await headlessServices(path.join(tempDir(), 'data'));
  running.push(services);
  const { report } = await services.importOutlineFromFile(seedPath, {});
  await services.signOff(report.id, { step: 'submit', name: '张三' });
  return { services, report };
}

/** The sent text as the leader returns it: an addressee, a 落款 with its date, and 285家 → 290家. */
function leaderText(sent: string): string {
  const [title, ...rest] = sent.split('\n');
  return [title, '区人民政府：', ...rest, '区统计局', '2024年1月8日'].join('\n').replace('对285家企业', '对290家企业');
}

describe('a revision beyond the body', () => {
  it('offers the metadata and indicator figures the leader’s file changes, and takes only those chosen', async () => {
    const { services, report } = await submitted();
    const checked = report.indicators.findIndex((i) => i.label === '源头数据核查企业');
    expect(report.indicators[checked]!.value).toBe(285);
    const preview = await services.previewRevision(report.id, upload(leaderText(renderText(report))));
    expect(preview.metadata).toEqual([
      { field: 'recipient', base: '', ours: '', theirs: '区人民政府' },
      { field: 'signatureUnit', base: '', ours: '', theirs: '区统计局' },
      { field: 'date', base: '', ours: '', theirs: '2024-01-08' },
    ]);
    expect(preview.indicators.map((d) => [d.label, d.value, d.stated])).toEqual([['源头数据核查企业', 285, 290]]);

    const accepted = await services.acceptRevision(report.id, preview.token, '王五', {
      metadata: ['date', 'signatureUnit'],
      indicators: [report.indicators[checked]!.id],
    });
    expect(accepted.meta).toEqual({
      ...report.meta,
      status: 'in-review',
      date: '2024-01-08',
      signatureUnit: '区统计局',
    });
    expect(accepted.indicators[checked]!.value).toBe(290);
    expect(accepted.indicators.filter((_, i) => i !== checked)).toEqual(
      report.indicators.filter((_, i) => i !== checked),
    );
    expect(renderText(accepted)).toContain('对290家企业');
  });

  it('takes nothing beyond the body unless chosen', async () => {
    const { services, report } = await submitted();
    const preview = await services.previewRevision(report.id, upload(leaderText(renderText(report))));
    const accepted = await services.acceptRevision(report.id, preview.token, '王五');
    expect(accepted.meta).toEqual({ ...report.meta, status: 'in-review' });
    expect(accepted.indicators).toEqual(report.indicators);
  });

  it('applies the side chosen for each conflict and refuses choices that do not cover them all', async () => {
    const { services, report } = await submitted();
    const sent = renderText(report);
    const draft = (await services.openReport(report.id)).report;
    const edited = JSON.parse(
      JSON.stringify(draft).replace('排查工作1次', '排查工作3次').replace('只有2名', '只有4名'),
    ) as typeof draft;
    await services.saveReport(edited);
    const leader = sent.replace('排查工作1次', '排查工作2次').replace('只有2名', '只有3名');
    const preview = await services.previewRevision(report.id, upload(leader));
    expect(preview.conflicts.map((c) => [c.place.chapter, c.place.item])).toEqual([
      ['主要工作开展情况', 3],
      ['存在问题', 3],
    ]);
    expect(preview.draftEdits.count).toBe(2);
    expect(await codeOf(services.acceptRevision(report.id, preview.token, '王五', { conflicts: ['ours'] }))).toBe(
      'REVISION_CONFLICTS',
    );
    const accepted = renderText(
      await services.acceptRevision(report.id, preview.token, '王五', { conflicts: ['theirs', 'ours'] }),
    );
    expect(accepted).toContain('排查工作2次');
    expect(accepted).toContain('只有4名');
  });

  it('tells what reading a leader’s Word file found, and keeps its comment on the version with its author', async () => {
    const { services, report } = await submitted();
    const preview = await services.previewRevisionFromFile(report.id, leaderDocx);
    expect(preview.notices.map((n) => n.code)).toEqual(['revisions', 'comments']);
    expect(preview.notices[0]).toMatchObject({ authors: ['张局长'] });
    expect(preview.reviewNotes).toEqual([{ author: '张局长', text: '请核实采纳率数据来源。' }]);
    expect(preview.metadata.map((m) => [m.field, m.theirs])).toEqual([
      ['signatureUnit', '区统计局'],
      ['date', '2024-01-08'],
    ]);
    expect(preview.diff.changed).toBe(3);
    await services.acceptRevision(report.id, preview.token, '王五');
    const { versions } = await services.listVersions(report.id);
    expect(versions.map((v) => [v.kind, v.reviewNotes])).toEqual([
      ['submitted', []],
      ['revision', [{ author: '张局长', text: '请核实采纳率数据来源。' }]],
    ]);
  });
});
