import { describe, expect, it } from 'vitest';
import { charGrams, corpusOf, similarity } from '../../core/text-similarity';

describe('Chinese text similarity by character n-grams', () => {
  it('takes bigrams and trigrams within runs, never across punctuation', () => {
    expect([...charGrams('执法，培训').keys()]).toEqual(['执法', '培训']);
    expect([...charGrams('案卷评查').keys()]).toEqual(['案卷', '卷评', '评查', '案卷评', '卷评查']);
  });

  it('scores the same text 1, nothing shared 0, and a shared rare phrase above shared common words', () => {
    const corpus = corpusOf([
      '推进法治政府建设，开展行政执法案卷评查。',
      '推进法治政府建设，组织宪法宣传周活动。',
      '推进法治政府建设，加强执法人员培训。',
    ]);
    const [review, week, training] = [corpus.vectors[0]!, corpus.vectors[1]!, corpus.vectors[2]!];
    expect(similarity(review, review)).toBeCloseTo(1, 10);
    expect(similarity(corpus.vectorOf('信用分级'), review)).toBe(0);
    const plan = corpus.vectorOf('开展案卷评查');
    expect(similarity(plan, review)).toBeGreaterThan(similarity(plan, week));
    expect(similarity(plan, review)).toBeGreaterThan(similarity(plan, training));
  });
});
