import { describe, expect, it } from 'vitest';
import json from '../../../src/check/report/json.js';
import { sampleRun } from '../sample-run.js';

describe('json reporter', () => {
  it('parses back with each file\'s verdict, problems and the totals', () => {
    const out = JSON.parse(json.render(sampleRun(), { color: false }));
    expect(out.schemaVersion).toBe(1);
    expect(out.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, false, true]);
    expect(out.files[1].problems[1]).toMatchObject({ rule: 'min-voices', measured: 0, threshold: 1, line: 2, column: 1 });
    expect(out.errors).toEqual([{ file: 'missing.txt', message: 'missing.txt: no such file' }]);
    expect(out.summary).toEqual({ files: 3, failed: 1, errors: 2, warnings: 1 });
  });
});
