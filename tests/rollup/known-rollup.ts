// A small roll-up written out by hand, so that what its charts and summary must show is known without running
// the roll-up: six units (four on time, one late, one undated), one unit whose only file was unusable, another
// whose unusable file sits beside a usable report, two units missing, and three indicators reported unevenly.
import type { RollupFigure, RollupResult, RollupUnit } from '../../core/rollup-schema';

const figure = (key: string | undefined, label: string, value: number | null, unit = '次'): RollupFigure => ({
  key,
  label,
  unit,
  kind: 'count',
  value,
  notApplicable: false,
  flagged: false,
});

const unit = (name: string, deadlineMet: boolean | null, figures: RollupFigure[]): RollupUnit => ({
  file: `收件/${name}.rldpkg`,
  source: 'package',
  unit: name,
  title: `${name}2024年法治政府建设情况报告`,
  year: 2024,
  status: 'signed-off',
  signedOff: true,
  signer: '张三',
  fingerprint: 'abc',
  decidedAt: '2025-02-01T00:00:00.000Z',
  pages: 4,
  characters: 3000,
  covers: ['measures', 'shortcomings', 'first-responsible', 'plans', 'other'],
  findings: 0,
  deadlineMet,
  figures,
  warnings: [],
  duplicates: 0,
});

const meetings = (value: number | null) => figure('law-study-meetings', '法律专题学习会议', value);
const reviews = (value: number | null) => figure('legality-reviews', '合法性审查文件', value, '件');
const cases = (value: number) => figure(undefined, '行政复议案件', value, '件');

export const KNOWN_UNITS = {
  onTime: ['区司法局', '区财政局', '区统计局', '区教育局'],
  late: ['区民政局'],
  undated: ['区水务局'],
  unusable: ['区卫生健康委'],
  missing: ['区审计局', '区科技局'],
} as const;

export const knownRollup: RollupResult = {
  year: 2024,
  files: 10,
  units: [
    unit('区司法局', true, [meetings(6), reviews(31), cases(12)]),
    unit('区财政局', true, [meetings(4), reviews(18)]),
    unit('区统计局', true, [meetings(3), reviews(null)]),
    unit('区教育局', true, [meetings(5), reviews(9), cases(3)]),
    unit('区民政局', false, [meetings(2), reviews(null)]),
    unit('区水务局', null, [meetings(null), reviews(7)]),
  ],
  problems: [
    {
      file: '收件/区卫生健康委.doc',
      category: 'unusable',
      unit: '区卫生健康委',
      reason: {
        key: 'rollup:reason.unusable',
        params: { unit: '区卫生健康委', year: 2024, code: 'WORD_DOC_AUTONUMBER' },
      },
    },
    {
      file: '收件/区司法局（旧）.doc',
      category: 'unusable',
      unit: '区司法局',
      reason: { key: 'rollup:reason.unusable', params: { unit: '区司法局', year: 2024, code: 'WORD_DOC_AUTONUMBER' } },
    },
    { file: '收件/照片.jpg', category: 'refused', reason: { key: 'errors:PACKAGE_NOT_A_PACKAGE', params: {} } },
  ],
  missing: ['区审计局', '区科技局'],
};
