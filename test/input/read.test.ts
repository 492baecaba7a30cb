import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { decodeInput, formatBytes, parseByteSize, readInput } from '../../src/input/read.js';

const ENGLISH = 'Critics argue the plan is flawed. Supporters say it has already cut waiting times in 2019.';

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return bigEndian ? le.swap16() : le;
}

describe('decodeInput', () => {
  it('reads UTF-8 and drops a BOM, with no warning', () => {
    const input = decodeInput('a.txt', Buffer.from(`\uFEFF${ENGLISH}`, 'utf8'));
    expect(input.text).toBe(ENGLISH);
    expect(input.warnings).toEqual([]);
  });

  it('decodes UTF-16 little- and big-endian with a BOM to the same text', () => {
    expect(decodeInput('le.txt', utf16(ENGLISH, false)).text).toBe(ENGLISH);
    expect(decodeInput('be.txt', utf16(ENGLISH, true)).text).toBe(ENGLISH);
  });

  it('refuses UTF-16 cut short by a byte', () => {
    const bytes = utf16(ENGLISH, false);
    expect(() => decodeInput('cut.txt', bytes.subarray(0, bytes.length - 1))).toThrow('cut.txt: truncated UTF-16');
  });

  it('refuses bytes with NUL as binary, UTF-16 without a BOM included', () => {
    expect(() => decodeInput('x.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toThrow('x.bin: looks binary (NUL byte at offset 4)');
    expect(() => decodeInput('nobom.txt', Buffer.from(ENGLISH, 'utf16le'))).toThrow(InputError);
  });

  it('replaces invalid UTF-8 with U+FFFD and warns with the count and first line', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${ENGLISH}\nThe caf`),
      Buffer.from([0xe9]), // Latin-1 "é"
      Buffer.from(' opened, na'),
      Buffer.from([0xef, 0xbf, 0xbd]), // a real U+FFFD in the file
      Buffer.from('ve and '),
      Buffer.from([0xff]),
      Buffer.from(' closed.'),
    ]);
    const input = decodeInput('latin1.txt', bytes);
    expect(input.text).toContain('The caf\uFFFD opened');
    // the U+FFFD that was already in the file is not counted as a replacement
    expect(input.warnings).toEqual(['latin1.txt: invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD, the first on line 2']);
  });

  it('refuses empty and white-space-only text', () => {
    expect(() => decodeInput('e.txt', Buffer.alloc(0))).toThrow('e.txt: empty file, nothing to analyse');
    expect(() => decodeInput('bom.txt', Buffer.from('\uFEFF'))).toThrow('bom.txt: empty file');
    expect(() => decodeInput('w.txt', Buffer.from(' \n\t\r\n \u00a0 '))).toThrow('w.txt: only white space, nothing to analyse');
  });

  it('warns when the text is not English, and not for English full of foreign names', () => {
    const german = 'Kritiker argumentieren, dass der Gipfel ein Fehlschlag war, während Befürworter sagen, er habe eine Tür zum Frieden geöffnet.';
    expect(decodeInput('de.txt', Buffer.from(german)).warnings).toEqual([
      expect.stringMatching(/^de\.txt: does not look like English \(\d+% of its words are known English words\); analysed anyway/),
    ]);
    expect(decodeInput('ru.txt', Buffer.from('Критики утверждают, что саммит провалился, а сторонники говорят, что он открыл дверь к миру.')).warnings).toHaveLength(1);
    const names = 'Kim Jong Un met Moon Jae-in and Xi Jinping in Pyongyang, Trump said, and Lee Jae-myung answered.';
    expect(decodeInput('names.txt', Buffer.from(names)).warnings).toEqual([]);
  });
});

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evenhand-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over --max-bytes before reading it, naming size and limit', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, ENGLISH.repeat(40));
    await expect(readInput(file, { maxBytes: 1024 })).rejects.toThrow(`${file}: 3.5 kB is over the limit of 1 kB (raise it with --max-bytes)`);
    expect((await readInput(file, { maxBytes: 4096 })).text).toBe(ENGLISH.repeat(40));
  });

  it('names the file for a missing path and a directory', async () => {
    await expect(readInput(join(dir, 'none.txt'))).rejects.toThrow(`${join(dir, 'none.txt')}: no such file`);
    await expect(readInput(dir)).rejects.toThrow(`${dir}: is a directory, not a file`);
  });
});

describe('parseByteSize and formatBytes', () => {
  it('reads bytes and k, M, G sizes and refuses anything else', () => {
    expect(parseByteSize('1000')).toBe(1000);
    expect(parseByteSize('512k')).toBe(512 * 1024);
    expect(parseByteSize('10M')).toBe(10 * 1024 ** 2);
    expect(parseByteSize('1.5GB')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('1MiB')).toBe(1024 ** 2);
    for (const bad of ['', 'abc', '-5', '0', '10X', '10ib']) expect(() => parseByteSize(bad)).toThrow(UsageError);
  });

  it('writes sizes as people read them', () => {
    expect(formatBytes(50 * 1024 ** 2)).toBe('50 MB');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(12)).toBe('12 bytes');
  });
});
