import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, SEED } from '../helpers/cli.js';
import { articleText, records, tempDir } from '../helpers/corpus.js';

describe('evenhand analyze --format ndjson', () => {
  it('writes one record per sentence, then the article, then the run, agreeing with --format json', () => {
    const ndjson = records(runCli(['analyze', SEED, '--format', 'ndjson']).stdout);
    const json = JSON.parse(runCli(['analyze', SEED, '--format', 'json']).stdout);
    const [article] = json.articles;
    expect(ndjson.map((r) => r.type)).toEqual([...article.sentences.map(() => 'sentence'), 'article', 'run']);
    ndjson.slice(0, -2).forEach((record, i) => {
      expect(record).toEqual({ type: 'sentence', file: SEED, article: SEED, ...article.sentences[i] });
    });
    const [articleRecord, run] = ndjson.slice(-2);
    expect(articleRecord).toMatchObject({ file: SEED, article: SEED, title: null, sections: article.sections.length, voices: article.voices, summary: article.summary });
    expect(run).toEqual({ type: 'run', schemaVersion: 1, files: 1, articles: 1, voices: article.voices, summary: json.summary });
  });

  it('writes each article in turn, then one run record that adds the articles up', () => {
    const ndjson = records(runCli(['analyze', SEED, SEED, '--format', 'ndjson']).stdout);
    const json = JSON.parse(runCli(['analyze', SEED, SEED, '--format', 'json']).stdout);
    const [article] = json.articles;
    const oneArticle = [...article.sentences.map(() => 'sentence'), 'article'];
    expect(ndjson.map((r) => r.type)).toEqual([...oneArticle, ...oneArticle, 'run']);
    const twice = (voices: Array<{ holder: string; count: number }>) => voices.map((v) => ({ ...v, count: 2 * v.count }));
    expect(ndjson.at(-1)).toEqual({
      type: 'run',
      schemaVersion: 1,
      files: 1,
      articles: 2,
      voices: { supporter: twice(article.voices.supporter), critic: twice(article.voices.critic) },
      summary: json.summary,
    });
    expect(json.summary.sentences).toBe(2 * article.sentences.length);
  });

  it('streams a long input in chunks with offsets, lines and numbers that refer to the whole', () => {
    const text = Array.from({ length: 12 }, (_, i) => articleText(i)).join('\n');
    const file = join(tempDir(), 'long.txt');
    writeFileSync(file, text);
    const r = runCli(['analyze', file, '--format', 'ndjson', '--jobs', '1']);
    expect(r.status).toBe(0);
    const sentences = records(r.stdout).filter((x) => x.type === 'sentence');
    expect(sentences.length).toBeGreaterThan(12 * 30);
    const lines = text.split('\n');
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(lines[s.line - 1]!.slice(s.column - 1).startsWith(s.text.split('\n')[0]!)).toBe(true);
      if (i > 0) expect(s.section).toBeGreaterThanOrEqual(sentences[i - 1]!.section);
    });
    // the article's voices add up every chunk's: each holder as often as their sentences say
    const tally = (label: string): Array<{ holder: string; count: number }> => {
      const counts = new Map<string, number>();
      for (const s of sentences) if (s.label === label && s.holder) counts.set(s.holder, (counts.get(s.holder) ?? 0) + 1);
      return [...counts].map(([holder, count]) => ({ holder, count }));
    };
    const byHolder = (a: { holder: string }, b: { holder: string }): number => (a.holder < b.holder ? -1 : 1);
    const article = records(r.stdout).find((x) => x.type === 'article')!;
    expect(tally('supporter').length + tally('critic').length).toBeGreaterThan(1);
    expect([...article.voices.supporter].sort(byHolder)).toEqual(tally('supporter').sort(byHolder));
    expect([...article.voices.critic].sort(byHolder)).toEqual(tally('critic').sort(byHolder));
    // --format json analyses the input whole: the same sentences, numbered and placed alike
    const json = JSON.parse(runCli(['analyze', file, '--format', 'json']).stdout);
    expect(json.articles).toHaveLength(1);
    const place = (s: Record<string, unknown>): unknown[] => [s.index, s.start, s.end, s.line, s.column, s.section, s.text];
    expect(sentences.map(place)).toEqual(json.articles[0].sentences.map(place));
    // standard input is read whole, with every check of a whole read, and placed alike too
    const piped = records(runCli(['analyze', '-', '--format', 'ndjson'], { input: text }).stdout);
    expect(piped.filter((x) => x.type === 'sentence').map(place)).toEqual(sentences.map(place));
  });

  it('reads a JSONL corpus, carries each id into every record, and reports a bad line in place', () => {
    const file = join(tempDir(), 'corpus.jsonl');
    const lines = [
      JSON.stringify({ id: 'a1', title: 'First', text: 'Critics argue the plan is flawed. It passed in 2019.' }),
      '{"id": "broken"',
      JSON.stringify({ id: 7, text: 'Supporters say the deal brings peace.' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = runCli(['analyze', file, '--input-format', 'jsonl', '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`evenhand: ${file}:2: not valid JSON`);
    const out = records(r.stdout);
    expect(out.filter((x) => x.type === 'sentence').map((x) => [x.article, x.label])).toEqual([
      ['a1', 'critic'],
      ['a1', 'fact'],
      ['7', 'supporter'],
    ]);
    expect(out.filter((x) => x.type === 'article').map((x) => [x.article, x.title])).toEqual([
      ['a1', 'First'],
      ['7', null],
    ]);
    const json = JSON.parse(runCli(['analyze', file, '--input-format', 'jsonl', '--format', 'json']).stdout);
    expect(json.articles.map((a: { file: string }) => a.file)).toEqual([`${file}#a1`, `${file}#7`]);
    // the extension says it is a corpus, as .md and .html say theirs
    const byExtension = runCli(['analyze', file, '--format', 'ndjson']);
    expect(byExtension.stdout).toBe(r.stdout);
    expect(byExtension.stderr).toBe(r.stderr);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" analyze "${SEED}" "${SEED}" --format ndjson | head -n 1`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).type).toBe('sentence');
  });

  it('never shows progress when stderr is not a terminal', () => {
    const r = runCli(['analyze', SEED, SEED, '--format', 'ndjson'], { env: { CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
