import { describe, expect, it } from 'vitest';
import { wantProgress } from '../../src/run/progress.js';

describe('wantProgress', () => {
  it('shows progress only on a terminal, without --quiet, outside CI', () => {
    expect(wantProgress(false, true, {})).toBe(true);
    expect(wantProgress(false, false, {})).toBe(false);
    expect(wantProgress(true, true, {})).toBe(false);
    expect(wantProgress(false, true, { CI: 'true' })).toBe(false);
  });
});
