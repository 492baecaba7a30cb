// Inputs -> units of work, in order, one at a time: a whole article (checked and decoded by
// readInput), a long plain-text input in chunks when the output streams, or a JSONL corpus
// article by article. A problem with one input is passed on as an InputError, in its place.
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { formatOf, type DocumentFormat, type InputFormat } from '../input/format.js';
import { readJsonl } from '../input/jsonl.js';
import { readInput } from '../input/read.js';
import { readTextChunks } from './chunks.js';
import type { Unit } from './unit.js';

export interface UnitOptions {
  /** --input-format; unset: by each file's extension. */
  format?: InputFormat | undefined;
  /** Chunk plain text longer than this (Infinity: never); only a streaming output can. */
  chunkChars: number;
  /** Refuse a whole-read input larger than this; a streamed one has no limit. */
  maxBytes: number;
  /** A problem that does not stop the input (invalid UTF-8, not English). */
  onWarning: (message: string) => void;
}

async function* unitsOf(name: string, options: UnitOptions): AsyncGenerator<Unit | InputError> {
  if (options.format === 'jsonl') {
    for await (const item of readJsonl(name)) {
      if (item instanceof InputError) yield item;
      else {
        const title = item.title === undefined ? {} : { title: item.title };
        yield { file: name, article: item.id, ...title, text: item.text, format: 'text', base: 0, lineBase: 0, last: true, bytes: Buffer.byteLength(item.text) + 1 };
      }
    }
    return;
  }
  const format: DocumentFormat = formatOf(name, options.format);
  // Markdown and HTML need the whole source to parse; json, table, html and text need the
  // whole report: read those whole, with every check readInput makes
  if (format !== 'text' || options.chunkChars === Infinity) {
    const input = await readInput(name, { maxBytes: options.maxBytes });
    for (const warning of input.warnings) options.onWarning(warning);
    yield { file: name, article: name, text: input.text, format, base: 0, lineBase: 0, last: true, bytes: Buffer.byteLength(input.text) };
    return;
  }
  for await (const chunk of readTextChunks(name, options.chunkChars)) {
    yield { file: name, article: name, ...chunk, format, bytes: Buffer.byteLength(chunk.text) };
  }
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
