// Corpus input: one article per line, {"id", "text"} with an optional "title", the shape
// news datasets ship in. Read line by line, so a corpus of any size streams through.
import { InputError } from '../errors.js';
import { openLines, readError } from './open.js';
import { withoutBom } from './read.js';

export interface JsonlArticle {
  id: string;
  text: string;
  title?: string;
  /** 1-based line of the article in its input. */
  line: number;
}


/** One line as an article, or an InputError naming the file, line and problem. */
export function parseJsonlLine(name: string, line: number, raw: string): JsonlArticle | InputError {
  const where = `${name}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return new InputError(`${where}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new InputError(`${where}: expected an object {"id", "text"}`);
  const { id, text, title } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return new InputError(`${where}: "id" must be a string or a number`);
  if (typeof text !== 'string') return new InputError(`${where}: "text" must be a string`);
  if (title !== undefined && title !== null && typeof title !== 'string') return new InputError(`${where}: "title" must be a string`);
  return { id: String(id), text, line, ...(typeof title === 'string' ? { title } : {}) };
}

/**
 * Read a JSONL corpus at `path` ("-" for standard input), called `name` in messages. A line
 * that is not an article is yielded as an InputError so the caller can report it and go on;
 * blank lines are skipped.
 */
export async function* readJsonl(path: string, name = path): AsyncGenerator<JsonlArticle | InputError> {
  let line = 0;
  try {
    for await (const raw of await openLines(path)) {
      line++;
      const text = line === 1 ? withoutBom(raw) : raw;
      if (text.trim() === '') continue;
      yield parseJsonlLine(name, line, text);
    }
  } catch (err) {
    throw readError(name, err);
  }
}
