import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import github from '../../../src/check/report/github.js';
import { sampleRun } from '../sample-run.js';

describe('github reporter', () => {
  const lines = github.render(sampleRun(), { color: false }).trimEnd().split('\n');

  it('writes one workflow command per problem at its sentence, escaping properties, and one per unreadable file', () => {
    expect(lines.slice(0, -1)).toEqual([
      '::error file=news/one%2C "sided" & <odd>.md,line=2,col=1,title=evenhand::require-both-sides: no critic voice: 2 supporter vs 0 critic sentences (also min-voices: critic voices 0 < 1)',
      '::warning file=opinion/column.html,line=2,col=1,title=evenhand::require-both-sides: no supporter voice: 0 supporter vs 1 critic sentences',
      '::error file=missing.txt,title=evenhand::missing.txt: no such file',
    ]);
  });

  it('ends with a plain count line that counts the unreadable file', () => {
    expect(lines.at(-1)).toBe('evenhand: 2 of 4 files pass (2 errors, 1 warning; 1 unreadable)');
  });

  it('appends its table to the job summary the runner names, and to nothing when none is named', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'evenhand-step-')), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    github.publish(sampleRun(), { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toMatch(/^# earlier step\n### evenhand check\n\n2 of 4 files pass/);
    expect(() => github.publish(sampleRun(), {})).not.toThrow();
    expect(() => github.publish(sampleRun(), { GITHUB_STEP_SUMMARY: join(summary, 'not-a-dir', 'x.md') })).toThrow(/cannot append the step summary/);
  });
});
