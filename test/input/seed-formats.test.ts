import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

interface Article {
  sentences: Array<{ text: string; label: string; section: number; line: number }>;
  sections: Array<{ heading: { text: string } | null }>;
}

const seed = (ext: string) => `${ROOT}fixtures/articles/trump-kim-diplomacy.${ext}`;

function analyze(args: string[], input?: string): Article {
  const run = runCli(['analyze', ...args, '--format', 'json'], input === undefined ? {} : { input });
  expect(run.status, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { articles: Article[] }).articles[0]!;
}

const shape = (a: Article) => ({
  sentences: a.sentences.map((s) => [s.text, s.label, s.section]),
  headings: a.sections.flatMap((s) => (s.heading ? [s.heading.text] : [])),
});

describe('the seed article as plain text, Markdown and HTML', () => {
  const plain = shape(analyze([seed('txt')]));

  it('finds 41 sentences and 12 headings in the plain text', () => {
    expect(plain.sentences).toHaveLength(41);
    expect(plain.headings).toHaveLength(12);
  });

  it('finds the same sentences, headings and labels in the Markdown version (.md)', () => {
    expect(shape(analyze([seed('md')]))).toEqual(plain);
  });

  it('finds the same sentences, headings and labels in the HTML version (.html)', () => {
    expect(shape(analyze([seed('html')]))).toEqual(plain);
  });

  it('reads standard input as the format --input-format names', () => {
    expect(shape(analyze(['-', '--input-format', 'markdown'], readFileSync(seed('md'), 'utf8')))).toEqual(plain);
    const asText = shape(analyze(['-'], readFileSync(seed('md'), 'utf8')));
    expect(asText.sentences.some(([text]) => String(text).includes('**'))).toBe(true);
  });

  it('gives each HTML sentence the line of the source it stands on', () => {
    const lines = readFileSync(seed('html'), 'utf8').split('\n');
    const article = analyze([seed('html')]);
    for (const s of article.sentences) {
      const firstWord = /^[\p{L}\d-]+/u.exec(s.text)![0];
      expect(lines[s.line - 1]!.slice(s.column - 1).startsWith(firstWord), s.text).toBe(true);
    }
    expect(new Set(article.sentences.map((s) => s.line)).size).toBeGreaterThan(12);
  });

  it('rejects an unknown input format as a usage error', () => {
    const run = runCli(['analyze', seed('txt'), '--input-format', 'pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--input-format/);
  });
});
