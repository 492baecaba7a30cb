import { describe, expect, it } from 'vitest';
import { weighArticle, type Weights } from '../../src/classify/model.js';

const zero = { supporter: 0, critic: 0, claim: 0, fact: 0 };
// a toy model: "warned" is a critic's word; a sentence after one the first pass calls critic leans critic too
const weights: Weights = {
  model: 'test',
  trainedOn: 'test',
  seed: 0,
  labels: ['supporter', 'critic', 'claim', 'fact'],
  bias: { ...zero, fact: 0.5 },
  features: { warned: { critic: 2 }, 'previous-sentence:critic': { critic: 1 } },
  firstPass: { bias: { ...zero, fact: 0.5 }, features: { warned: { critic: 2 } } },
  temperature: 1,
  offsets: zero,
};
const sentence = (...features: string[]) => features.map((feature) => ({ feature, words: [feature] }));

describe('weighArticle', () => {
  it('gives a sentence the first pass\'s label of the sentence before it as evidence, and names it', () => {
    const [first, second, third] = weighArticle([sentence('warned'), sentence(), sentence()], weights);
    expect(first!.label).toBe('critic');
    expect(first!.reasons.map((r) => r.evidence)).toEqual(['warned']);
    // the second has no evidence of its own: the critic before it decides
    expect(second!.label).toBe('critic');
    expect(second!.reasons).toEqual([{ evidence: 'previous-sentence:critic', words: [], weight: 1 }]);
    // the first pass labels the second a fact (its bias), so the third is not pulled
    expect(third!.label).toBe('fact');
    expect(third!.reasons[0]!.evidence).toBe('previous-sentence:fact');
  });
});
