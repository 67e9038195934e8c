// What a revised file says beyond its body, compared with the version sent out and the draft: each field it
// prints otherwise is offered with the three texts, and only the fields chosen are taken. A default title stays
// unset when taken back.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { metadataChanges, takeMetadata } from '../../core/revision-metadata';
import { createReportFromTemplate } from '../../core/templates';

const sent = (): Report => {
  const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });
  report.meta.recipient = '区人民政府';
  report.meta.date = '2024-01-05';
  return report;
};
const withMeta = (report: Report, meta: Partial<Report['meta']>): Report => ({
  ...report,
  meta: { ...report.meta, ...meta },
});

describe('metadata of a revision', () => {
  it('offers each field the leader’s file prints otherwise than the draft, with the text as sent', () => {
    const base = sent();
    const ours = withMeta(base, { recipient: '区政府办' });
    const theirs = withMeta(base, {
      title: '区统计局关于2023年法治政府建设情况的报告',
      date: '2024-01-08',
      recipient: '市政府',
    });
    expect(metadataChanges(base, ours, theirs)).toEqual([
      {
        field: 'title',
        base: '区统计局2023年法治政府建设情况报告',
        ours: '区统计局2023年法治政府建设情况报告',
        theirs: '区统计局关于2023年法治政府建设情况的报告',
      },
      { field: 'recipient', base: '区人民政府', ours: '区政府办', theirs: '市政府' },
      { field: 'date', base: '2024-01-05', ours: '2024-01-05', theirs: '2024-01-08' },
    ]);
  });

  it('does not offer a field the leader’s file leaves out', () => {
    const base = sent();
    expect(metadataChanges(base, base, withMeta(base, { recipient: null, date: null }))).toEqual([]);
  });

  it('takes only the fields chosen; a default title taken back stays unset', () => {
    const base = sent();
    const ours = withMeta(base, { title: '另拟的标题' });
    const theirs = withMeta(base, { title: null, date: '2024-01-08', recipient: '市政府' });
    const taken = takeMetadata(ours, theirs, ['title', 'date']);
    expect(taken.meta).toEqual({ ...ours.meta, title: null, date: '2024-01-08' });
  });
});
