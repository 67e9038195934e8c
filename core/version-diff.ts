// Two versions of a report compared as printed: paragraphs (headings included, with their numbering) are
// matched first, then a changed paragraph is compared character by character — Chinese has no spaces, so
// characters are the natural unit. The result is grouped by the newer version's chapters for display.
import { diffArrays, diffChars } from 'diff';
import { buildDocument, runsText } from './document';
import type { Report } from './model';

export type PartKind = 'equal' | 'added' | 'removed';
export interface DiffPart {
  kind: PartKind;
  text: string;
}

export interface ParagraphChange {
  kind: 'equal' | 'added' | 'removed' | 'changed';
  parts: DiffPart[];
}

export interface ChapterDiff {
  /** The chapter's heading as printed (一、…), or the report's title for what comes before the first chapter. */
  title: string;
  changes: ParagraphChange[];
}

export interface ReportDiff {
  chapters: ChapterDiff[];
  /** Paragraphs added, removed or changed. */
  changed: number;
}

/** Past this many edits in one paragraph, it is shown as replaced whole: quicker, and as readable. */
const MAX_CHARACTER_EDITS = 4000;

interface Paragraph {
  text: string;
  /** Index of the chapter group it belongs to. */
  group: number;
}

/** The printed paragraphs of a report, each with its chapter group (0: title, recipient and preamble). */
function paragraphsOf(report: Report): { paragraphs: Paragraph[]; groups: string[] } {
  const document = buildDocument(report);
  const groups = [document.title];
  const paragraphs: Paragraph[] = [];
  for (const block of document.blocks) {
    if (block.type === 'heading' && block.level === 1) groups.push(runsText(block.runs));
    const group = groups.length - 1;
    switch (block.type) {
      case 'title':
      case 'recipient':
        paragraphs.push({ text: block.text, group });
        break;
      case 'heading':
      case 'paragraph':
        paragraphs.push({ text: runsText(block.runs), group });
        break;
      case 'signature':
        if (block.unit) paragraphs.push({ text: block.unit, group });
        if (block.date) paragraphs.push({ text: block.date, group });
        break;
    }
  }
  return { paragraphs, groups };
}

function characterChange(before: string, after: string): ParagraphChange {
  const changes = diffChars(before, after, { maxEditLength: MAX_CHARACTER_EDITS });
  const parts: DiffPart[] = changes
    ? changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value }))
    : [
        { kind: 'removed', text: before },
        { kind: 'added', text: after },
      ];
  return { kind: 'changed', parts };
}

/** Compares `before` with `after`; every paragraph of `after` appears once, with removed ones in place. */
export function diffReports(before: Report, after: Report): ReportDiff {
  const a = paragraphsOf(before);
  const b = paragraphsOf(after);
  const chapters: ChapterDiff[] = b.groups.map((title) => ({ title, changes: [] }));
  let ib = 0;
  let group = 0;
  let changed = 0;
  const push = (change: ParagraphChange) => {
    chapters[group]!.changes.push(change);
    if (change.kind !== 'equal') changed++;
  };
  const runs = diffArrays(
    a.paragraphs.map((p) => p.text),
    b.paragraphs.map((p) => p.text),
  );
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (!run.added && !run.removed) {
      for (const text of run.value) {
        group = b.paragraphs[ib++]!.group;
        push({ kind: 'equal', parts: [{ kind: 'equal', text }] });
      }
      continue;
    }
    if (run.removed) {
      const next = runs[r + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) r++;
      // Removed and added side by side are the same paragraphs edited: pair them for a character diff.
      const paired = Math.min(run.value.length, added.length);
      for (let k = 0; k < Math.max(run.value.length, added.length); k++) {
        if (k < added.length) group = b.paragraphs[ib]!.group;
        if (k < paired) {
          push(characterChange(run.value[k]!, added[k]!));
          ib++;
        } else if (k < run.value.length) {
          push({ kind: 'removed', parts: [{ kind: 'removed', text: run.value[k]! }] });
        } else {
          push({ kind: 'added', parts: [{ kind: 'added', text: added[k]! }] });
          ib++;
        }
      }
      continue;
    }
    for (const text of run.value) {
      group = b.paragraphs[ib++]!.group;
      push({ kind: 'added', parts: [{ kind: 'added', text }] });
    }
  }
  return { chapters, changed };
}

/** A paragraph change as plain text with markers: [-deleted-]{+inserted+} (the CLI's form). */
export function markedText(change: ParagraphChange): string {
  return change.parts
    .map((p) => (p.kind === 'added' ? `{+${p.text}+}` : p.kind === 'removed' ? `[-${p.text}-]` : p.text))
    .join('');
}
