// The README's "Exit codes and errors" table, row by row, against the built binary: every
// input gives a correct result or one line of error with exit 2, and never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, SEED, type Run } from '../helpers/cli.js';

const ARTICLE = 'Critics argue the plan is flawed.\nSupporters say it cut waiting times.\n\nIt passed in 2019.\n';

interface Sentence {
  text: string;
  label: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

let dir = '';
const at = (name: string): string => join(dir, name);

function sentencesOf(r: Run): Sentence[] {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).articles[0].sentences;
}

/** One line on stderr, "evenhand: ...", and no stack trace. */
function expectOneLineError(r: Run, message: string | RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(typeof message === 'string' ? `evenhand: ${message}` : message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evenhand-bad-'));
  chmodSync(dir, 0o755);
  writeFileSync(at('article.txt'), ARTICLE);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), '  \n\t\r\n   \n');
  writeFileSync(at('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(at('latin1.txt'), Buffer.from('Critics argue the caf\xe9 plan is flawed.\nIt passed in 2019.\n', 'latin1'));
  writeFileSync(at('bom.txt'), `\uFEFF${ARTICLE}`);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
  writeFileSync(at('utf16le.txt'), le);
  writeFileSync(at('utf16be.txt'), Buffer.from(le).swap16());
  writeFileSync(at('crlf.txt'), ARTICLE.replace(/\n/g, '\r\n'));
  writeFileSync(at('cr.txt'), ARTICLE.replace(/\n/g, '\r'));
  writeFileSync(at('locked.txt'), ARTICLE);
  chmodSync(at('locked.txt'), 0o000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that cannot be read: one line, exit 2', () => {
  it('a missing file', () => {
    expectOneLineError(runCli(['analyze', at('none.txt')]), `${at('none.txt')}: no such file`);
  });

  it('a directory without an article in it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'evenhand-empty-'));
    expectOneLineError(runCli(['analyze', empty]), `${empty}: no .txt, .md or .html article in this directory`);
  });

  it('a file without read permission', () => {
    // root reads any file, so as root the binary runs as "nobody" to meet the permission check
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [BIN, 'analyze', at('locked.txt')], {
      cwd: ROOT,
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expectOneLineError({ status: r.status, stdout: r.stdout, stderr: r.stderr }, `${at('locked.txt')}: permission denied`);
  });

  it('an empty file and a file of white space', () => {
    expectOneLineError(runCli(['analyze', at('empty.txt')]), `${at('empty.txt')}: empty file, nothing to analyse`);
    expectOneLineError(runCli(['analyze', at('blank.txt')]), `${at('blank.txt')}: only white space, nothing to analyse`);
  });

  it('a binary file, from a path or standard input', () => {
    expectOneLineError(runCli(['analyze', at('image.png')]), `${at('image.png')}: looks binary (NUL byte at offset 8)`);
    expectOneLineError(runCli(['analyze', '-'], { input: 'text\u0000more' }), '-: looks binary');
  });

  it('a file over --max-bytes, with the limit named', () => {
    expectOneLineError(runCli(['analyze', at('article.txt'), '--max-bytes', '50']), `${at('article.txt')}: 91 bytes is over the limit of 50 bytes (raise it with --max-bytes)`);
    expectOneLineError(runCli(['analyze', '-', '--max-bytes', '50'], { input: ARTICLE }), '-: more than 50 bytes is over the limit');
    expect(runCli(['analyze', at('article.txt'), '--max-bytes', '1k']).status).toBe(0);
  });

  it('several files: each bad one is reported, the good ones are still analysed', () => {
    const r = runCli(['analyze', at('none.txt'), at('empty.txt'), at('article.txt'), at('image.png'), '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `evenhand: ${at('none.txt')}: no such file`,
      `evenhand: ${at('empty.txt')}: empty file, nothing to analyse`,
      expect.stringContaining(`evenhand: ${at('image.png')}: looks binary`),
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.articles.map((a: { file: string }) => a.file)).toEqual([at('article.txt')]);
    expect(report.summary.sentences).toBe(3);
  });
});

describe('encodings and line ends: read, offsets right', () => {
  it('invalid UTF-8 is replaced with U+FFFD, analysed, and warned about in one line', () => {
    const r = runCli(['analyze', at('latin1.txt'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`evenhand: warning: ${at('latin1.txt')}: invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD, the first on line 1\n`);
    const [first] = JSON.parse(r.stdout).articles[0].sentences as Sentence[];
    expect(first).toMatchObject({ text: 'Critics argue the caf\uFFFD plan is flawed.', label: 'critic', start: 0 });
  });

  it('a UTF-8 BOM and UTF-16 LE/BE with a BOM give the same sentences as plain UTF-8', () => {
    const plain = sentencesOf(runCli(['analyze', at('article.txt'), '--format', 'json']));
    expect(plain.map((s) => s.label)).toEqual(['critic', 'supporter', 'fact']);
    for (const file of ['bom.txt', 'utf16le.txt', 'utf16be.txt']) {
      expect(sentencesOf(runCli(['analyze', at(file), '--format', 'json']))).toEqual(plain);
    }
  });

  it('CRLF and lone-CR text: same sentences and lines, offsets into the text as read', () => {
    const plain = sentencesOf(runCli(['analyze', at('article.txt'), '--format', 'json']));
    for (const file of ['crlf.txt', 'cr.txt']) {
      const text = readFileSync(at(file), 'utf8');
      const sentences = sentencesOf(runCli(['analyze', at(file), '--format', 'json']));
      expect(sentences.map((s) => [s.text.replace(/\r\n?/g, '\n'), s.label, s.line, s.column])).toEqual(
        plain.map((s) => [s.text, s.label, s.line, s.column]),
      );
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('emoji, ZWJ sequences and combining marks keep offsets, lines and columns right', () => {
    // columns count UTF-16 code units, as the offsets do (👩‍👩‍👧‍👦 is 11 of them, 🇺🇸 4)
    const input = 'Critics 👩‍👩‍👧‍👦 argue the plan is flawed 🇺🇸. Supporters say it works well 👍🏽!\n\nThe re\u0301sume\u0301 of the 🧑‍🚀 was sent in 2019.';
    const sentences = sentencesOf(runCli(['analyze', '-', '--format', 'json'], { input }));
    expect(sentences.map((s) => [s.text, s.line, s.column])).toEqual([
      ['Critics 👩‍👩‍👧‍👦 argue the plan is flawed 🇺🇸.', 1, 1],
      ['Supporters say it works well 👍🏽!', 1, 52],
      ['The re\u0301sume\u0301 of the 🧑‍🚀 was sent in 2019.', 3, 1],
    ]);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('hard texts finish, with the right result', () => {
  /** Analyse one big file to JSON; its output is too large for runCli's buffer. */
  function analyzeBig(file: string): Sentence[] {
    const r = spawnSync(process.execPath, [BIN, 'analyze', file, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
    return sentencesOf({ status: r.status, stdout: r.stdout, stderr: r.stderr });
  }

  it('a single 10 MB line with no punctuation is one sentence', { timeout: 120_000 }, () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'critics', 'argue', 'plan', 'summit'];
    const line = Array.from({ length: 1_700_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    expect(line.length).toBeGreaterThan(10_000_000);
    writeFileSync(at('line.txt'), line);
    const sentences = analyzeBig(at('line.txt'));
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, line.length]]);
  });

  it('a 1 MB paragraph of one "sentence" is one sentence', { timeout: 60_000 }, () => {
    const clause = 'the talks went on, and the envoys met again, ';
    const paragraph = `And ${clause.repeat(Math.ceil(1_048_576 / clause.length))}until they stopped.`;
    writeFileSync(at('paragraph.txt'), paragraph);
    const sentences = analyzeBig(at('paragraph.txt'));
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, paragraph.length]]);
  });

  it('non-English text is analysed, with a warning on stderr', () => {
    const french = 'Les critiques soutiennent que le sommet a été un échec. Les partisans disent qu\'il a ouvert une porte vers la paix.';
    const r = runCli(['analyze', '-'], { input: french });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^evenhand: warning: -: does not look like English \(\d+% of its words are known English words\); analysed anyway, labels may be wrong\n$/);
    expect(r.stdout).toMatch(/Total\s+│\s+2\s/);
    expect(runCli(['analyze', SEED]).stderr).toBe('');
  });
});

describe('options: a wrong one names the valid choices, exit 2', () => {
  it('an unknown option, --format xml, --min-balance 2 and a bad --max-bytes', () => {
    expectOneLineError(runCli(['analyze', SEED, '--bogus']), /^evenhand: unknown option '--bogus'/);
    expectOneLineError(runCli(['analyze', SEED, '--format', 'xml']), /^evenhand: option .*--format <name>' argument 'xml' is invalid\. Allowed choices are table, json/);
    expectOneLineError(runCli(['check', SEED, '--min-balance', '2']), /^evenhand: option '--min-balance <ratio>' argument '2' is invalid\. must be a number from 0 to 1/);
    expectOneLineError(runCli(['analyze', SEED, '--max-bytes', 'lots']), '--max-bytes: "lots" is not a size; give bytes or a number with k, M or G, e.g. 200M');
  });
});

describe('pipes and signals (real processes)', () => {
  // about 400 kB of article, a third of a second of work per copy
  const bigArticle = (): string => {
    const file = at('big.txt');
    writeFileSync(file, `${readFileSync(SEED, 'utf8')}\n`.repeat(60));
    return file;
  };

  it('`analyze ... | head -1` ends quietly with exit 0', () => {
    const big = bigArticle();
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" analyze "${big}" --format json | head -1; exit "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('Ctrl-C during the analysis exits 130 promptly and writes nothing to stdout', { timeout: 60_000 }, async () => {
    const big = bigArticle();
    // the missing file's error line says the CLI is up and analysing; 200 copies then take
    // minutes, so an interrupt that waited for them would be caught below, even on a machine
    // so busy that a prompt exit takes seconds (no budget here is tighter than 30 s)
    const child = spawn(process.execPath, [BIN, 'analyze', at('none.txt'), ...Array(200).fill(big), '--format', 'json'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d;
        if (stderr.includes('\n')) resolve();
      }),
    );
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(Date.now() - sent).toBeLessThan(30_000);
    expect(stdout).toBe('');
    expect(stderr).toBe(`evenhand: ${at('none.txt')}: no such file\n`);
  });

  it('Ctrl-C while a slow reader holds the JSON back still leaves one whole JSON document', { timeout: 60_000 }, async () => {
    // about 2 MB of JSON: far more than a pipe holds, so most of it waits in the process
    const child = spawn(process.execPath, [BIN, 'analyze', ...Array(40).fill(SEED), '--format', 'json'], { cwd: ROOT });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdout.resume();
    expect(await closed).toBe(130);
    const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(report.articles).toHaveLength(40);
  });
});
