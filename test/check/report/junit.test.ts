import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import junit from '../../../src/check/report/junit.js';
import { antJunitErrors } from '../../helpers/junit.js';
import { sampleRun } from '../sample-run.js';

describe('junit reporter', () => {
  const xml = junit.render(sampleRun(), { color: false });
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml);
  const suite = parsed.testsuites.testsuite;
  const cases = suite.testcase as Array<Record<string, unknown>>;

  it('validates against the strict Ant JUnit schema', async () => {
    expect(await antJunitErrors(xml)).toEqual([]);
  });

  it('says when, where and how long, as the strict schema requires', () => {
    expect(suite).toMatchObject({ timestamp: '2026-12-03T09:30:15', hostname: 'newsroom-ci', time: '0.900' });
    expect(cases.map((c) => c.time)).toEqual(['0.250', '0.500', '0.125', '0.001']);
  });

  it('has one testcase per file, one failure for a failing file naming every rule it missed', () => {
    expect(suite).toMatchObject({ tests: '4', failures: '1', errors: '1' });
    expect(cases.map((c) => c.name)).toEqual(['news/even.txt', 'news/one, "sided" & <odd>.md', 'opinion/column.html', 'missing.txt']);
    expect(cases.filter((c) => c.failure)).toHaveLength(1);
    expect(cases[1]!.failure).toMatchObject({
      type: 'require-both-sides min-voices',
      message: 'require-both-sides: no critic voice: 2 supporter vs 0 critic sentences (also min-voices: critic voices 0 < 1)',
    });
  });

  it('keeps warnings out of the failures and marks unreadable files as errors', () => {
    expect(suite['system-out']).toContain('warning opinion/column.html:2:1 require-both-sides');
    expect(cases[3]!.error).toMatchObject({ type: 'input', message: 'missing.txt: no such file' });
  });
});
