// Where this year's report tells what became of each of last year's plans: the paragraphs most like the plan
// (core/text-similarity.ts), offered for the user to confirm; and whether a confirmed link still leads somewhere.
import { buildDocument, runsText, type DocPath } from './document';
import { findPlansChapter } from './plan-checklist';
import type { Report } from './model';
import { corpusOf, similarity } from './text-similarity';

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

/** For each plan text, the paragraphs most like it, best first (the report's paragraphs are read once). */
export function suggestLinks(report: Report, planTexts: readonly string[], limit = 3): LinkCandidate[][] {
  const paragraphs = reportParagraphs(report);
  const corpus = corpusOf(paragraphs.map((p) => p.text));
  return planTexts.map((text) => {
    const plan = corpus.vectorOf(text);
    return paragraphs
      .map((p, i) => ({ ...p, score: similarity(plan, corpus.vectors[i]!) }))
      .filter((c) => c.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  });
}

/** Finds the paragraph a link points at; undefined when the report no longer has it. */
export function linkResolver(report: Report): (link: DocPath) => { path: DocPath; text: string } | undefined {
  const byPath = new Map(reportParagraphs(report).map((p) => [p.path.join('.'), p]));
  return (link) => byPath.get(link.join('.'));
}
