// The CLI as a person at a terminal meets it: each command runs on a pseudo-terminal, and
// the test reads the screen it leaves, not the bytes in the order they were written.
import { describe, expect, it } from 'vitest';
import { HAVE_SCRIPT, runCli, runInTerminal, screen, SEED } from '../helpers/cli.js';

const LABEL_NAMES: Record<string, string> = { fact: 'Fact', claim: 'Claim', supporter: 'Supporter view', critic: 'Critic view' };

describe.skipIf(!HAVE_SCRIPT)('evenhand analyze on a terminal', () => {
  it('says what to give it, rather than waiting on the keyboard, when given nothing', () => {
    const r = runInTerminal(['analyze']);
    expect(r.status).toBe(2);
    expect(screen(r.stdout)).toEqual(['evenhand: analyze: name files, directories or globs, or pipe an article in (e.g. cat article.txt | evenhand analyze)']);
  });

  it('tells a person typing an article how to end it, and shows no progress bar', () => {
    const r = runInTerminal(['analyze', '-', '--format', 'json'], { input: 'Critics argue the plan fails.\n' });
    expect(r.status).toBe(0);
    const lines = screen(r.stdout);
    expect(lines).toContain('evenhand: reading standard input; press Ctrl-D to end');
    expect(r.stdout).not.toContain('files |');
    expect(lines.join('\n')).toContain('"label": "critic"');
  });

  it('erases the progress bar before each line it writes, so no line carries a piece of it', () => {
    // the bar is drawn as the run starts, so the error for the first file meets it
    const r = runInTerminal(['analyze', 'no-such.txt', SEED, SEED, '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('files |');
    const lines = screen(r.stdout).filter(Boolean);
    expect(lines[0]).toBe('evenhand: no-such.txt: no such file');
    for (const line of lines.slice(1)) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.slice(1).map((l) => JSON.parse(l).type).filter((t) => t !== 'sentence')).toEqual(['article', 'article', 'run']);
  });

  it('clears the bar before the table and never draws it with --no-progress or --quiet', () => {
    const shown = screen(runInTerminal(['analyze', SEED, '--no-color']).stdout);
    expect(shown[0]).toBe(SEED);
    for (const flag of ['--no-progress', '--quiet', '-q']) {
      expect(runInTerminal(['analyze', SEED, flag]).stdout, flag).not.toContain('files |');
    }
  });
});

describe.skipIf(!HAVE_SCRIPT)('output that fits the terminal', () => {
  const sentences = (JSON.parse(runCli(['analyze', SEED, '--format', 'json']).stdout).articles[0].sentences as Array<{ label: string; text: string }>);
  const columns = (line: string): number => [...line].length;
  /** A sentence's first line: "  line:column [Label] ...". */
  const START = /^ {2} *\d+:\d+ +\[/;

  for (const width of [60, 80, 160]) {
    it(`wraps --explain at ${width} columns between words, each sentence and its reasons under their own column`, () => {
      const r = runInTerminal(['analyze', SEED, '--explain', '--no-color', '--no-progress'], { columns: width });
      expect(r.status).toBe(0);
      const lines = screen(r.stdout);
      for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(width);
      const body = lines.slice(lines.indexOf('Sentences:') + 1).filter((l) => !l.startsWith('  ## '));
      // every line is a sentence's first, or hangs under the text (11 columns) or its reasons (13)
      const shown: string[] = [];
      let reasons = false;
      for (const line of body) {
        if (START.test(line)) {
          shown.push(line.replace(/^ *\d+:\d+ +/, ''));
          reasons = false;
        } else if (line.startsWith(' '.repeat(13) + 'confidence ')) reasons = true;
        else {
          expect(line, line).toMatch(reasons ? /^ {13}\S/ : /^ {11}\S/);
          if (!reasons) shown[shown.length - 1] += ` ${line.trim()}`;
        }
      }
      // put back together, the lines give each sentence whole: no word was cut
      expect(shown).toEqual(sentences.map((s) => `[${LABEL_NAMES[s.label]}] ${s.text.replace(/\s+/g, ' ')}`));
      if (width === 160) expect(body.filter((l) => START.test(l)).length).toBeGreaterThan(body.length / 3);
    });
  }

  it('wraps check\'s stylish lines under the message, keeping the rule id whole', () => {
    const r = runInTerminal(['check', 'fixtures/check/transit-fares.md', '--no-color'], { columns: 60 });
    const lines = screen(r.stdout);
    const at = lines.findIndex((l) => /^ {2}6:1 {2}error {4}no critic voice:/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {16}\S.*require-both-sides$/);
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(60);
  });

  it('never wraps when stdout is not a terminal', () => {
    const lines = runCli(['analyze', SEED, '--sentences']).stdout.split('\n');
    const longest = sentences.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(lines.some((l) => l.endsWith(`] ${longest.text.replace(/\s+/g, ' ')}`))).toBe(true);
  });
});
