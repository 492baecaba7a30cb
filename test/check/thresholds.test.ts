import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/check/thresholds.js';
import type { Config } from '../../src/config/schema.js';

const config: Config = {
  central: 'Mayor',
  check: { minBalance: 0.5, minVoices: 2 },
  overrides: [
    { files: ['opinion/**'], check: { minBalance: 0, requireBothSides: false } },
    { files: ['**/*.md'], check: { warnOnly: true }, central: 'Council' },
  ],
};

describe('settingsFor', () => {
  it('requires both sides when nothing is configured', () => {
    expect(settingsFor(null, {}, {}).thresholds).toEqual({ requireBothSides: true });
  });

  it('layers config, matching overrides in order, then flags', () => {
    expect(settingsFor('news/a.txt', config, {}).thresholds).toEqual({ requireBothSides: true, minBalance: 0.5, minVoices: 2 });
    const opinion = settingsFor('opinion/b.md', config, { minVoices: 1, maxLean: undefined });
    expect(opinion.thresholds).toEqual({ requireBothSides: false, minBalance: 0, minVoices: 1, warnOnly: true });
    expect(opinion.central).toBe('Council');
    expect(settingsFor('news/a.txt', config, {}).central).toBe('Mayor');
  });

  it('applies no override to standard input', () => {
    expect(settingsFor(null, config, {}).thresholds.minBalance).toBe(0.5);
  });
});
