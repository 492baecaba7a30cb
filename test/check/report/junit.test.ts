import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import junit from '../../../src/check/report/junit.js';
import { sampleRun } from '../sample-run.js';

describe('junit reporter', () => {
  const xml = junit.render(sampleRun(), { color: false });
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has one testcase per file, failures only for files that fail', () => {
    const suite = parsed.testsuites.testsuite;
    expect(suite).toMatchObject({ tests: '4', failures: '1', errors: '1' });
    const cases = suite.testcase as Array<Record<string, unknown>>;
    expect(cases.map((c) => c.name)).toEqual(['news/even.txt', 'news/one, "sided" & <odd>.md', 'opinion/column.html', 'missing.txt']);
    expect(cases.filter((c) => c.failure)).toHaveLength(1);
    expect(cases[1]!.failure).toMatchObject({
      type: 'require-both-sides min-voices',
      message: 'require-both-sides: no critic voice: 2 supporter vs 0 critic sentences; min-voices: critic voices 0 < 1',
    });
  });

  it('keeps warnings out of the failures and marks unreadable files as errors', () => {
    const cases = parsed.testsuites.testsuite.testcase as Array<Record<string, unknown>>;
    expect(cases[2]!['system-out']).toContain('warning opinion/column.html:2:1 require-both-sides');
    expect(cases[3]!.error).toMatchObject({ type: 'input', message: 'missing.txt: no such file' });
  });
});
