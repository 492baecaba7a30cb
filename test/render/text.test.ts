import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import text from '../../src/render/text.js';
import { runCli, SEED } from '../helpers/cli.js';
import { article, report, sample } from './sample.js';

const ESC = /\u001b\[[0-9;]*m/g;
const plain = (width: number) => text.render(report(sample), { color: false, sentences: false, explain: false, width });

describe('text formatter', () => {
  it('prints the article as written: tagged sentences, headings, a blank line between paragraphs', () => {
    expect(plain(200).split('\n')).toEqual([
      'sample.txt',
      'About: The plan; central actor the council (from the title)',
      '',
      '[Critic view] Critics argue the plan <script>alert(1)</script> fails. [Fact] It passed in 2019.',
      '',
      '## The Plan in <Question>',
      '',
      '[Supporter view] Supporters say it "works" & helps.',
      '',
      '[Critic view] Skeptics warn it may fail. [Claim] It could change things.',
      '',
      '## Nothing Here',
      '',
      '5 sentences: 1 Supporter view, 2 Critic view, 1 Claim, 1 Fact.',
      'Balance: critic-leaning: 1 supporter vs 2 critic sentences (balance 0.50, lean -0.33)',
      '',
    ]);
  });

  it('wraps to the width without splitting a label from its sentence', () => {
    const lines = plain(30).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines).toContain('fails. [Fact] It passed in');
    expect(lines.filter((l) => /\[(Fact|Claim|Supporter view|Critic view)\]$/.test(l))).toEqual([]);
    expect(lines.filter((l) => l !== '').join(' ').replace(/\s+/g, ' ')).toBe(
      plain(500).split('\n').filter((l) => l !== '').join(' ').replace(/\s+/g, ' '),
    );
  });

  it('with colour paints the same words, and without it has no escape codes', () => {
    const painted = text.render(report(sample), { color: true, sentences: false, explain: false, width: 40 });
    expect(painted).toMatch(ESC);
    expect(painted).toContain('\u001b[31m'); // critic sentences in red
    expect(painted.replace(ESC, '')).toBe(plain(40));
    expect(plain(40)).not.toMatch(ESC);
  });

  it('keeps list markers, each item on a line of its own under the last, wrapped under its text', () => {
    const list = {
      ...article('list.txt', [], [
        { text: 'The council set out its aims.', label: 'fact', line: 1, section: 0 },
        { text: 'Critics argue the plan fails badly.', label: 'critic', line: 3, column: 3, section: 0 },
        { text: 'It passed.', label: 'fact', line: 4, column: 5, section: 0 },
        { text: 'The end.', label: 'fact', line: 6, section: 0 },
      ]),
      bullets: { 1: '-', 2: '10.' },
    };
    expect(text.render(report(list), { color: false, sentences: false, explain: false, width: 30 }).split('\n').slice(0, 12)).toEqual([
      'list.txt',
      'About: The plan; central actor',
      'the council (from the title)',
      '',
      '[Fact] The council set out its',
      'aims.',
      '',
      '- [Critic view] Critics argue',
      '  the plan fails badly.',
      '10. [Fact] It passed.',
      '',
      '[Fact] The end.',
    ]);
  });

  it('ends with the totals when there are several articles', () => {
    const two = text.render(report(sample, article('b.txt', [], [{ text: 'It rained.', label: 'fact', line: 1, section: 0 }])),
      { color: false, sentences: false, explain: false, width: 100 });
    expect(two).toContain('\nb.txt\nAbout: The plan; central actor the council (from the title)\n\n[Fact] It rained.\n\n1 sentence: 0 Supporter view,');
    expect(two.endsWith('All 2 articles\n6 sentences: 1 Supporter view, 2 Critic view, 1 Claim, 2 Fact.\n' +
      'Balance: critic-leaning: 1 supporter vs 2 critic sentences (balance 0.50, lean -0.33)\n')).toBe(true);
  });

  it('--view is --format text; it cannot be combined with --format', () => {
    const view = runCli(['analyze', SEED, '--view']);
    expect(view.status).toBe(0);
    expect(view.stdout).toBe(runCli(['analyze', SEED, '--format', 'text']).stdout);
    expect(view.stdout.match(/^## /gm)).toHaveLength(12);
    expect(view.stdout.match(/\[(Fact|Claim|Supporter view|Critic view)\]/g)).toHaveLength(41);
    const both = runCli(['analyze', SEED, '--view', '--format', 'json']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--view.*cannot be used with.*--format/);
  });

  it('--view shows a list with the markers the article wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evenhand-list-'));
    try {
      const file = join(dir, 'list.md');
      writeFileSync(file, 'The council set out its aims.\n\n- Critics argue the plan fails.\n- Supporters say it cuts costs.\n');
      expect(runCli(['analyze', file, '--view']).stdout).toContain(
        '\n\n- [Critic view] Critics argue the plan fails.\n- [Supporter view] Supporters say it cuts costs.\n\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('honours NO_COLOR, and never writes colour into an -o file', () => {
    expect(runCli(['analyze', SEED, '--view'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESC);
    expect(runCli(['analyze', SEED, '--view'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ESC);
    const dir = mkdtempSync(join(tmpdir(), 'evenhand-text-'));
    try {
      const out = join(dir, 'article.txt');
      expect(runCli(['analyze', SEED, '--view', '-o', out], { env: { FORCE_COLOR: '1' } }).status).toBe(0);
      expect(readFileSync(out, 'utf8')).not.toMatch(ESC);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
