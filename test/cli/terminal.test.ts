// The CLI as a person at a terminal meets it: each command runs on a pseudo-terminal, and
// the test reads the screen it leaves, not the bytes in the order they were written.
import { describe, expect, it } from 'vitest';
import { HAVE_SCRIPT, runInTerminal, screen, SEED } from '../helpers/cli.js';

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
