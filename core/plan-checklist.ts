// Last year's plans, this year's checklist: each item of the previous report's plans chapter (下一步工作计划,
// 主要安排, 工作打算 … whatever the template or the office called it) becomes an entry to mark 已完成 / 推进中 /
// 未开展 and to link to the paragraph of this year's report that says what became of it. The checklist prints
// only when the office asks for it (style.printPlanChecklist), as a short closing section.
import type { DocPath } from './doc-path';
import type { Block, Run } from './document-blocks';
import { translator } from './i18n';
import { newId } from './ids';
import { englishItemMarker, itemMarker } from './numbering';
import type { Chapter, Item, PlanEntry, Report, Section } from './model';

/** Titles that name a plans chapter in the templates and in offices' own reports. */
const PLANS_TITLE =
  /下一步|工作计划|主要安排|工作安排|工作打算|工作思路|工作重点|下一年度|下年度|明年|今后|next steps|plans for/i;

/** The chapter holding the plans: the one covering the requirement, else the last one titled like it. */
export function findPlansChapter(report: Pick<Report, 'chapters'>): number {
  const covering = report.chapters.findIndex((c) => c.covers.includes('plans'));
  if (covering >= 0) return covering;
  return report.chapters.findLastIndex((c) => PLANS_TITLE.test(c.title));
}

const joined = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('');

const itemText = (item: Item) => joined(item.title, item.body, ...item.subItems.map((s) => joined(s.title, s.body)));

/** A lead-in such as 「2024年，我局将重点做好以下工作：」 announces the plans; it is not one. */
const isLeadIn = (text: string) => /[：:]\s*$/.test(text.trim());

/** Plans held by a chapter or a section: its items; without items, its paragraphs. */
function partPlans(part: Chapter | Section): string[] {
  if (part.items.length) return part.items.map(itemText).filter(Boolean);
  return [...part.paragraphs, ...part.closing].filter((p) => p.trim() && !isLeadIn(p)).map((p) => p.trim());
}

/**
 * The plans of one chapter, one text each: items wherever they are; a section without items is one plan
 * (its heading and body); a chapter of bare paragraphs has one plan per paragraph.
 */
export function plansOfChapter(chapter: Chapter): string[] {
  const own = chapter.items.map(itemText).filter(Boolean);
  const fromSections = chapter.sections.flatMap((section) =>
    section.items.length
      ? section.items.map(itemText).filter(Boolean)
      : [joined(section.heading, ...section.paragraphs, ...section.closing)].filter(Boolean),
  );
  if (own.length || fromSections.length) return [...own, ...fromSections];
  return partPlans(chapter);
}

/** Checklist entries for next year's report, from last year's plans chapter (none when it has none). */
export function planEntriesFrom(lastYear: Pick<Report, 'chapters'>): PlanEntry[] {
  const index = findPlansChapter(lastYear);
  if (index < 0) return [];
  return plansOfChapter(lastYear.chapters[index]!).map((text) => ({ id: newId(), text, status: null, link: null }));
}

/** The first sentence of a plan, as the printed checklist shows it. */
export function planHeadline(text: string, max = 60): string {
  const sentence = /^[^。；！？!?;]*[。；！？!?;]?/.exec(text.trim())?.[0] ?? text;
  const bare = sentence.replace(/[。；;]$/, '');
  return bare.length > max ? bare.slice(0, max) + '…' : bare;
}

/**
 * The printed checklist (a heading and one line per plan), when the office chose to print it. Last year's report
 * planned this year's work, so the heading names the report year: 2024年度工作安排落实情况.
 */
export function planChecklistBlocks(report: Report): Block[] {
  const plans = report.plans ?? [];
  if (!report.style.printPlanChecklist || plans.length === 0) return [];
  const t = translator(report.meta.language, 'yearly');
  const marker = (n: number) =>
    report.meta.language === 'en' ? englishItemMarker('arabic', n) : itemMarker(report.style.itemScheme, n);
  const heading: Block = {
    type: 'heading',
    level: 1,
    runs: [{ text: t('plans.printTitle', { year: report.meta.year }), role: 'chapter-title' }],
    path: ['plans'],
  };
  const lines = plans.map((plan, i): Block => {
    const status = plan.status ? t(`plans.status.${plan.status}`) : t('plans.status.none');
    const runs: Run[] = [
      { text: marker(i + 1), role: 'item-marker' },
      { text: t('plans.printLine', { plan: planHeadline(plan.text), status }), role: 'body' },
    ];
    const path: DocPath = ['plans', i];
    return { type: 'paragraph', runs, path };
  });
  return [heading, ...lines];
}
