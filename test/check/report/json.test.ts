import { describe, expect, it } from 'vitest';
import json from '../../../src/check/report/json.js';
import { sampleRun } from '../sample-run.js';

describe('json reporter', () => {
  it('parses back with each file\'s verdict, problems and the totals', () => {
    const out = JSON.parse(json.render(sampleRun(), { color: false }));
    expect(out.schemaVersion).toBe(2);
    expect(out.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, false, true]);
    expect(out.files[1].problems).toHaveLength(1);
    expect(out.files[1].problems[0]).toMatchObject({ rule: 'require-both-sides', measured: 0, threshold: true, line: 2, column: 1 });
    expect(out.files[1].problems[0].folded).toEqual([{ rule: 'min-voices', message: 'critic voices 0 < 1', measured: 0, threshold: 1 }]);
    expect(out.unreadable).toEqual([{ file: 'missing.txt', message: 'missing.txt: no such file' }]);
    expect(out.summary).toEqual({ files: 4, passed: 2, failed: 1, unreadable: 1, errors: 2, warnings: 1 });
    expect(out).not.toHaveProperty('errors');
  });
});
