import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { writeOutput } from '../../src/output/write.js';

const dir = mkdtempSync(join(tmpdir(), 'evenhand-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutput', () => {
  it('writes the text as UTF-8, replacing an older file', async () => {
    const file = join(dir, 'report.html');
    await writeOutput(file, 'old');
    await writeOutput(file, 'Trump’s “report”');
    expect(readFileSync(file, 'utf8')).toBe('Trump’s “report”');
  });

  it('throws an OutputError that names the file and says why, exit code 2', async () => {
    const error = await writeOutput(dir, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(`${dir}: cannot write: is a directory, not a file`);
    expect((error as OutputError).exitCode).toBe(2);
  });
});
