import { describe, expect, it } from 'vitest';
import { mergeSummaries, summarize } from '../../src/summarize/summary.js';
import type { Label } from '../../src/types.js';

const of = (...labels: Label[]) => labels.map((label) => ({ label }));

describe('summary', () => {
  it('computes balance and lean as LABELS.md defines them', () => {
    const s = summarize(of('supporter', 'critic', 'critic', 'critic', 'critic', 'fact'));
    expect(s.counts).toEqual({ supporter: 1, critic: 4, claim: 0, fact: 1 });
    expect(s.balance).toBe(0.25);
    expect(s.lean).toBe(-0.6);
    expect(s.shares.critic).toBeCloseTo(4 / 6, 3);
  });

  it('gives null balance and lean when no side speaks', () => {
    const s = summarize(of('fact', 'claim'));
    expect(s.balance).toBeNull();
    expect(s.lean).toBeNull();
  });

  it('is even at 1 and one-sided at 0', () => {
    expect(summarize(of('supporter', 'critic')).balance).toBe(1);
    expect(summarize(of('supporter', 'supporter')).balance).toBe(0);
    expect(summarize(of('supporter', 'supporter')).lean).toBe(1);
  });

  it('merges by adding counts and recomputing balance, not averaging it', () => {
    const merged = mergeSummaries([summarize(of('supporter')), summarize(of('critic', 'critic', 'critic'))]);
    expect(merged.counts.supporter).toBe(1);
    expect(merged.counts.critic).toBe(3);
    expect(merged.balance).toBeCloseTo(1 / 3, 3);
    expect(merged.lean).toBe(-0.5);
  });
});
