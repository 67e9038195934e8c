// Two sequences of texts aligned by their content: unchanged runs found by a longest common subsequence, then in
// each replaced stretch the removed and added texts that are the same text edited are paired by how alike they
// are. The diff (core/version-diff.ts) and the three-way merge (core/three-way-merge.ts) share this one matching.
import { diffArrays } from 'diff';
import { corpusOf, similarity } from './text-similarity';

/** How alike (0…1) a removed and an added text must be to be one text edited. */
const PAIRED = 0.5;
/** How far ahead among the removed texts an added one looks for its earlier form. */
const PAIRING_WINDOW = 20;

/** One step of an alignment: a text in both (matched), only in `before` (removed) or only in `after` (added). */
export interface AlignStep {
  before?: number;
  after?: number;
}

/**
 * The removed and added texts of one stretch that are the same text edited, as index pairs in order: each added
 * text takes the first removed one after the last pair that is alike enough.
 */
function pairsOf(removed: string[], added: string[]): [number, number][] {
  if (!removed.length || !added.length) return [];
  const { vectors } = corpusOf([...removed, ...added]);
  const pairs: [number, number][] = [];
  let from = 0;
  added.forEach((_, j) => {
    const limit = Math.min(removed.length, from + PAIRING_WINDOW);
    for (let i = from; i < limit; i++) {
      if (similarity(vectors[i]!, vectors[removed.length + j]!) >= PAIRED) {
        pairs.push([i, j]);
        from = i + 1;
        return;
      }
    }
  });
  return pairs;
}

/** Every index of `before` and of `after` once, in order; in a stretch, removed ones come before added ones. */
export function align(before: string[], after: string[]): AlignStep[] {
  const steps: AlignStep[] = [];
  let ia = 0;
  let ib = 0;
  const runs = diffArrays(before, after);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (!run.added && !run.removed) {
      for (let k = 0; k < run.count; k++) steps.push({ before: ia++, after: ib++ });
      continue;
    }
    // A stretch of removed and added texts between two unchanged ones.
    const removedFrom = ia;
    const addedFrom = ib;
    for (; r < runs.length && (runs[r]!.added || runs[r]!.removed); r++) {
      if (runs[r]!.removed) ia += runs[r]!.count;
      else ib += runs[r]!.count;
    }
    r--;
    let i = 0;
    let j = 0;
    const removed = before.slice(removedFrom, ia);
    const added = after.slice(addedFrom, ib);
    for (const [pi, pj] of [...pairsOf(removed, added), [removed.length, added.length] as const]) {
      for (; i < pi; i++) steps.push({ before: removedFrom + i });
      for (; j < pj; j++) steps.push({ after: addedFrom + j });
      if (pi < removed.length && pj < added.length) steps.push({ before: removedFrom + i++, after: addedFrom + j++ });
    }
  }
  return steps;
}
