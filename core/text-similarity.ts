// How alike two passages of Chinese are, without a dictionary or a model: character bigrams and trigrams within
// runs of letters (punctuation breaks a run), weighted by how rare they are among the passages compared
// (inverse document frequency, so 法治、工作、推进 count for little), and compared by cosine.
export type Grams = Map<string, number>;

/** Bigrams and trigrams of each run of CJK characters, letters and digits; Latin text is lower-cased. */
export function charGrams(text: string): Grams {
  const grams: Grams = new Map();
  for (const run of text.toLowerCase().match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    for (const n of [2, 3]) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n).join('');
        grams.set(gram, (grams.get(gram) ?? 0) + 1);
      }
    }
  }
  return grams;
}

/** A passage as weighted grams, with its length, ready to compare. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export interface Corpus {
  /** The passages' vectors, in the order given. */
  vectors: Vector[];
  /** Another text (a plan) weighted by this corpus. */
  vectorOf(text: string): Vector;
}

export function corpusOf(texts: readonly string[]): Corpus {
  const grams = texts.map(charGrams);
  const documentFrequency = new Map<string, number>();
  for (const g of grams)
    for (const gram of g.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const n = texts.length;
  // Rare across the corpus weighs more: 法治、工作、推进 appear everywhere and say little.
  const weigh = (counts: Grams): Vector => {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [gram, count] of counts) {
      const w = count * Math.log(1 + (n + 1) / ((documentFrequency.get(gram) ?? 0) + 1));
      weights.set(gram, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  };
  return { vectors: grams.map(weigh), vectorOf: (text) => weigh(charGrams(text)) };
}

/** Cosine of two vectors: 0 (nothing shared) … 1 (the same). */
export function similarity(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, w] of small.weights) dot += w * (large.weights.get(gram) ?? 0);
  return dot / (a.norm * b.norm);
}
