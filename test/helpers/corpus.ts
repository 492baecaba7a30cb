import { expect } from 'vitest';
// Small corpora for the CLI tests, made from the seed article the way the bench makes its own.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript shared with bench/run.js
import { variant } from '../../bench/corpus.js';
import { SEED } from './cli.js';

const seedText = readFileSync(SEED, 'utf8');

export const articleText = (i: number): string => (variant as (seed: string, i: number) => string)(seedText, i);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'evenhand-test-'));
}

/** `count` article files in a new folder; returns their paths. */
export function writeArticles(count: number): string[] {
  const dir = tempDir();
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `article-${i}.txt`);
    writeFileSync(path, articleText(i));
    return path;
  });
}

/** Parse NDJSON output into its records, checking that every line is one object with a type. */
export function records(stdout: string): Array<Record<string, any>> {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line);
      expect(['sentence', 'article', 'run']).toContain(record.type);
      return record;
    });
}
