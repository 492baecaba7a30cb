import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

function configFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'evenhand-config-'));
  const path = join(dir, 'evenhand.config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const labelsOf = (stdout: string): string[] => JSON.parse(stdout).articles[0].sentences.map((s: { label: string }) => s.label);

describe('evenhand.config.json', () => {
  it('adds cue words to a lexicon', () => {
    // a toss-up without the cue: a hedged view from a holder no lexicon knows reads as a claim
    const input = 'Grumblers argue the plan may need changes.';
    expect(labelsOf(runCli(['analyze', '-', '-f', 'json'], { input }).stdout)).toEqual(['claim']);
    const path = configFile({ lexicons: { 'critic-holder': { add: ['grumblers'] } } });
    expect(labelsOf(runCli(['analyze', '-', '-f', 'json', '--config', path], { input }).stdout)).toEqual(['critic']);
  });

  it('names an unknown key in one line, exit 2', () => {
    const r = runCli(['analyze', '-', '--config', configFile({ lexicon: {} })], { input: 'A sentence.' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/lexicon: unknown key/);
  });

  it('names a value of the wrong type, exit 2', () => {
    const r = runCli(['analyze', '-', '--config', configFile({ check: { minBalance: 2 } })], { input: 'A sentence.' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/check\.minBalance: must be a number from 0 to 1/);
    const bad = runCli(['analyze', '-', '--config', configFile('{ nope')], { input: 'A sentence.' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not valid JSON/);
  });
});
