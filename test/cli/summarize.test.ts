import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { records, tempDir, writeArticles } from '../helpers/corpus.js';

describe('evenhand summarize', () => {
  it('merges the runs over 4 shards of a corpus into exactly the run over the whole', () => {
    const files = writeArticles(10);
    const whole = runCli(['analyze', ...files, '--format', 'ndjson', '--jobs', '1']);
    expect(whole.status).toBe(0);
    const wholeRun = whole.stdout.trimEnd().split('\n').at(-1);
    const dir = tempDir();
    const shards = [0, 1, 2, 3].map((k) => {
      const out = runCli(['analyze', ...files.filter((_, i) => i % 4 === k), '--format', 'ndjson', '--jobs', '1']);
      expect(out.status).toBe(0);
      const path = join(dir, `shard-${k}.ndjson`);
      writeFileSync(path, out.stdout);
      return { path, out: out.stdout };
    });
    // the shards alone do not add up to the whole by chance: they differ from it and each other
    expect(new Set(shards.map((s) => s.out.trimEnd().split('\n').at(-1))).size).toBe(4);

    const merged = runCli(['summarize', ...shards.map((s) => s.path)]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(`${wholeRun}\n`);
    const [run] = records(merged.stdout);
    expect(run).toMatchObject({ type: 'run', files: 10, articles: 10 });

    // from standard input, and merging merged records again, gives the same
    expect(runCli(['summarize'], { input: shards.map((s) => s.out).join('') }).stdout).toBe(merged.stdout);
    const halves = [shards.slice(0, 2), shards.slice(2)].map((h) => runCli(['summarize', ...h.map((s) => s.path)]).stdout);
    expect(runCli(['summarize', '-'], { input: halves.join('') }).stdout).toBe(merged.stdout);
  });

  it('recomputes balance and lean from the added counts', () => {
    const run = (supporter: number, critic: number, claim: number): string =>
      JSON.stringify({
        type: 'run', schemaVersion: 1, files: 1, articles: 1,
        voices: { supporter: [{ holder: 'allies', count: supporter }], critic: [{ holder: 'critics', count: critic }] },
        summary: { sentences: 0, counts: { supporter, critic, claim, fact: 0 }, shares: {}, balance: 0, lean: 0 },
      });
    const r = runCli(['summarize'], { input: `${run(3, 1, 0)}\n${run(0, 1, 4)}\n` });
    expect(r.status).toBe(0);
    const [merged] = records(r.stdout);
    expect(merged.summary).toEqual({
      sentences: 9,
      counts: { supporter: 3, critic: 2, claim: 4, fact: 0 },
      shares: { supporter: 0.333, critic: 0.222, claim: 0.444, fact: 0 },
      balance: 0.667,
      lean: 0.2,
    });
    expect(merged.voices.critic).toEqual([{ holder: 'critics', count: 2 }]);
  });

  it('refuses input that is not NDJSON from analyze, in one line with exit 2', () => {
    const notJson = runCli(['summarize'], { input: '{"type":"run"}\nnot json\n' });
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toBe('evenhand: -:1: not a run record: "files" and "articles" must be counts\n');
    const noRun = runCli(['summarize'], { input: '{"type":"sentence"}\n' });
    expect(noRun.status).toBe(2);
    expect(noRun.stderr).toMatch(/no "run" record/);
    const missing = runCli(['summarize', 'no-such.ndjson']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('evenhand: no-such.ndjson: no such file\n');
  });
});

describe('evenhand summarize on a terminal', () => {
  // `script` gives the child a terminal for standard input, as a person typing the command has
  const haveScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!haveScript)('says what to give it instead of waiting on the keyboard', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} summarize`, '/dev/null'], { encoding: 'utf8', input: '', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/evenhand: summarize: name NDJSON files, or pipe them in/);
  });
});
