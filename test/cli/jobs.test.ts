import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { articleText, tempDir, writeArticles } from '../helpers/corpus.js';

describe('evenhand analyze --jobs', () => {
  it('writes the same output in the same order with worker threads as without', () => {
    const files = writeArticles(6);
    for (const format of ['ndjson', 'json', 'table']) {
      const one = runCli(['analyze', ...files, '--format', format, '--jobs', '1']);
      const three = runCli(['analyze', ...files, '--format', format, '--jobs', '3']);
      expect(one.status).toBe(0);
      expect(three.stdout).toBe(one.stdout);
    }
  });

  it('runs a JSONL corpus in workers with the same output', () => {
    const file = join(tempDir(), 'corpus.jsonl');
    writeFileSync(file, Array.from({ length: 5 }, (_, i) => `${JSON.stringify({ id: `n${i}`, text: articleText(i) })}\n`).join(''));
    const one = runCli(['analyze', file, '--input-format', 'jsonl', '--format', 'ndjson', '--jobs', '1']);
    const two = runCli(['analyze', file, '--input-format', 'jsonl', '--format', 'ndjson', '--jobs', '2']);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n').filter((l) => l.includes('"type":"article"'))).toHaveLength(5);
    expect(two.stdout).toBe(one.stdout);
  });

  it('keeps a bad file\'s error in its place among the workers\' results', () => {
    const files = writeArticles(3);
    const r = runCli(['analyze', files[0]!, 'missing.txt', files[1]!, '--format', 'json', '--jobs', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('evenhand: missing.txt: no such file\n');
    expect(JSON.parse(r.stdout).articles.map((a: { file: string }) => a.file)).toEqual([files[0], files[1]]);
  });

  it('refuses a job count that is not a whole number of 1 or more', () => {
    for (const n of ['0', 'two', '1.5']) {
      const r = runCli(['analyze', 'x.txt', '--jobs', n]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });
});
