import { describe, expect, it } from 'vitest';
import { evaluateArticle } from '../../src/check/evaluate.js';
import { article } from './article.js';

const rulesOf = (r: ReturnType<typeof evaluateArticle>): string[] => r.problems.map((p) => p.rule);

describe('evaluateArticle', () => {
  it('states the measured count against the threshold for each side that falls short, in one problem', () => {
    const even = article(['supporter', 'critic', 'fact', 'supporter', 'critic', 'supporter', 'critic']);
    const r = evaluateArticle('a.txt', even, { minVoices: 4 });
    expect(r.problems.map((p) => p.message)).toEqual(['supporter voices 3 < 4 (also critic voices 3 < 4)']);
    expect(r.problems[0]!.folded).toEqual([{ rule: 'min-voices', message: 'critic voices 3 < 4', measured: 3, threshold: 4 }]);
    expect(evaluateArticle('a.txt', even, { minVoices: 3, minBalance: 0.9 }).problems).toEqual([]);
  });

  it('reports an article where neither side speaks as no-opposing-voices, once', () => {
    const silent = article(['fact', 'claim', 'fact']);
    const r = evaluateArticle('a.txt', silent, { requireBothSides: true, minBalance: 0.5, minVoices: 1 });
    expect(rulesOf(r)).toEqual(['no-opposing-voices']);
    expect(r.problems[0]).toMatchObject({ line: 1, column: 1, severity: 'error' });
    // a data report is fine when no side-comparing threshold is on
    expect(evaluateArticle('a.txt', silent, { maxClaimShare: 0.5 }).problems).toEqual([]);
  });

  it('points an imbalance at the strongest sentence of the louder side', () => {
    const lopsided = article(['critic', 'supporter', 'fact', 'supporter', 'supporter'], [0.9, 0.6, 0.5, 0.9, 0.9]);
    const r = evaluateArticle('a.txt', lopsided, { minBalance: 0.5, maxLean: 0.25 });
    expect(rulesOf(r)).toEqual(['min-balance']);
    expect(r.problems[0]).toMatchObject({
      message: 'balance 0.33 < 0.50: 3 supporter vs 1 critic sentences (also max-lean: lean 0.50 > 0.25 toward the supporters)',
      line: 4,
    });
    expect(r.problems[0]!.folded).toEqual([{ rule: 'max-lean', message: 'lean 0.50 > 0.25 toward the supporters', measured: 0.5, threshold: 0.25 }]);
  });

  it('reports a silent side once, folding every other side threshold it misses into that problem', () => {
    const r = evaluateArticle('a.txt', article(['fact', 'supporter', 'supporter', 'claim']), { requireBothSides: true, minBalance: 0.5, maxLean: 0.5, minVoices: 3, maxClaimShare: 0.2 });
    expect(rulesOf(r)).toEqual(['require-both-sides', 'max-claim-share']);
    expect(r.problems[0]!.message).toBe(
      'no critic voice: 2 supporter vs 0 critic sentences (also min-balance: balance 0.00 < 0.50; max-lean: lean 1.00 > 0.50 toward the supporters; ' +
        'min-voices: supporter voices 2 < 3; min-voices: critic voices 0 < 3)',
    );
    expect(r.problems[0]!.folded.map((f) => f.rule)).toEqual(['min-balance', 'max-lean', 'min-voices', 'min-voices']);
  });

  it('names the silent side and points at the side that is heard', () => {
    const r = evaluateArticle('a.txt', article(['fact', 'critic', 'critic']), { requireBothSides: true });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ rule: 'require-both-sides', message: 'no supporter voice: 0 supporter vs 2 critic sentences', line: 2 });
  });

  it('fails a claim share above the threshold', () => {
    const r = evaluateArticle('a.txt', article(['claim', 'claim', 'claim', 'fact']), { maxClaimShare: 0.5 });
    expect(r.problems[0]).toMatchObject({ rule: 'max-claim-share', message: 'claim share 0.75 > 0.50: 3 of 4 sentences are claims', line: 1 });
  });

  it('turns every problem into a warning under warnOnly', () => {
    const r = evaluateArticle('a.txt', article(['supporter']), { requireBothSides: true, warnOnly: true });
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
  });
});
