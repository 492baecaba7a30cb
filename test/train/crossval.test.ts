// Cross-validation scores what `analyze` prints: a speaker decided once carries all their views.
import { describe, expect, it } from 'vitest';
import type { LabelledArticle, LabelledSentence } from '../../src/train/corpus.js';
import { crossValidate, overSeeds } from '../../src/train/crossval.js';
import { DEFAULT_TRAINING } from '../../src/train/train.js';

const said = (feature: string, gold: LabelledSentence['gold'], speaker?: string): LabelledSentence => ({ features: [feature], gold, ...(speaker ? { speaker } : {}) });

/** Elsewhere, praise is a supporter's and an attack a critic's. */
const elsewhere = (n: number): LabelledArticle => ({ name: `extra${n}`, missed: [], sentences: [said('attack', 'critic'), said('praise', 'supporter'), said('praise', 'supporter'), said('attack', 'critic')] });

/** Cole, a critic, attacks twice and praises once between. */
const cole = (n: number): LabelledArticle => ({ name: `cole${n}`, missed: [], sentences: [said('attack', 'critic', 'cole'), said('praise', 'critic', 'cole'), said('attack', 'critic', 'cole')] });

describe('cross-validation', () => {
  it("scores a speaker's odd view as the side most of their views take, as the pipeline prints it", () => {
    const extra = Array.from({ length: 10 }, (_, i) => elsewhere(i));
    const cv = crossValidate(Array.from({ length: 4 }, (_, i) => cole(i)), extra, 2, { ...DEFAULT_TRAINING, innerFolds: 2, minCount: 1 });
    // the model alone hears Cole's praise as a supporter's; Cole's side, decided once, corrects it
    expect(cv.confusion.critic.supporter).toBe(0);
    expect(cv.accuracy).toBe(1);
  });

  it("reports the log loss of the model's probability of each gold label, higher where the gold disagrees with the evidence", () => {
    const extra = Array.from({ length: 10 }, (_, i) => elsewhere(i));
    const options = { ...DEFAULT_TRAINING, innerFolds: 2, minCount: 1 };
    const agreeing = crossValidate(Array.from({ length: 4 }, (_, i) => elsewhere(100 + i)), extra, 2, options);
    // Cole's praise is a critic's: the model gives that gold label a low probability
    const odd = crossValidate(Array.from({ length: 4 }, (_, i) => cole(i)), extra, 2, options);
    expect(agreeing.logLoss).toBeGreaterThanOrEqual(0);
    expect(agreeing.logLoss).toBeLessThan(Math.log(4));
    expect(odd.logLoss).toBeGreaterThan(agreeing.logLoss);
  });

  it('scores at each seed it is given and reports the mean of their figures', () => {
    const extra = Array.from({ length: 10 }, (_, i) => elsewhere(i));
    // an odd article out, so that folds drawn at different seeds score differently
    const articles = [...Array.from({ length: 5 }, (_, i) => cole(i)), elsewhere(99)];
    const over = overSeeds([1, 2, 3], (seed) => crossValidate(articles, extra, 2, { ...DEFAULT_TRAINING, seed, innerFolds: 2, minCount: 1 }));
    expect(over.runs.map((r) => r.seed)).toEqual([1, 2, 3]);
    const macro = over.runs.map((r) => r.score.macroF1);
    expect(over.macroF1).toBeCloseTo((macro[0]! + macro[1]! + macro[2]!) / 3, 10);
    const critic = over.runs.map((r) => r.score.perLabel.find((l) => l.label === 'critic')!.f1);
    expect(over.f1.critic).toBeCloseTo((critic[0]! + critic[1]! + critic[2]!) / 3, 10);
    const loss = over.runs.map((r) => r.score.logLoss);
    expect(over.logLoss).toBeCloseTo((loss[0]! + loss[1]! + loss[2]!) / 3, 10);
  });
});
