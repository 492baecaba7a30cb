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
});
