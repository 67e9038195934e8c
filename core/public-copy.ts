// The public copy (公开版): what the government website publishes. The office's internal parts stay out —
// the recipient line (主送机关), the names of who drafted, reviewed and approved it, every chapter, section,
// item or sub-item marked internal, and the plans checklist — and a missing secrecy review (保密审查) is
// said before anything is published.
import type { Chapter, Item, Report } from './model';
import { signOffState } from './sign-off-state';
import { finding, type Finding } from './validation-types';

const isPublic = <T extends { internal?: boolean }>(part: T) => part.internal !== true;
const publicItems = (items: Item[]): Item[] =>
  items.filter(isPublic).map((item) => ({ ...item, subItems: item.subItems.filter(isPublic) }));
const publicPart = <T extends Pick<Chapter, 'items'>>(part: T): T => ({ ...part, items: publicItems(part.items) });

export function publicReport(report: Report): Report {
  return {
    ...report,
    meta: { ...report.meta, recipient: null, drafter: '', reviewer: '', approver: '' },
    style: { ...report.style, printPlanChecklist: false },
    chapters: report.chapters
      .filter(isPublic)
      .map((chapter) => ({ ...publicPart(chapter), sections: chapter.sections.filter(isPublic).map(publicPart) })),
    plans: [],
  };
}

/** What to tell the office before it publishes: no secrecy review recorded (once sign-off records exist). */
export function publicCopyWarnings(report: Report): Finding[] {
  if (signOffState(report.meta.status, report).secrecyReviewed !== false) return [];
  return [finding('PUBLIC_NO_SECRECY_REVIEW', 'warning', ['meta'])];
}
