// A long text input read in chunks that end at a blank line, so no wink document and no
// string ever holds it whole. Blocks never span a blank line, so the chunks split into the
// same headings and paragraphs as the whole text; offsets and lines are kept for the whole.
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { checkReadable, readError } from './open.js';
import { withoutBom } from './read.js';

/** A streamed input up to this many characters is one chunk, analysed exactly as a whole article. */
export const CHUNK_CHARS = 16 * 1024;

export interface TextChunk {
  text: string;
  /** UTF-16 offset of `text` in the whole input, and the number of lines before it. */
  base: number;
  lineBase: number;
  last: boolean;
}

const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Where to end the next chunk: after the last blank line within `size` characters (or the
 * first one past it); after a plain line break when a paragraph runs on past 4 x `size`.
 * A break at the very end of `buffer` is not used, as its CR may yet be followed by LF.
 * Returns 0 when `buffer` has no place to cut yet.
 */
function cutPoint(buffer: string, size: number): number {
  const find = (pattern: RegExp, limit: number): number => {
    let cut = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(buffer); m; m = pattern.exec(buffer)) {
      const end = m.index + m[0].length;
      if (end >= buffer.length) break;
      if (cut > 0 && end > limit) break;
      cut = end;
    }
    return cut;
  };
  const cut = find(BLANK_LINE, size);
  return cut > 0 || buffer.length < 4 * size ? cut : find(LINE_BREAK, 4 * size);
}

function countLines(text: string): number {
  let n = 0;
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.exec(text)) n++;
  return n;
}

async function openText(name: string): Promise<AsyncIterable<string>> {
  await checkReadable(name);
  return name === '-' ? process.stdin.setEncoding('utf8') : createReadStream(name, { encoding: 'utf8', highWaterMark: 64 * 1024 });
}

/** Read `name` ("-" for standard input) as UTF-8 text in chunks of about `size` characters (Infinity: whole). */
export async function* readTextChunks(name: string, size = CHUNK_CHARS): AsyncGenerator<TextChunk> {
  let buffer = '';
  let base = 0;
  let lineBase = 0;
  let first = true;
  try {
    for await (const piece of await openText(name)) {
      // readInput refuses binary before decoding; a stream can only notice it on the way
      const nul = piece.indexOf('\u0000');
      if (nul >= 0) throw new InputError(`${name}: looks binary (NUL byte at offset ${base + buffer.length + nul}); evenhand reads UTF-8 text`);
      buffer += first ? withoutBom(piece) : piece;
      first = false;
      while (buffer.length > size) {
        const cut = cutPoint(buffer, size);
        if (cut === 0) break;
        const text = buffer.slice(0, cut);
        buffer = buffer.slice(cut);
        yield { text, base, lineBase, last: false };
        base += text.length;
        lineBase += countLines(text);
      }
    }
  } catch (err) {
    throw readError(name, err);
  }
  yield { text: buffer, base, lineBase, last: true };
}
