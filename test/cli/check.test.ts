import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, SEED, type Run } from '../helpers/cli.js';
import { antJunitErrors } from '../helpers/junit.js';

const MIXED = 'fixtures/check';

/** Run the built CLI from `cwd`, as a CI job run from a repository root would. */
function runIn(cwd: string, args: string[]): Run {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.GITHUB_STEP_SUMMARY;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'evenhand-check-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const BALANCED = 'Supporters argue the plan works. Critics argue the plan is flawed.\n';
const ONE_SIDED = 'The plan passed in 2019.\nSupporters argue the plan works.\n';

describe('evenhand check (built binary)', () => {
  it('passes the seed article at --min-balance 0.5 and fails --min-voices 5 for each side, in one problem', () => {
    // 2 supporter vs 4 critic sentences: balance 0.5
    const pass = runCli(['check', SEED, '--min-balance', '0.5']);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toContain('1 file checked: all pass');
    const fail = runCli(['check', SEED, '--min-voices', '5']);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toContain('  22:302  error    supporter voices 2 < 5 (also critic voices 4 < 5)  min-voices\n');
    // one summary line, on stdout with the report
    expect(fail.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings): 1 of 1 file failed');
    expect(fail.stderr).toBe('');
  });

  it('reports a silent side once: one problem, one annotation, the other thresholds folded in', () => {
    const args = ['check', 'fixtures/check/transit-fares.md', '--min-balance', '0.5', '--max-lean', '0.5', '--min-voices', '2'];
    const stylish = runCli(args);
    expect(stylish.stdout.match(/ error /g)).toHaveLength(1);
    expect(stylish.stdout).toContain(
      'no critic voice: 3 supporter vs 0 critic sentences (also min-balance: balance 0.00 < 0.50; max-lean: lean 1.00 > 0.50 toward the supporters; ' +
        'min-voices: critic voices 0 < 2)  require-both-sides',
    );
    expect(runCli([...args, '--format', 'github']).stdout.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
  });

  it('exits 0 with --warn-only and still reports the problems', () => {
    const r = runCli(['check', SEED, '--min-voices', '5', '--warn-only']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/warning\s+supporter voices 2 < 5 \(also critic voices 4 < 5\)/);
  });

  it('fails a directory of mixed .txt/.md/.html naming only the unbalanced article', () => {
    const r = runCli(['check', MIXED, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([
      'fixtures/check/city-budget.txt',
      'fixtures/check/school-meals.md',
      'fixtures/check/transit-fares.md',
      'fixtures/check/wind-farm.html',
    ]);
    const failed = out.files.filter((f: { passed: boolean }) => !f.passed).map((f: { file: string }) => f.file);
    expect(failed).toEqual(['fixtures/check/transit-fares.md']);
    const stylish = runCli(['check', MIXED, '--min-balance', '0.5']);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout.match(/^fixtures\/check\/\S+/gm)).toEqual(['fixtures/check/transit-fares.md']);
  });

  it('--format github annotates real lines and appends a table to $GITHUB_STEP_SUMMARY', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'evenhand-summary-')), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = runCli(['check', MIXED, SEED, '--min-voices', '2', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) {
      const m = /^::error file=([^,]+),line=(\d+),col=(\d+),title=evenhand::([a-z-]+): (.+)$/.exec(c);
      expect(m, c).not.toBeNull();
      const [, file, line, col] = m as RegExpExecArray;
      // the annotation points at the start of a sentence of that file
      const text = readFileSync(join(ROOT, file!), 'utf8').split('\n')[Number(line) - 1]!;
      expect(text.slice(Number(col) - 1)).toMatch(/^\S/);
    }
    expect(commands).toContain(
      '::error file=fixtures/check/transit-fares.md,line=6,col=1,title=evenhand::require-both-sides: no critic voice: 3 supporter vs 0 critic sentences (also min-voices: critic voices 0 < 2)',
    );
    // one annotation per failing file
    const files = commands.map((c) => /file=([^,]+)/.exec(c)![1]);
    expect(new Set(files).size).toBe(files.length);
    expect(commands.some((c) => c.includes('file=fixtures/articles/'))).toBe(false);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n### evenhand check')).toBe(true);
    expect(written).toContain('| fixtures/check/transit-fares.md | ❌ fail | 3 | 0 |');
  });

  it('--format junit is valid strict Ant JUnit with a failure for each failing file', async () => {
    const r = runCli(['check', MIXED, SEED, 'no-such.txt', '--min-voices', '2', '--format', 'junit']);
    expect(r.status).toBe(2);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(await antJunitErrors(r.stdout)).toEqual([]);
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout).testsuites.testsuite;
    expect(suite).toMatchObject({ tests: '6', failures: '2', errors: '1' });
    expect(suite.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const failing = suite.testcase.filter((c: { failure?: unknown }) => c.failure).map((c: { name: string }) => c.name);
    expect(failing).toEqual(['fixtures/check/school-meals.md', 'fixtures/check/transit-fares.md']);
  });

  it('--format markdown prints a row per file', () => {
    const r = runCli(['check', MIXED, '--format', 'markdown']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('| fixtures/'))).toHaveLength(4);
  });

  it('reads standard input for "-"', () => {
    expect(runCli(['check', '-'], { input: BALANCED }).status).toBe(0);
    const r = runCli(['check', '-'], { input: 'The plan passed in 2019.' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('no opposing voices: none of the 1 sentences is a supporter or critic view  no-opposing-voices');
  });

  it('exits 2 on a bad flag, a missing file or an empty pattern, in one line', () => {
    const flag = runCli(['check', SEED, '--min-balance', '2']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/--min-balance <ratio>' argument '2' is invalid\. must be a number from 0 to 1/);
    const missing = runCli(['check', 'no-such.txt', SEED]);
    expect(missing.status).toBe(2);
    // reported once, in the report, and counted in its closing line
    expect(missing.stderr).toBe('');
    expect(missing.stdout.match(/no-such\.txt: no such file/g)).toHaveLength(1);
    expect(missing.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings): 0 of 2 files failed, 1 unreadable');
    const empty = runCli(['check', 'fixtures/**/*.pdf']);
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toBe('evenhand: fixtures/**/*.pdf: no article matches this pattern');
  });

  it('writes the report to the file named by -o, leaving stdout empty, with the same exit code', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'evenhand-out-')), 'evenhand.xml');
    const r = runCli(['check', MIXED, '-f', 'JUnit', '-o', file], { env: { FORCE_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    // the same report, but for the run's own time and duration
    const untimed = (xml: string): string => xml.replace(/ (timestamp|time)="[^"]*"/g, '');
    expect(untimed(readFileSync(file, 'utf8'))).toBe(untimed(runCli(['check', MIXED, '-f', 'junit']).stdout));
    const stylish = join(mkdtempSync(join(tmpdir(), 'evenhand-out-')), 'report.txt');
    runCli(['check', MIXED, '-o', stylish], { env: { FORCE_COLOR: '1' } });
    expect(readFileSync(stylish, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('reports errors only with --quiet: warnings and a warning-only file are left out', () => {
    const warned = runCli(['check', SEED, '--min-voices', '4', '--warn-only', '--format', 'json']);
    expect(JSON.parse(warned.stdout).files.flatMap((f: { problems: unknown[] }) => f.problems).length).toBeGreaterThan(0);
    const quiet = runCli(['check', SEED, '--min-voices', '4', '--warn-only', '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).not.toContain('warning');
    const failing = runCli(['check', MIXED, '--quiet', '--format', 'json']);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).files.filter((f: { passed: boolean }) => !f.passed)).toHaveLength(1);
  });

  it('names standard input by --stdin-filename in annotations and holds it to that file\'s overrides', () => {
    const r = runCli(['check', '-', '--format', 'github', '--stdin-filename', 'news/draft.md'], { input: ONE_SIDED });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=news\/draft\.md,line=2,col=1,title=evenhand::/m);
    const root = project({
      'evenhand.config.json': JSON.stringify({ overrides: [{ files: ['opinion/**'], check: { requireBothSides: false } }] }),
    });
    const piped = (name: string): number | null =>
      spawnSync(process.execPath, [BIN, 'check', '-', '--stdin-filename', name], { cwd: root, input: ONE_SIDED, encoding: 'utf8' }).status;
    expect(piped('opinion/column.txt')).toBe(0);
    expect(piped('news/story.txt')).toBe(1);
  });

  it('lists every format with what it is for under Formats in --help', () => {
    expect(runCli(['check', '--help']).stdout).toContain(
      [
        'Formats:',
        '  stylish   one block per failing file, for people (default)',
        '  json      one JSON object for scripts',
        '  github    GitHub Actions annotations, plus a table in $GITHUB_STEP_SUMMARY',
        '  markdown  a Markdown table to post as a PR comment',
        '  junit     JUnit XML for GitLab, Jenkins and Azure',
        '',
      ].join('\n'),
    );
  });
});

describe('evenhand check with evenhand.config.json', () => {
  it('finds the config upward, checks its files and applies overrides by glob', () => {
    const root = project({
      'evenhand.config.json': JSON.stringify({
        files: ['articles/**/*.txt'],
        ignore: ['articles/drafts/**'],
        check: { minBalance: 0.5 },
        overrides: [{ files: ['articles/opinion/**'], check: { requireBothSides: false, minBalance: 0 } }],
      }),
      'articles/news.txt': BALANCED,
      'articles/opinion/column.txt': ONE_SIDED,
      'articles/drafts/draft.txt': ONE_SIDED,
      'articles/sub/.keep': '',
    });
    const r = runIn(join(root, 'articles', 'sub'), ['check', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual(['../news.txt', '../opinion/column.txt']);
    expect(out.files[1].thresholds).toEqual({ requireBothSides: false, minBalance: 0 });
    // a flag beats the config and its overrides
    expect(runIn(root, ['check', '--require-both-sides']).status).toBe(1);
  });

  it('names a bad threshold in the config in one line, exit 2', () => {
    const root = project({ 'evenhand.config.json': JSON.stringify({ overrides: [{ files: ['*'], check: { maxLean: 'a lot' } }] }), 'a.txt': BALANCED });
    const r = runIn(root, ['check', 'a.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/evenhand\.config\.json: overrides\[0\]\.check\.maxLean: must be a number from 0 to 1$/);
  });

  it('says what to do when there is nothing to check', () => {
    const r = runIn(project({}), ['check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no files to check: name files, directories or globs, or set "files"/);
  });
});

describe('evenhand init', () => {
  it('writes a commented starter config that check then uses, and never overwrites silently', () => {
    const root = project({ 'articles/a.txt': BALANCED, 'articles/opinion/b.md': ONE_SIDED, 'articles/drafts/c.txt': ONE_SIDED });
    const init = runIn(root, ['init']);
    expect(init.status).toBe(0);
    const written = readFileSync(join(root, 'evenhand.config.json'), 'utf8');
    expect(written).toMatch(/^\s*\/\/ /m);
    const check = runIn(root, ['check', '--format', 'json']);
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).files.map((f: { file: string }) => f.file)).toEqual(['articles/a.txt', 'articles/opinion/b.md']);
    const again = runIn(root, ['init']);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toBe('evenhand: evenhand.config.json already exists here; use --force to overwrite it');
    expect(runIn(root, ['init', '--force']).status).toBe(0);
  });
});
