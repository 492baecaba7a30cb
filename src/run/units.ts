// Inputs -> units of work, in order, one at a time: a text file in chunks, a JSONL corpus
// article by article. A problem with one input is passed on as an InputError, in its place.
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readJsonl } from '../input/jsonl.js';
import { readTextChunks } from './chunks.js';
import type { Unit } from './unit.js';

export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

async function* unitsOf(name: string, format: InputFormat, chunkChars: number): AsyncGenerator<Unit | InputError> {
  if (format === 'jsonl') {
    for await (const item of readJsonl(name)) {
      if (item instanceof InputError) yield item;
      else {
        const title = item.title === undefined ? {} : { title: item.title };
        yield { file: name, article: item.id, ...title, text: item.text, base: 0, lineBase: 0, last: true, bytes: Buffer.byteLength(item.text) + 1 };
      }
    }
    return;
  }
  for await (const chunk of readTextChunks(name, chunkChars)) {
    yield { file: name, article: name, ...chunk, bytes: Buffer.byteLength(chunk.text) };
  }
}

/** The units of every input in order; a text input longer than `chunkChars` comes in chunks. */
export async function* readUnits(files: readonly string[], format: InputFormat, chunkChars: number): AsyncGenerator<Unit | InputError> {
  for (const name of files) {
    try {
      yield* unitsOf(name, format, chunkChars);
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
