import { describe, expect, it } from 'vitest';
import { mergeVoices } from '../../src/summarize/voices.js';

describe('mergeVoices', () => {
  it('adds each holder\'s counts and orders them as a single article would', () => {
    const merged = mergeVoices([
      { supporter: [{ holder: 'allies', count: 1 }], critic: [{ holder: 'critics', count: 2 }] },
      { supporter: [{ holder: 'backers', count: 1 }, { holder: 'allies', count: 1 }], critic: [] },
    ]);
    expect(merged).toEqual({
      supporter: [{ holder: 'allies', count: 2 }, { holder: 'backers', count: 1 }],
      critic: [{ holder: 'critics', count: 2 }],
    });
  });

  it('lists holders with equal counts by name, whatever their case', () => {
    const merged = mergeVoices([{ supporter: [{ holder: 'Wardens', count: 1 }, { holder: 'backers', count: 1 }, { holder: 'Backers', count: 1 }], critic: [] }]);
    expect(merged.supporter.map((v) => v.holder)).toEqual(['backers', 'Backers', 'Wardens']);
  });
});
