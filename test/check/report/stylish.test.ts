import { describe, expect, it } from 'vitest';
import stylish from '../../../src/check/report/stylish.js';
import { sampleRun } from '../sample-run.js';

describe('stylish reporter', () => {
  it('lists only files with problems, each problem once with its place, severity and rule id', () => {
    const text = stylish.render(sampleRun(), { color: false });
    expect(text).not.toContain('news/even.txt');
    expect(text).toContain(
      'news/one, "sided" & <odd>.md\n  2:1  error    no critic voice: 2 supporter vs 0 critic sentences (also min-voices: critic voices 0 < 1)  require-both-sides\n\n',
    );
    expect(text).toContain('  2:1  warning  no supporter voice: 0 supporter vs 1 critic sentences  require-both-sides');
    expect(text.match(/missing\.txt: no such file/g)).toHaveLength(1);
    // the unreadable file is a problem and an error of its own, and one of the files
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (2 errors, 1 warning): 1 of 4 files failed, 1 unreadable');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked', () => {
    expect(stylish.render(sampleRun(), { color: true })).toMatch(/\u001b\[31merror/);
  });
});
