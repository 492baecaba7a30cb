import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
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

  it('leaves the model to the workers: the parent never loads it, and still warns about text that is not English', () => {
    const dir = tempDir();
    // told on stderr whenever a thread requires the model or its data (the bundle holds the
    // model's code and requires its data files), and which thread it was
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      `const Module = require('node:module'); const { isMainThread } = require('node:worker_threads');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request.startsWith('wink-eng-lite-web-model')) process.stderr.write(isMainThread ? 'model in main thread\\n' : 'model in a worker\\n');
  return load.call(this, request, ...rest);
};`,
    );
    const files = writeArticles(3);
    const french = join(dir, 'french.txt');
    writeFileSync(french, "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, que les syndicats jugent injuste et dangereuse pour les travailleurs.\n");
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${JSON.stringify({ id: 'a', text: files.length ? articleText(7) : '' })}\n`);
    const run = (args: string[], input = ''): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, CI: '1' } });
    for (const format of ['ndjson', 'json']) {
      const r = run(['analyze', ...files, french, corpus, '-', '--stdin-filename', 'piped.txt', '--format', format, '--jobs', '2'], articleText(9));
      expect(r.status).toBe(0);
      expect(r.stderr).not.toContain('model in main thread');
      expect(r.stderr).toContain('model in a worker');
      expect(r.stderr).toContain(`${french}: does not look like English`);
      const one = runCli(['analyze', ...files, french, corpus, '-', '--stdin-filename', 'piped.txt', '--format', format, '--jobs', '1'], { input: articleText(9) });
      expect(r.stdout).toBe(one.stdout);
    }
  });

  it('streams a long file through a worker with the same records as one thread', () => {
    const dir = tempDir();
    const long = join(dir, 'long.txt');
    // over 64 KB, so it is read in chunks, and its records go back in more than one message
    writeFileSync(long, Array.from({ length: 40 }, (_, i) => articleText(i)).join('\n'));
    const files = [...writeArticles(2), long];
    const one = runCli(['analyze', ...files, '--format', 'ndjson', '--jobs', '1']);
    const two = runCli(['analyze', ...files, '--format', 'ndjson', '--jobs', '2']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('refuses a job count that is not a whole number of 1 or more', () => {
    for (const n of ['0', 'two', '1.5']) {
      const r = runCli(['analyze', 'x.txt', '--jobs', n]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });
});
