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

export interface Corpus {
  grams: Grams[];
  /** Weight of a gram: rare across the corpus weighs more. */
  weight(gram: string): number;
}

export function corpusOf(texts: readonly string[]): Corpus {
  const grams = texts.map(charGrams);
  const documentFrequency = new Map<string, number>();
  for (const g of grams)
    for (const gram of g.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const n = texts.length;
  return { grams, weight: (gram) => Math.log(1 + (n + 1) / ((documentFrequency.get(gram) ?? 0) + 1)) };
}

/** Cosine of two gram vectors under the corpus weights: 0 (nothing shared) … 1 (the same). */
export function similarity(a: Grams, b: Grams, weight: (gram: string) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [gram, count] of a) {
    const w = count * weight(gram);
    normA += w * w;
    const other = b.get(gram);
    if (other) dot += w * other * weight(gram);
  }
  for (const [gram, count] of b) normB += (count * weight(gram)) ** 2;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}
