// A revision merged with the edits made since it was sent out: base is the version sent for review, theirs the
// leader's revised text, ours the current draft. Block by block (a paragraph, an item, a sub-item, a heading): a
// block changed on one side takes that change, changed alike on both is taken once, changed differently on both
// (or edited on one side and deleted on the other) is a conflict, resolved by the side the caller names and
// listed with both texts and its place. Blocks inserted or deleted on either side are kept so. Blocks are matched
// by content (core/alignment.ts, as the diff does). Only the text merges: metadata, style, indicators and the
// sign-off records stay as ours, and so do the chapters', sections' and items' identities and layout.
import { align } from './alignment';
import type { MergePlace } from './merge-place';
import type { Chapter, Item, Report, Section, SubItem } from './model';

export type MergeSide = 'ours' | 'theirs';
/** Which side wins each conflict: one side for all, or one per conflict in the order they are listed. */
export type MergeChoices = MergeSide | readonly MergeSide[];

/** Both texts of a block changed differently on the two sides; null: that side deleted it. */
export interface MergeConflict {
  place: MergePlace;
  /** The block as sent out. */
  base: string;
  ours: string | null;
  theirs: string | null;
}

export interface MergeResult {
  report: Report;
  conflicts: MergeConflict[];
}

interface Merger {
  take: MergeChoices;
  conflicts: MergeConflict[];
}

/** How one kind of block is compared (its text), merged when all three have it, and placed. */
interface Kind<T> {
  text(block: T): string;
  merge(m: Merger, base: T, ours: T, theirs: T, place: MergePlace): T;
  place(parent: MergePlace, block: T, index: number): MergePlace;
}

const lines = (...parts: string[]) => parts.filter((p) => p !== '').join('\n');

/** A conflict recorded, and the side chosen for it (a conflict without a choice keeps ours). */
function conflict<T>(m: Merger, place: MergePlace, base: T, ours: T | null, theirs: T | null, text: (b: T) => string) {
  const side = typeof m.take === 'string' ? m.take : (m.take[m.conflicts.length] ?? 'ours');
  const textOf = (block: T | null) => (block === null ? null : text(block));
  m.conflicts.push({ place, base: text(base), ours: textOf(ours), theirs: textOf(theirs) });
  return side === 'ours' ? ours : theirs;
}

/** A block of plain text: one side's change wins, the same change is taken once. */
function mergeText(m: Merger, base: string, ours: string, theirs: string, place: MergePlace): string {
  if (ours === base || ours === theirs) return theirs;
  if (theirs === base) return ours;
  return conflict(m, place, base, ours, theirs, (t) => t)!;
}

/** For each side, which of base's blocks it still has, and what it inserted after which base block (-1: first). */
function sideOf<T>(base: T[], side: T[], text: (b: T) => string) {
  const match: (T | undefined)[] = base.map(() => undefined);
  const inserted = new Map<number, T[]>();
  let anchor = -1;
  for (const step of align(base.map(text), side.map(text))) {
    if (step.before !== undefined) {
      anchor = step.before;
      if (step.after !== undefined) match[anchor] = side[step.after];
    } else inserted.set(anchor, [...(inserted.get(anchor) ?? []), side[step.after!]!]);
  }
  return { match, inserted };
}

function mergeSequence<T>(m: Merger, base: T[], ours: T[], theirs: T[], kind: Kind<T>, parent: MergePlace): T[] {
  const o = sideOf(base, ours, kind.text);
  const t = sideOf(base, theirs, kind.text);
  const out: T[] = [];
  const insertions = (anchor: number) => {
    const mine = o.inserted.get(anchor) ?? [];
    const texts = new Set(mine.map(kind.text));
    // Inserted alike on both sides: taken once.
    out.push(...mine, ...(t.inserted.get(anchor) ?? []).filter((b) => !texts.has(kind.text(b))));
  };
  insertions(-1);
  base.forEach((b, index) => {
    const ob = o.match[index];
    const tb = t.match[index];
    const place = kind.place(parent, ob ?? b, index);
    if (ob !== undefined && tb !== undefined) out.push(kind.merge(m, b, ob, tb, place));
    else if (ob !== undefined) {
      // Deleted by theirs: gone unless ours changed it.
      if (kind.text(ob) !== kind.text(b)) {
        const kept = conflict(m, place, b, ob, null, kind.text);
        if (kept !== null) out.push(kept);
      }
    } else if (tb !== undefined) {
      if (kind.text(tb) !== kind.text(b)) {
        const kept = conflict(m, place, b, null, tb, kind.text);
        if (kept !== null) out.push(kept);
      }
    }
    insertions(index);
  });
  return out;
}

