// Bytes in, text out: every input is either decoded to text the rest of the pipeline can
// trust, or refused with one line naming the file and the problem.
import { isUtf8 } from 'node:buffer';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, UsageError } from '../errors.js';
import { lineLocator } from '../segment/position.js';
import { languageWarning } from './language.js';
import { readError } from './open.js';

/** Text without a leading byte order mark: offsets refer to the text after it. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export interface Input {
  /** The path as given, or "-" for standard input, unless ReadOptions named it otherwise. */
  name: string;
  /** The text as decoded, BOM dropped; offsets in the output refer to it. */
  text: string;
  /** Problems that did not stop the analysis (replaced bytes, not English), one line each. */
  warnings: string[];
}

export interface ReadOptions {
  /** Refuse an input larger than this many bytes. */
  maxBytes?: number;
  /** What to call the input in messages and output (a path relative to the working directory, --stdin-filename); the path by default. */
  name?: string;
  /** Warn when the text does not look English (true by default); a pool's parent leaves it to the worker, which has the model. */
  checkLanguage?: boolean;
}

/** Large enough for any article, small enough that a wrong file cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "1000000", "512k", "10M", "2GB", "1MiB": the value of --max-bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(value.trim());
  const bytes = match ? Math.floor(Number(match[1]) * UNITS[(match[2] ?? '').toLowerCase()]!) : NaN;
  if (!(bytes > 0)) throw new UsageError(`--max-bytes: "${value}" is not a size; give bytes or a number with k, M or G, e.g. 200M`);
  return bytes;
}

const REPLACEMENT = '\uFFFD';
const UTF8_REPLACEMENT = Buffer.from(REPLACEMENT, 'utf8');

/** "50 MB", "512 kB", "10 bytes": limits and sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [[1024 ** 3, 'GB'], [1024 ** 2, 'MB'], [1024, 'kB']];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

function countOf(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

/**
 * Decode UTF-16 with a byte order mark. `swap` turns big-endian into the little-endian
 * Node decodes; an odd byte count means the file was cut short.
 */
function decodeUtf16(name: string, bytes: Buffer, swap: boolean): string {
  if (bytes.length % 2 !== 0) throw new InputError(`${name}: truncated UTF-16 (odd number of bytes)`);
  const body = Buffer.from(bytes.subarray(2));
  return (swap ? body.swap16() : body).toString('utf16le');
}

/**
 * Turn a file's bytes into text. UTF-8 (BOM dropped) and UTF-16 LE/BE with a BOM are read;
 * NUL bytes in anything else mean a binary file, refused; bytes that are not valid UTF-8 are
 * replaced with U+FFFD and reported as a warning, so one stray Latin-1 byte from a scraper
 * does not cost the whole article. Empty or white-space-only text is refused: there is
 * nothing to label, and in a pipeline that is almost always an upstream mistake.
 */
export function decodeInput(name: string, bytes: Buffer, checkLanguage = true): Input {
  const warnings: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(name, bytes, false);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(name, bytes, true);
  else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new InputError(`${name}: looks binary (NUL byte at offset ${nul}); evenhand reads UTF-8 or UTF-16 text with a BOM`);
    text = bytes.toString('utf8');
    if (!isUtf8(bytes)) {
      const replaced = countOf(Buffer.from(text, 'utf8'), UTF8_REPLACEMENT) - countOf(bytes, UTF8_REPLACEMENT);
      const first = lineLocator(text)(text.indexOf(REPLACEMENT)).line;
      warnings.push(`${name}: invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD, the first on line ${first}`);
    }
    text = withoutBom(text);
  }
  if (text.length === 0) throw new InputError(`${name}: empty file, nothing to analyse`);
  if (text.trim() === '') throw new InputError(`${name}: only white space, nothing to analyse`);
  const language = checkLanguage ? languageWarning(text) : undefined;
  if (language) warnings.push(`${name}: ${language}`);
  return { name, text, warnings };
}

/** Collect a stream's bytes, giving up as soon as they pass `maxBytes`. */
async function readLimited(name: string, stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(name, `more than ${formatBytes(maxBytes)}`, maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(name: string, size: string, maxBytes: number): InputError {
  return new InputError(`${name}: ${size} is over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
}

/** Read one input: a file path, or "-" for standard input. Throws InputError naming the file. */
export async function readInput(path: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = options.name ?? path;
  const checkLanguage = options.checkLanguage ?? true;
  if (path === '-') return decodeInput(name, await readLimited(name, process.stdin, maxBytes), checkLanguage);
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(`${name}: is a directory, not a file`);
    // a regular file's size is known up front; devices and pipes are caught while reading
    if (info.isFile() && info.size > maxBytes) throw tooLarge(name, formatBytes(info.size), maxBytes);
    // A regular file is read in one call: the thread has nothing else to do meanwhile, and
    // the stat, open, reads and close of a stream each waited a turn of the event loop. Over
    // 800 articles of one run, that waiting was a fifth of the wall clock (a CPU profile's idle).
    if (info.isFile()) return decodeInput(name, readFileSync(path), checkLanguage);
    return decodeInput(name, await readLimited(name, createReadStream(path), maxBytes), checkLanguage);
  } catch (err) {
    throw readError(name, err);
  }
}
