// Inputs -> units of work, in order, one at a time: a whole article (checked and decoded by
// readInput), a long plain-text input in chunks when the output streams, or a JSONL corpus
// article by article. A problem with one input is passed on as an InputError, in its place.
import { statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { inputFormatOf, type DocumentFormat, type InputFormat } from './format.js';
import { readJsonl } from './jsonl.js';
import { readInput } from './read.js';
import { readTextChunks } from './chunks.js';


/** A unit of work: one article, or one chunk of a long input, with where it sits in that input. */
export interface Unit {
  /** The input it came from, as given ("-" for standard input). */
  file: string;
  /** The article's id: the JSONL `id`, or the file name for a text input. */
  article: string;
  /** The JSONL `title`, when given. */
  title?: string;
  text: string;
  /** The parser its text needs. */
  format: DocumentFormat;
  /** UTF-16 offset of `text` in the whole input, and the number of lines before it. */
  base: number;
  lineBase: number;
  /** The last chunk of its article: the article's summary can be written after it. */
  last: boolean;
  /** UTF-8 size of `text`, for progress. */
  bytes: number;
}

/**
 * Plain text below this is read whole even for NDJSON, so it gets every check of readInput
 * (empty, encodings, language) and the same labels as --format json; above it, chunks keep
 * memory flat.
 */
const STREAM_MIN_BYTES = 64 * 1024;

export interface UnitOptions {
  /** --input-format; unset: by each file's extension. */
  format?: InputFormat | undefined;
  /** Chunk plain text longer than this (Infinity: never); only a streaming output can. */
  chunkChars: number;
  /** Refuse a whole-read input larger than this; a streamed one has no limit. */
  maxBytes: number;
  /** A problem that does not stop the input (invalid UTF-8, not English). */
  onWarning: (message: string) => void;
  /** What standard input is called in output and messages, and read as by its extension (--stdin-filename). */
  stdinName?: string | undefined;
  /** Warn about text that does not look English (true by default; see ReadOptions). */
  checkLanguage?: boolean;
}

async function* unitsOf(path: string, options: UnitOptions): AsyncGenerator<Unit | InputError> {
  const name = path === '-' && options.stdinName ? options.stdinName : path;
  const format = inputFormatOf(name, options.format);
  if (format === 'jsonl') {
    for await (const item of readJsonl(path, name)) {
      if (item instanceof InputError) yield item;
      else {
        const title = item.title === undefined ? {} : { title: item.title };
        yield { file: name, article: item.id, ...title, text: item.text, format: 'text', base: 0, lineBase: 0, last: true, bytes: Buffer.byteLength(item.text) + 1 };
      }
    }
    return;
  }
  // Markdown and HTML need the whole source to parse; json, table, html and text need the
  // whole report; standard input and small or UTF-16 files gain nothing from streaming:
  // read those whole, with every check readInput makes
  if (format !== 'text' || options.chunkChars === Infinity || !(await worthStreaming(path))) {
    const input = await readInput(path, { maxBytes: options.maxBytes, name, ...(options.checkLanguage === false ? { checkLanguage: false } : {}) });
    for (const warning of input.warnings) options.onWarning(warning);
    yield { file: name, article: name, text: input.text, format, base: 0, lineBase: 0, last: true, bytes: Buffer.byteLength(input.text) };
    return;
  }
  let replaced = 0;
  for await (const chunk of readTextChunks(name, options.chunkChars)) {
    replaced += countReplacements(chunk.text);
    yield { file: name, article: name, ...chunk, format, bytes: Buffer.byteLength(chunk.text) };
  }
  // the stream decoder replaces bytes that are not UTF-8 as readInput does, but cannot tell
  // them from a U+FFFD written in the file: say so once, in the words it can vouch for
  if (replaced > 0) options.onWarning(`${name}: ${replaced} U+FFFD character${replaced === 1 ? '' : 's'} (invalid UTF-8, or in the file)`);
}

/** Streamed files are regular, big enough to matter, and UTF-8 (a UTF-16 BOM needs readInput). */
async function worthStreaming(name: string): Promise<boolean> {
  if (name === '-') return false;
  const info = statOrNothing(name);
  if (!info?.isFile() || info.size < STREAM_MIN_BYTES) return false;
  const handle = await open(name, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return !(buffer[0] === 0xff && buffer[1] === 0xfe) && !(buffer[0] === 0xfe && buffer[1] === 0xff);
  } finally {
    await handle.close();
  }
}

/** A file's status, read at once (see readInput), or undefined when it cannot be: the read will say why. */
function statOrNothing(name: string): Stats | undefined {
  try {
    return statSync(name);
  } catch {
    return undefined;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** The units of every input in order. */
export async function* readUnits(files: readonly string[], options: UnitOptions): AsyncGenerator<Unit | InputError> {
  for (const name of files) {
    try {
      yield* unitsOf(name, options);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield err;
    }
  }
}

/** The inputs' total size in bytes; standard input, of unknown size, counts as endless. */
export async function inputBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map(async (name) => {
      if (name === '-') return Infinity;
      // a file that cannot be read is reported when the run reaches it
      return stat(name).then((s) => s.size, () => 0);
    }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