const paragraphKind: Kind<string> = {
  text: (p) => p,
  merge: mergeText,
  place: (parent) => parent,
};

const subItemText = (s: SubItem) => lines(s.title, s.body);
const subItemKind: Kind<SubItem> = {
  text: subItemText,
  merge: (m, base, ours, theirs, place) => {
    const merged = mergeText(m, subItemText(base), subItemText(ours), subItemText(theirs), place);
    return merged === subItemText(theirs) ? { ...ours, title: theirs.title, body: theirs.body } : ours;
  },
  place: (parent, _block, index) => ({ ...parent, subItem: index + 1 }),
};

const itemOwnText = (i: Item) => lines(i.title, i.body);
const itemKind: Kind<Item> = {
  text: (i) => lines(itemOwnText(i), ...i.subItems.map(subItemText)),
  merge: (m, base, ours, theirs, place) => {
    const own = mergeText(m, itemOwnText(base), itemOwnText(ours), itemOwnText(theirs), place);
    const texts = own === itemOwnText(theirs) ? { title: theirs.title, body: theirs.body } : {};
    const subItems = mergeSequence(m, base.subItems, ours.subItems, theirs.subItems, subItemKind, place);
    return { ...ours, ...texts, subItems };
  },
  place: (parent, _block, index) => ({ ...parent, item: index + 1 }),
};

type Body = Pick<Section, 'paragraphs' | 'items' | 'closing'>;
const bodyText = (b: Body) => lines(...b.paragraphs, ...b.items.map(itemKind.text), ...b.closing);
const mergeBody = (m: Merger, base: Body, ours: Body, theirs: Body, place: MergePlace): Body => ({
  paragraphs: mergeSequence(m, base.paragraphs, ours.paragraphs, theirs.paragraphs, paragraphKind, place),
  items: mergeSequence(m, base.items, ours.items, theirs.items, itemKind, place),
  closing: mergeSequence(m, base.closing, ours.closing, theirs.closing, paragraphKind, place),
});

const sectionKind: Kind<Section> = {
  text: (s) => lines(s.heading, bodyText(s)),
  merge: (m, base, ours, theirs, place) => ({
    ...ours,
    heading: mergeText(m, base.heading, ours.heading, theirs.heading, place),
    ...mergeBody(m, base, ours, theirs, place),
  }),
  place: (parent, block) => ({ ...parent, section: block.heading }),
};

const chapterKind: Kind<Chapter> = {
  text: (c) => lines(c.title, bodyText(c), ...c.sections.map(sectionKind.text)),
  merge: (m, base, ours, theirs, place) => ({
    ...ours,
    title: mergeText(m, base.title, ours.title, theirs.title, place),
    ...mergeBody(m, base, ours, theirs, place),
    sections: mergeSequence(m, base.sections, ours.sections, theirs.sections, sectionKind, place),
  }),
  place: (_parent, block) => ({ chapter: block.title, section: null, item: null, subItem: null }),
};

const PREAMBLE: MergePlace = { chapter: null, section: null, item: null, subItem: null };

/** The text of `theirs` merged into `ours` over `base`; conflicts resolved by `take`, and listed. */
export function mergeReports(base: Report, ours: Report, theirs: Report, take: MergeChoices = 'ours'): MergeResult {
  const m: Merger = { take, conflicts: [] };
  const preamble = mergeSequence(m, base.preamble, ours.preamble, theirs.preamble, paragraphKind, PREAMBLE);
  const chapters = mergeSequence(m, base.chapters, ours.chapters, theirs.chapters, chapterKind, PREAMBLE);
  return { report: { ...ours, preamble, chapters }, conflicts: m.conflicts };
}
