// Long reports for tests and benchmarks: the seed's chapters repeated, each copy's text varied (numbers, the
// unit's name, an opening clause of varying length) so that line breaks fall differently and no line repeats.
import { readSeed } from '../unit/seed';
import { importOutline } from '../../core/outline-import';
import type { Chapter, Report } from '../../core/model';
import { chineseNumeral } from '../../core/chinese-numerals';

export const seedText = readSeed;

const UNITS = [
  '区统计局',
  '市统计局',
  '县统计局',
  '区统计调查队',
  '市统计普查中心',
  '县统计执法大队',
  '区统计局综合科',
];
const OPENINGS = [
  '同时，',
  '此外，',
  '与此同时，',
  '在此基础上，',
  '按照年度工作安排，',
  '根据上级部署要求，',
  '结合本单位实际情况，',
  '围绕全年目标任务，',
];

/** Copy 0 is the seed itself; later copies differ in every sentence, so their lines break differently. */
function vary(text: string, copy: number): string {
  if (copy === 0 || !text) return text;
  const unit = UNITS[copy % UNITS.length]!;
  const body = text
    .replace(/\d+/g, (n) => String(Number(n) + copy * 7))
    .replaceAll('区统计局', unit)
    .replaceAll('。', `（第${copy + 1}项）。`)
    .replace(/[，；、]/g, (mark) => mark + chineseNumeral(copy + 1));
  return `${OPENINGS[copy % OPENINGS.length]}在第${chineseNumeral(copy + 1)}阶段，${body}`;
}

function varyChapter(chapter: Chapter, copy: number): Chapter {
  const v = (t: string) => vary(t, copy);
  return {
    ...chapter,
    id: `${chapter.id}-${copy}`,
    title: copy ? `${chapter.title}（${chineseNumeral(copy + 1)}）` : chapter.title,
    paragraphs: chapter.paragraphs.map(v),
    closing: chapter.closing.map(v),
    items: chapter.items.map((item) => ({
      ...item,
      title: v(item.title),
      body: v(item.body),
      subItems: item.subItems.map((s) => ({ ...s, body: v(s.body) })),
    })),
    sections: chapter.sections.map((section) => ({
      ...section,
      heading: v(section.heading),
      paragraphs: section.paragraphs.map(v),
      closing: section.closing.map(v),
      items: section.items.map((item) => ({
        ...item,
        title: v(item.title),
        body: v(item.body),
        subItems: item.subItems.map((s) => ({ ...s, body: v(s.body) })),
      })),
    })),
  };
}

/** The seed report with its chapters `times` over (10 → about 55 pages, 50 → about 270). */
export function longReport(times: number): Report {
  const seed = importOutline(seedText());
  const chapters: Chapter[] = [];
  for (let copy = 0; copy < times; copy++) chapters.push(...seed.chapters.map((c) => varyChapter(c, copy)));
  return { ...seed, chapters };
}
