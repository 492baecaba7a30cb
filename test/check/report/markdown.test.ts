import { describe, expect, it } from 'vitest';
import markdown from '../../../src/check/report/markdown.js';
import { sampleRun } from '../sample-run.js';

describe('markdown reporter', () => {
  const text = markdown.render(sampleRun(), { color: false });
  const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| File'));

  it('has one table row per file, with its verdict and numbers', () => {
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe('| news/even.txt | ✅ pass | 1 | 1 | 1.00 | 0.00 | 0.00 |  |');
    expect(rows[1]).toContain('| ❌ fail | 2 | 0 | 0.00 | 1.00 |');
    expect(rows[1]).toContain('`require-both-sides` no critic voice: 2 supporter vs 0 critic sentences (also min-voices: critic voices 0 < 1) (line 2) |');
    expect(rows[2]).toContain('| ⚠️ warn |');
    expect(rows[3]).toBe('| missing.txt | ⛔ error | | | | | | missing.txt: no such file |');
  });

  it('says how many files pass above the table', () => {
    expect(text).toContain('2 of 4 files pass, 1 warning, 1 could not be read.');
  });
});
