// Two versions of a report compared by their content. Numbers are derived from order (core/numbering.ts), so a
// paragraph's printed markers (一、 （二） 三是 (c)) are set aside when paragraphs are aligned: an item inserted
// or deleted is one insertion or deletion, and the items after it are reported as renumbered, not rewritten.
// Paragraphs of a replaced stretch are paired by how alike they are, then compared character by character —
// Chinese has no spaces, so characters are the natural unit. The result is grouped by the newer version's
// chapters for display; the app, the CLI's diff and import --into all show this one result.
import { diffChars } from 'diff';
import { align } from './alignment';
import { buildDocument, type Run } from './document';
import type { Report } from './model';
import type { ChapterDiff, DiffPart, ParagraphChange, ReportDiff, Renumbering } from './version-types';

export type { ChapterDiff, DiffPart, ParagraphChange, ReportDiff, Renumbering } from './version-types';

/** Past this many edits in one paragraph, it is shown as replaced whole: quicker, and as readable. */
const MAX_CHARACTER_EDITS = 4000;
/** Stands for a marker in the text compared (a private-use character: never in a report). */
const MARK = '\uE000';

interface Paragraph {
  /** The printed text with each marker replaced by MARK. */
  masked: string;
  markers: string[];
  /** Index of the chapter group it belongs to. */
  group: number;
}

const isMarker = (run: Run) => run.role.endsWith('-marker');

function fromRuns(runs: Run[], group: number): Paragraph {
  return {
    masked: runs.map((r) => (isMarker(r) ? MARK : r.text)).join(''),
    markers: runs.filter(isMarker).map((r) => r.text),
    group,
  };
}

/** The printed paragraphs of a report, each with its chapter group (0: title, recipient and preamble). */
function paragraphsOf(report: Report): { paragraphs: Paragraph[]; groups: string[] } {
  const document = buildDocument(report);
  const groups = [document.title];
  const paragraphs: Paragraph[] = [];
  const plain = (text: string, group: number) => paragraphs.push({ masked: text, markers: [], group });
  for (const block of document.blocks) {
    if (block.type === 'heading' && block.level === 1) groups.push(block.runs.map((r) => r.text).join(''));
    const group = groups.length - 1;
    switch (block.type) {
      case 'title':
      case 'recipient':
        plain(block.text, group);
        break;
      case 'heading':
      case 'paragraph':
        paragraphs.push(fromRuns(block.runs, group));
        break;
      case 'signature':
        if (block.unit) plain(block.unit, group);
        if (block.date) plain(block.date, group);
        break;
    }
  }
  return { paragraphs, groups };
}

/** A paragraph's printed text: its masked text with the markers put back, one by one. */
const printed = (masked: string, marker: () => string) => masked.replace(new RegExp(MARK, 'g'), marker);

const whole = (kind: 'added' | 'removed', p: Paragraph): ParagraphChange => {
  let k = 0;
  return { kind, parts: [{ kind, text: printed(p.masked, () => p.markers[k++] ?? '') }] };
};

/** One paragraph in both versions: the text compared without its numbers, the numbers compared apart. */
function compare(before: Paragraph, after: Paragraph): ParagraphChange {
  const same = before.masked === after.masked;
  const changes = same
    ? [{ value: after.masked, added: false, removed: false }]
    : diffChars(before.masked, after.masked, { maxEditLength: MAX_CHARACTER_EDITS });
  if (!changes) return { kind: 'changed', parts: [...whole('removed', before).parts, ...whole('added', after).parts] };
  let i = 0;
  let j = 0;
  const renumbered: Renumbering[] = [];
  const parts: DiffPart[] = changes.map((c) => {
    if (c.added) return { kind: 'added', text: printed(c.value, () => after.markers[j++] ?? '') };
    if (c.removed) return { kind: 'removed', text: printed(c.value, () => before.markers[i++] ?? '') };
    const text = printed(c.value, () => {
      const from = before.markers[i++] ?? '';
      const to = after.markers[j++] ?? '';
      if (from !== to) renumbered.push({ from: from.trim(), to: to.trim() });
      return to;
    });
    return { kind: 'equal', text };
  });
  const kind = !same ? 'changed' : renumbered.length ? 'renumbered' : 'equal';
  return renumbered.length ? { kind, parts, renumbered } : { kind, parts };
}

/** Compares `before` with `after`; every paragraph of `after` appears once, with removed ones in place. */
export function diffReports(before: Report, after: Report): ReportDiff {
  const a = paragraphsOf(before);
  const b = paragraphsOf(after);
  const chapters: ChapterDiff[] = b.groups.map((title) => ({ title, changes: [] }));
  const result: ReportDiff = { chapters, changed: 0, renumbered: 0 };
  let group = 0;
  const push = (change: ParagraphChange, to?: Paragraph) => {
    if (to) group = to.group;
    chapters[group]!.changes.push(change);
    if (change.kind === 'renumbered') result.renumbered++;
    else if (change.kind !== 'equal') result.changed++;
  };
  const masked = (p: Paragraph) => p.masked;
  for (const step of align(a.paragraphs.map(masked), b.paragraphs.map(masked))) {
    const from = step.before === undefined ? undefined : a.paragraphs[step.before]!;
    const to = step.after === undefined ? undefined : b.paragraphs[step.after]!;
    if (from && to) push(compare(from, to), to);
    else if (from) push(whole('removed', from));
    else if (to) push(whole('added', to), to);
  }
  return result;
}

/** A paragraph change as plain text with markers: [-deleted-]{+inserted+} (the CLI's form). */
export function markedText(change: ParagraphChange): string {
  return change.parts
    .map((p) => (p.kind === 'added' ? `{+${p.text}+}` : p.kind === 'removed' ? `[-${p.text}-]` : p.text))
    .join('');
}

/** The numbers a paragraph changed, as 三 → 四 (several: joined by commas). */
export function renumberingText(change: ParagraphChange): string {
  return (change.renumbered ?? []).map((r) => `${r.from} → ${r.to}`).join(', ');
}
