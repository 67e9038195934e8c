// Numbering shown beside the fields comes from the core (markersFor), the same as in the preview and the PDF.
import { useMemo } from 'react';
import { markersFor, type Markers } from '../../core/document';
import type { DocumentStyle, Language, Report } from '../../core/model';

/** Markers depend only on the style and the report language: keep one object while those stay, for memoised editors. */
export function useMarkers(style: DocumentStyle, language: Language): Markers {
  return useMemo(() => markersFor({ style, meta: { language } } as Report), [style, language]);
}

/** The number of the first item in a chapter's part: items restart per section unless numbered continuously. */
export function firstItemNumber(report: Report, chapterIndex: number, sectionIndex: number | null): number {
  if (report.style.itemNumbering !== 'continuous') return 1;
  const chapter = report.chapters[chapterIndex];
  if (!chapter || sectionIndex === null) return 1;
  return 1 + chapter.items.length + chapter.sections.slice(0, sectionIndex).reduce((n, s) => n + s.items.length, 0);
}
