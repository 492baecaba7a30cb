import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('--help', () => {
  for (const command of ['', 'analyze', 'check', 'init', 'eval', 'summarize']) {
    it(`of ${command || 'evenhand'} names no file outside the repository, which a user does not have`, () => {
      const r = runCli([...(command ? [command] : []), '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/\.\.\/|shared\/|LABELS\.md|score\.py/);
    });
  }
});
