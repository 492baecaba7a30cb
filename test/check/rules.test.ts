import { describe, expect, it } from 'vitest';
import { noOpposingVoices, thresholdRules } from '../../src/check/rules.js';
import { CHECK_RULE_IDS } from '../../src/check/types.js';

describe('threshold rules', () => {
  it('has exactly one rule per published id', () => {
    const ids = [noOpposingVoices, ...thresholdRules].map((r) => r.id);
    expect([...ids].sort()).toEqual([...CHECK_RULE_IDS].sort());
  });

  it('is off when its threshold is not set', () => {
    for (const rule of thresholdRules) expect(rule.active({}), rule.id).toBe(false);
    expect(noOpposingVoices.active({ maxClaimShare: 0.5 })).toBe(false);
  });
});
