// A revised text of an existing report (the leader's Word edits, read back by the outline import) becomes the
// report's new text: preamble and chapters from the revision; metadata, style, indicators and the sign-off
// records from the report. Chapters keep their identity (id, template key, what they cover) where the revision
// still has them, matched by title, else by position when the count of chapters did not change.
import type { Chapter, Report } from './model';

const sameTitle = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

export function applyRevision(report: Report, revised: Pick<Report, 'preamble' | 'chapters'>): Report {
  const used = new Set<Chapter>();
  const samePosition = revised.chapters.length === report.chapters.length;
  const chapters = revised.chapters.map((chapter, index) => {
    const match =
      report.chapters.find((c) => !used.has(c) && sameTitle(c.title, chapter.title)) ??
      (samePosition && !used.has(report.chapters[index]!) ? report.chapters[index] : undefined);
    if (!match) return chapter;
    used.add(match);
    return { ...chapter, id: match.id, key: match.key, covers: match.covers };
  });
  return { ...report, preamble: revised.preamble, chapters };
}
