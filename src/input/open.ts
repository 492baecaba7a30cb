// Opening an input to stream it ("-" is standard input), and the one-line error of a failed read.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describeFsError, InputError } from '../errors.js';

/** The InputError for a failed read of `name`. */
export function readError(name: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  return new InputError(`${name}: ${describeFsError(err as NodeJS.ErrnoException)}`, 2, { cause: err });
}

/** Fail before streaming, naming the file, when `name` is missing or a directory. */
export async function checkReadable(name: string): Promise<void> {
  if (name === '-') return;
  try {
    if ((await stat(name)).isDirectory()) throw new InputError(`${name}: is a directory, not a file`);
  } catch (err) {
    throw readError(name, err);
  }
}

/** The lines of `name`, without their line ends (LF or CRLF). */
export async function openLines(name: string): Promise<AsyncIterable<string>> {
  await checkReadable(name);
  return createInterface({ input: name === '-' ? process.stdin : createReadStream(name), crlfDelay: Infinity });
}
