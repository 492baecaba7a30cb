import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { openOutput } from '../../src/output/write.js';

const dir = mkdtempSync(join(tmpdir(), 'evenhand-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeAll(path: string, ...pieces: string[]): Promise<void> {
  const out = await openOutput(path);
  for (const piece of pieces) out.write(piece);
  await out.close();
}

describe('openOutput', () => {
  it('writes the pieces in order as UTF-8, replacing an older file', async () => {
    const file = join(dir, 'report.html');
    await writeAll(file, 'old');
    await writeAll(file, 'Trump’s ', '“report”');
    expect(readFileSync(file, 'utf8')).toBe('Trump’s “report”');
  });

  it('throws an OutputError that names the file and says why, exit code 2', async () => {
    const error = await openOutput(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(`${dir}: cannot write: is a directory, not a file`);
    expect((error as OutputError).exitCode).toBe(2);
    const missing = await openOutput(join(dir, 'no', 'such', 'folder.html')).catch((e: unknown) => e);
    expect((missing as OutputError).message).toMatch(/cannot write: its folder does not exist$/);
  });
});

describe('openOutput leaves an older file alone', () => {
  it('when nothing was written (every input failed)', async () => {
    const file = join(dir, 'kept.json');
    await writeAll(file, 'older report');
    await (await openOutput(file)).close();
    expect(readFileSync(file, 'utf8')).toBe('older report');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
