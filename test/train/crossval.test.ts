// Cross-validation scores what `analyze` prints: a speaker decided once carries all their views.
import { describe, expect, it } from 'vitest';
import type { LabelledArticle, LabelledSentence } from '../../src/train/corpus.js';
import { crossValidate } from '../../src/train/crossval.js';
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
});
