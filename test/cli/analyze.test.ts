import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers/cli.js';

describe('evenhand analyze (built binary)', () => {
  it('prints the summary table and exits 0', () => {
    const r = runCli(['analyze', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Supporter view');
    // the gold has three of each; the learned model hears "others argue it opens a door" as a critic
    expect(r.stdout).toContain('critic-leaning: 2 supporter vs 4 critic sentences');
    expect(r.stdout).not.toMatch(/\u001b\[/); // not a TTY: no colour
  });

  it('writes JSON whose sentences are exact slices of the input', () => {
    const r = runCli(['analyze', SEED, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const report = JSON.parse(r.stdout);
    const text = readFileSync(SEED, 'utf8');
    expect(report.schemaVersion).toBe(1);
    const [article] = report.articles;
    expect(article.sentences).toHaveLength(41);
    for (const s of article.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(Object.keys(article.sentences[0])).toEqual(
      ['index', 'text', 'label', 'confidence', 'reasons', 'start', 'end', 'line', 'column', 'section', 'holder', 'speaker'],
    );
    // each reason is a piece of evidence, the words that fired it and its learned weight toward the label
    const critic = article.sentences.find((s: { holder: string | null }) => s.holder === 'critics');
    expect(critic.reasons[0]).toEqual({ evidence: expect.any(String), words: expect.any(Array), weight: expect.any(Number) });
    expect(critic.reasons.map((r: { evidence: string }) => r.evidence)).toContain('holder-side:critic');
    // the speakers, each decided once: the central actor and the generic holders of both sides
    const speakers = new Map(article.speakers.map((s: { name: string; role: string; side: string | null }) => [s.name, `${s.role}/${s.side}`]));
    expect(speakers.get('Trump')).toBe('central/null');
    expect(speakers.get('critics')).toBe('side/critic');
    expect(speakers.get('proponents')).toBe('side/supporter');
  });

  it('gives each article the text its offsets index into with --include-text: for HTML, the extracted text', () => {
    const html = SEED.replace(/\.txt$/, '.html');
    // two workers, so the text also survives the trip from a worker thread
    const r = runCli(['analyze', html, SEED, '--format', 'json', '--include-text', '--jobs', '2']);
    expect(r.status).toBe(0);
    const [page, plain] = JSON.parse(r.stdout).articles;
    expect(page.sentences).toHaveLength(41);
    for (const s of page.sentences) expect(page.text.slice(s.start, s.end)).toBe(s.text);
    for (const { heading } of page.sections.slice(1)) expect(page.text.slice(heading.start, heading.end)).toBe(heading.text);
    expect(page.text).not.toContain('<');
    expect(plain.text).toBe(readFileSync(SEED, 'utf8'));
    expect(Object.keys(page).at(-1)).toBe('text');
    expect(JSON.parse(runCli(['analyze', SEED, '--format', 'json']).stdout).articles[0]).not.toHaveProperty('text');
    const table = runCli(['analyze', SEED, '--include-text']);
    expect(table.status).toBe(2);
    expect(table.stderr).toBe('evenhand: --include-text goes with --format json\n');
  });

  it('reads standard input for "-", dropping a BOM', () => {
    const r = runCli(['analyze', '-', '--format', 'json'], { input: '\uFEFFCritics argue the plan is flawed. It passed in 2019.' });
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout).articles[0].sentences;
    expect(s.map((x: { label: string }) => x.label)).toEqual(['critic', 'fact']);
    expect(s[0].start).toBe(0);
  });

  it('reads standard input when given no file and something is piped in', () => {
    const r = runCli(['analyze', '--format', 'json'], { input: 'Critics argue the plan is flawed.' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles.map((a: { file: string }) => a.file)).toEqual(['-']);
  });

  it('reads the articles of a directory and of a quoted glob, as check does', () => {
    const files = (args: string[]): string[] => JSON.parse(runCli(['analyze', ...args, '--format', 'json']).stdout).articles.map((a: { file: string }) => a.file);
    expect(files(['fixtures/check'])).toEqual([
      'fixtures/check/city-budget.txt',
      'fixtures/check/school-meals.md',
      'fixtures/check/transit-fares.md',
      'fixtures/check/wind-farm.html',
    ]);
    expect(files(['fixtures/check/*.md', SEED])).toEqual(['fixtures/check/school-meals.md', 'fixtures/check/transit-fares.md', SEED]);
    const none = runCli(['analyze', 'fixtures/**/*.pdf']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('evenhand: fixtures/**/*.pdf: no article matches this pattern\n');
  });

  it('names standard input by --stdin-filename in its output and messages, and reads it by that extension', () => {
    const html = '<html><body><article><h1>Plan</h1><p>Critics argue the plan is flawed.</p></article></body></html>';
    const r = runCli(['analyze', '-', '--format', 'json', '--stdin-filename', 'news/plan.html'], { input: html });
    const [article] = JSON.parse(r.stdout).articles;
    expect(article.file).toBe('news/plan.html');
    expect(article.sections[1].heading.text).toBe('Plan');
    const empty = runCli(['analyze', '--stdin-filename', 'news/plan.txt'], { input: '' });
    expect(empty.stderr).toBe('evenhand: news/plan.txt: empty file, nothing to analyse\n');
  });

  it('takes format names in any case', () => {
    const r = runCli(['analyze', SEED, '-f', 'JSON', '--input-format', 'Text']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles[0].sentences).toHaveLength(41);
  });

  it('reports errors only with --quiet: a warning is left out, an unreadable file is not', () => {
    const latin1 = join(mkdtempSync(join(tmpdir(), 'evenhand-quiet-')), 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Critics argue the caf\xe9 plan is flawed.\n', 'latin1'));
    expect(runCli(['analyze', latin1]).stderr).toMatch(/^evenhand: warning: .*invalid UTF-8/);
    for (const flag of ['--quiet', '-q']) {
      const r = runCli(['analyze', latin1, 'no-such.txt', flag]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('evenhand: no-such.txt: no such file\n');
    }
  });

  it('reports a missing file in one line, exit 2, and still analyses the others', () => {
    const r = runCli(['analyze', 'no-such-file.txt', SEED, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('evenhand: no-such-file.txt: no such file');
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('refuses a directory without articles and an unknown option or format with exit 2, no stack trace', () => {
    const dir = runCli(['analyze', 'test/helpers']);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toBe('evenhand: test/helpers: no .txt, .md or .html article in this directory\n');
    const opt = runCli(['analyze', SEED, '--bogus']);
    expect(opt.status).toBe(2);
    expect(opt.stderr).toMatch(/unknown option/);
    const fmt = runCli(['analyze', SEED, '--format', 'xml']);
    expect(fmt.status).toBe(2);
    expect(fmt.stderr).toMatch(/table, json/);
    for (const r of [dir, opt, fmt]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('colours only when asked and never with NO_COLOR', () => {
    expect(runCli(['analyze', SEED], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['analyze', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['analyze', SEED, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('explains every option in --help, with an example', () => {
    const r = runCli(['analyze', '--help']);
    expect(r.status).toBe(0);
    for (const flag of ['--format', '--sentences', '--explain', '--no-color', 'Examples:']) expect(r.stdout).toContain(flag);
  });

  it('describes every format in --help, in the order of its choices', () => {
    const help = runCli(['analyze', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      'output format: table: a summary table for people; json: one JSON object for scripts; ' +
        'html: one self-contained HTML page, every sentence highlighted; text: the article as written, each sentence marked by label; ' +
        'ndjson: one JSON object per line, written as it goes (choices: "table", "json", "html", "text", "ndjson"',
    );
  });

  it('lists every sentence with --sentences and reasons with --explain', () => {
    const r = runCli(['analyze', SEED, '--explain']);
    expect(r.stdout).toContain('[Fact]');
    expect(r.stdout).toMatch(/holder-side:critic \+\d\.\d\d \(critics, argue\)/);
    // who speaks and why they count as they do
    expect(r.stdout).toMatch(/^ {2}critics: critic \(described:against/m);
    expect(r.stdout).toMatch(/^ {2}Trump: the central actor/m);
  });
});
