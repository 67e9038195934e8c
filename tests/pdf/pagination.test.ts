// Page breaks in reports of several shapes, read back from the PDF: chapters made only of bodiless sections
// (whole-sentence （一）（二）… entries, one and two lines long), standalone headings over short paragraphs, a
// two-line title. Each report is shifted line by line with extra preamble paragraphs, so that every block
// meets the bottom of a page at every offset.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { importOutline } from '../../core/outline-import';
import { renderPdf } from '../../electron/formats/pdf/export';
import { checkOfficialLayout } from './layout-checks';
import { paginationProblems } from './pagination-checks';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(repoRoot, 'tests/artifacts/pdf/pagination');

const MEASURES = [
  '加强组织领导。镇党委每季度专题研究法治建设工作，全年召开专题会议4次，研究解决重点难点问题12个，压实各部门推进法治建设的责任。',
  '推进依法决策。重大行政决策全部经过合法性审查和集体讨论决定。',
  '规范行政执法。全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，全年开展执法检查56次，办结案件31件，无一被复议撤销或诉讼败诉，执法规范化水平持续提升。',
];
/** Whole-sentence entries, one or two lines long. */
const PROBLEMS = [
  '法治审核力量不足，部分村居缺少专职法治人员，原因是编制紧张。',
  '执法人员培训不够系统，基层执法规范化水平有待提高，主要原因是培训经费不足、培训内容与执法实践结合不够紧密。',
  '普法宣传形式单一。',
];
const PLANS = [
  '加强法治审核队伍建设，年内实现每个镇街至少配备2名专职法治审核人员。',
  '完善执法培训机制，每季度组织一次执法人员专题培训，全年培训覆盖全部一线执法人员，培训考核结果纳入年度考核。',
  '深化法治宣传教育，推动“八五”普法规划全面落实。',
  '健全行政争议化解机制，推动行政复议和行政诉讼案件数量稳中有降。',
];

const numbered = (entries: string[]) => entries.map((e, i) => `（${'一二三四五六七八九十'[i]}）${e}`).join('\n');

/** A report as outline text: `extra` one-line preamble paragraphs shift everything after them down a line each. */
function outline(options: { title: string; extra: number; measures: boolean }): string {
  const preamble = Array.from({ length: options.extra }, (_, i) => `补充说明第${i + 1}项。`);
  const chapters = [
    ...(options.measures ? [['主要举措和成效', numbered(MEASURES)]] : []),
    ['存在的问题和原因', numbered(PROBLEMS)],
    ['下一步工作计划', numbered([...PLANS, ...PLANS.map((p) => `持续${p}`)])],
  ];
  return [
    options.title,
    '',
    '2024年，我镇深入贯彻落实党中央、国务院关于法治政府建设的决策部署，现将有关情况报告如下。',
    ...preamble,
    '',
    ...chapters.map(([title, body], i) => `${'一二三四'[i]}、${title}\n${body}\n`),
    '某镇人民政府',
    '2025年1月10日',
  ].join('\n');
}

/** Standalone level-2 headings (no final mark) over paragraphs of one, two and three lines. */
function headingsOutline(extra: number): string {
  const sections = ['健全依法行政制度体系', '严格规范公正文明执法', '强化行政权力制约监督', '提升法治宣传教育实效'];
  const bodies = [MEASURES[1]!, MEASURES[0]!, MEASURES[2]!, `${MEASURES[1]!}${MEASURES[1]!}`];
  return [
    '市司法局2024年法治政府建设情况报告',
    '',
    ...Array.from({ length: 1 + extra }, (_, i) => `说明第${i + 1}项。`),
    '',
    '一、主要工作',
    ...sections.flatMap((s, i) => [`（${'一二三四'[i]}）${s}`, bodies[i]!]),
    '二、下一步工作计划',
    ...sections.flatMap((s, i) => [`（${'一二三四'[i]}）${s}`, bodies[(i + 1) % 4]!]),
    '',
    '市司法局',
    '2025年1月20日',
  ].join('\n');
}

async function problems(name: string, text: string): Promise<string[]> {
  mkdirSync(artifacts, { recursive: true });
  const report = importOutline(text);
  const file = path.join(artifacts, `${name}.pdf`);
  const { bytes, ...result } = await renderPdf(report);
  writeFileSync(file, bytes);
  expect(result.missingCharacters).toEqual([]);
  const { lines } = checkOfficialLayout(file);
  return paginationProblems(lines, buildDocument(report)).map((p) => `${name}: ${p}`);
}

afterAll(() => rmSync(artifacts, { recursive: true, force: true }));

describe('page breaks', () => {
  it('hold for chapters made only of whole-sentence sections, at every offset', async () => {
    const found: string[] = [];
    for (let extra = 0; extra < 22; extra++)
      found.push(
        ...(await problems(
          `bodiless-${extra}`,
          outline({ title: '某镇人民政府2024年法治政府建设情况报告', extra, measures: true }),
        )),
      );
    expect(found).toEqual([]);
  });

  it('hold under a two-line title with no chapter but bodiless sections', async () => {
    const title = '某某县人民政府办公室关于2024年度法治政府建设工作情况和下一步工作安排的报告';
    const found: string[] = [];
    for (let extra = 0; extra < 22; extra += 3)
      found.push(...(await problems(`two-line-title-${extra}`, outline({ title, extra, measures: false }))));
    expect(found).toEqual([]);
  });

  it('hold for standalone headings over paragraphs of one, two and three lines', async () => {
    const found: string[] = [];
    for (let extra = 0; extra < 22; extra += 2)
      found.push(...(await problems(`headings-${extra}`, headingsOutline(extra))));
    expect(found).toEqual([]);
  });
});
