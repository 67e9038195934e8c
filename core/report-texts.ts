// Every text a user wrote in a report, each with its path (the same paths findings and document blocks carry),
// and an immutable update of one of them: for checks and fixes that look at words wherever they stand.
import type { DocPath } from './document';
import type { Chapter, Report, Section } from './model';

export interface TextField {
  path: DocPath;
  text: string;
}

function partFields(part: Chapter | Section, path: DocPath): TextField[] {
  return [
    ...part.paragraphs.map((text, i) => ({ path: [...path, 'paragraphs', i], text })),
    ...part.items.flatMap((item, k) => [
      { path: [...path, 'items', k, 'title'], text: item.title },
      { path: [...path, 'items', k, 'body'], text: item.body },
      ...item.subItems.flatMap((sub, m) => [
        { path: [...path, 'items', k, 'subItems', m, 'title'], text: sub.title },
        { path: [...path, 'items', k, 'subItems', m, 'body'], text: sub.body },
      ]),
    ]),
    ...part.closing.map((text, i) => ({ path: [...path, 'closing', i], text })),
  ];
}

/** In reading order; empty texts left out. */
export function reportTextFields(report: Report): TextField[] {
  const fields: TextField[] = [
    { path: ['meta', 'title'], text: report.meta.title ?? '' },
    ...report.preamble.map((text, i) => ({ path: ['preamble', i], text })),
    ...report.chapters.flatMap((chapter, c) => [
      { path: ['chapters', c, 'title'], text: chapter.title },
      ...partFields(chapter, ['chapters', c]),
      ...chapter.sections.flatMap((section, s) => [
        { path: ['chapters', c, 'sections', s, 'heading'], text: section.heading },
        ...partFields(section, ['chapters', c, 'sections', s]),
      ]),
    ]),
  ];
  return fields.filter((f) => f.text !== '');
}

/** The text at `path`, or undefined when there is none (the report changed since the path was taken). */
export function textAt(report: Report, path: DocPath): string | undefined {
  let node: unknown = report;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A copy of the report with the text at `path` replaced; every object on the way copied, the rest shared. */
export function withTextAt(report: Report, path: DocPath, text: string): Report {
  const update = (node: unknown, rest: DocPath): unknown => {
    if (rest.length === 0) return text;
    const [key, ...tail] = rest as [string | number, ...DocPath];
    if (Array.isArray(node)) return node.map((child, i) => (i === key ? update(child, tail) : child));
    const record = node as Record<string | number, unknown>;
    return { ...record, [key]: update(record[key], tail) };
  };
  return update(report, path) as Report;
}
