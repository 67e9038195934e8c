// Where this year's report tells what became of each of last year's plans: the paragraphs most like the plan
// (core/text-similarity.ts), offered for the user to confirm; and whether a confirmed link still leads somewhere.
import { buildDocument, runsText, type DocPath } from './document';
import { findPlansChapter } from './plan-checklist';
import type { Report } from './model';
import { corpusOf, charGrams, similarity } from './text-similarity';

export interface LinkCandidate {
  path: DocPath;
  text: string;
  score: number;
}

/** Paragraphs that can report on a plan: the whole body except this year's own plans chapter. */
export function reportParagraphs(report: Report): { path: DocPath; text: string }[] {
  const plansChapter = findPlansChapter(report);
  return buildDocument(report)
    .blocks.flatMap((b) => (b.type === 'paragraph' ? [{ path: b.path, text: runsText(b.runs) }] : []))
    .filter((p) => p.path[0] !== 'plans' && !(p.path[0] === 'chapters' && p.path[1] === plansChapter));
}

/** Below this a paragraph shares too little with the plan to be offered. */
const MIN_SCORE = 0.05;

/** The paragraphs most like `planText`, best first. */
export function suggestLinks(report: Report, planText: string, limit = 3): LinkCandidate[] {
  const paragraphs = reportParagraphs(report);
  const corpus = corpusOf(paragraphs.map((p) => p.text));
  const plan = charGrams(planText);
  return paragraphs
    .map((p, i) => ({ ...p, score: similarity(plan, corpus.grams[i]!, corpus.weight) }))
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

const samePath = (a: DocPath, b: DocPath) => a.length === b.length && a.every((k, i) => k === b[i]);

/** The paragraph a link points at, or undefined when the report no longer has it. */
export function linkedParagraph(report: Report, link: DocPath): { path: DocPath; text: string } | undefined {
  return reportParagraphs(report).find((p) => samePath(p.path, link));
}
