// Three departments' reports written by hand for the district draft's tests (tests/unit/district-draft.test.ts,
// tests/rollup/district-draft.test.ts): one made in the app from the template, one as a Word file's chapters
// arrive (no template keys: its required items told by their titles), one with few figures and a percentage.
// Their figures and texts are the expected values' source: the tests state the sums and quotations themselves.
import type { DraftSource } from '../../core/district-draft';
import { reportSchema, type Report } from '../../core/model';
import { createReportFromTemplate } from '../../core/templates';

export const YEAR = 2024;
const item = (title: string, body = '') => ({ id: `i-${title}${body}`.slice(0, 60), title, body, subItems: [] });

function justice(): Report {
  const r = createReportFromTemplate('department-annual', {
    organisation: '区司法局',
    year: YEAR,
    indicatorPreset: 'general',
  });
  const [measures, , shortcomings, plans] = r.chapters;
  measures!.sections[0]!.paragraphs = ['组织党组理论学习中心组专题学法4次。邀请专家作法治讲座。'];
  measures!.sections[2]!.items = [item('规范执法程序。', '全面推行行政执法三项制度。')];
  shortcomings!.paragraphs = ['执法人员数量不足，原因是编制有限。'];
  plans!.items = [item('', '深化法治宣传。加强执法培训。')];
  const [study, reviews, trainings] = r.indicators;
  study!.value = 4;
  reviews!.value = 12;
  trainings!.value = 2;
  return r;
}

/** As a Word file's chapters arrive: no template keys, the required items told by their titles only. */
function statistics(): Report {
  return reportSchema.parse({
    schemaVersion: 1,
    id: 'stat',
    templateId: 'imported',
    createdAt: '2025-02-01T00:00:00.000Z',
    updatedAt: '2025-02-01T00:00:00.000Z',
    meta: { organisation: '区统计局', year: YEAR },
    chapters: [
      {
        id: 'c1',
        title: '主要工作开展情况',
        sections: [
          {
            id: 's1',
            heading: '强化统计执法检查工作，推动执法体系建设。',
            items: [item('推进“双随机、一公开”检查。', '全年检查企业40家。')],
          },
          { id: 's2', heading: '加强普法宣传。', paragraphs: ['开展宪法宣传周活动。共发放资料300份。'] },
        ],
      },
      { id: 'c2', title: '存在问题', items: [item('', '统计法治人才不足。受限于编制。')] },
      { id: 'c3', title: '下一步工作计划', paragraphs: ['深入推进统计执法。加强队伍建设。'] },
    ],
    indicators: [{ id: 'x1', key: 'law-study-meetings', label: '法律专题学习会议', unit: '次', value: 5 }],
  });
}

function finance(): Report {
  const r = createReportFromTemplate('department-annual', {
    organisation: '区财政局',
    year: YEAR,
    indicatorPreset: 'general',
  });
  r.chapters[0]!.sections[0]!.items = ['一学。', '二学。', '三学。', '四学。', '五学。'].map((t) => item(t));
  const [study, , trainings] = r.indicators;
  study!.value = 3;
  trainings!.value = 1;
  r.indicators.push(
    { id: 'p1', label: '行政复议纠错率', unit: '%', kind: 'percent', value: 20, notApplicable: false },
    { id: 'p2', label: '行政复议案件', unit: '件', kind: 'count', value: null, notApplicable: false },
  );
  return r;
}

export const draftSources = (): DraftSource[] => [
  { unit: '区司法局', report: justice() },
  { unit: '区统计局', report: statistics() },
  { unit: '区财政局', report: finance() },
];
