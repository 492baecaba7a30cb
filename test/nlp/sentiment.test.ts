// A view's sentiment is scored from the tokens evenhand already has, with the model's own
// sentiment and negation machines; before, each view's tokens were joined by spaces and read again
// by wink-nlp's readDoc. These check the scores are that readDoc's, and that a negation turns
// only what follows it inside the view.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/nlp/wink.js';
import { sentimentOfTokens } from '../../src/nlp/sentiment.js';

type Wink = { readDoc: (t: string) => { out: (f: unknown) => number }; its: { sentiment: unknown } };

/** wink-nlp with its whole pipe, as the readDoc that scored views before. */
function wink(): Wink {
  const require = createRequire(import.meta.url);
  return require('wink-nlp')(require('wink-eng-lite-web-model')) as Wink;
}

const score = (text: string): number => {
  const { tokens } = analyzeText(text);
  return sentimentOfTokens(tokens, 0, tokens.length - 1);
};

describe('sentiment from the tokens', () => {
  it("gives wink-nlp's readDoc score: praise, attack, negation, phrases, and a mean over sentences", () => {
    const nlp = wink();
    for (const text of [
      'The plan is a good and fair one.',
      'This is a terrible decision and families will suffer.',
      'The minister did not say it was a good idea.',
      'It is not bad at all, and nobody was hurt.',
      'Critics said the scheme was a waste of money.',
      'The council met on Monday.',
      // joined by spaces, the closing mark reads as a sentence of its own: the mean of the two
      '"The plan is a good one."',
      'The plan is good. The cost is not terrible but it is high!',
    ]) {
      const joined = analyzeText(text).tokens.map((t) => t.value).join(' ');
      expect(score(text), text).toBeCloseTo(nlp.readDoc(joined).out(nlp.its.sentiment), 10);
    }
  });

  it('turns a phrase after "not", and scores a view that starts after the negation as it stands', () => {
    expect(score('The plan is good.')).toBeGreaterThan(0);
    expect(score('The plan is not good.')).toBeLessThan(0);
    const { tokens } = analyzeText('Nobody said the plan is good.');
    const good = tokens.findIndex((t) => t.normal === 'the');
    expect(sentimentOfTokens(tokens, good, tokens.length - 1)).toBeGreaterThan(0);
    expect(score('The council met on Monday.')).toBe(0);
  });

  it('turns what follows a lack, which the model\'s negation machine leaves as it stands ("the plan lacks any benefit")', () => {
    expect(score('The plan has a real benefit.')).toBeGreaterThan(0);
    expect(score('The plan lacks any real benefit.')).toBeLessThan(0);
    expect(score('The deal lacked a clear benefit.')).toBeLessThan(0);
  });
});
