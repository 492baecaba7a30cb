// wink-nlp caches every token it makes for the life of the process, and its model read
// "Okafor's," as one token where "Okafor's" alone is two: an article's tokens, and so its
// labels, changed with whatever was read before it (and a worker pool's output from run to
// run). These read the same words before and after such a text.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/nlp/wink.js';

const words = (text: string): string[] => analyzeText(text).tokens.map((t) => t.value);
const dates = (text: string): string[] => {
  const { tokens, entities } = analyzeText(text);
  return entities.filter((e) => e.name === 'DATE').map((e) => tokens.slice(e.first, e.last + 1).map((t) => t.value).join(' '));
};

describe('a word reads the same whatever was read before it', () => {
  it('splits a possessive the same before a comma, before a full stop and before a word', () => {
    expect(words("Ms Halvorsen's plan was dropped.")).toEqual(['Ms', 'Halvorsen', "'s", 'plan', 'was', 'dropped', '.']);
    expect(words("It was Ms Halvorsen's, not the board's.")).toContain('Halvorsen');
    expect(words("Ms Halvorsen’s.")).toEqual(['Ms', 'Halvorsen', '’s', '.']);
    expect(words("Ms Halvorsen's plan was dropped.")).toEqual(['Ms', 'Halvorsen', "'s", 'plan', 'was', 'dropped', '.']);
  });

  it("keeps a date's entity after the same word was read before a comma", () => {
    expect(dates("Fees will be higher than today's levels.")).toEqual(['today']);
    analyzeText("Fees will be several times higher than today's, which is the point.");
    expect(dates("Fees will be higher than today's levels.")).toEqual(['today']);
  });
});
