import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, OutputError } from '../errors.js';

const failed = (path: string, err: unknown): OutputError =>
  new OutputError(`${path}: cannot write: ${describeFsError(err as NodeJS.ErrnoException, 'its folder does not exist')}`, 2, { cause: err });

export interface OutputFile {
  write(text: string): void;
  /** Flush and close; throws OutputError if any write failed. */
  close(): Promise<void>;
}

/**
 * Open `path` for the run's output, written as it is produced (NDJSON for a whole archive
 * never sits in memory). It goes to a temporary file beside `path`, renamed over it on close:
 * a run that writes nothing (every input failed) or dies half way leaves an older `path` as it
 * was. Opening fails at once, naming the file, before any work is done.
 */
export async function openOutput(path: string): Promise<OutputFile> {
  // the rename at the end would fail on a directory: say so now, before any work
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw failed(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temporary, { encoding: 'utf8' });
  let error: unknown;
  let written = false;
  stream.on('error', (err) => (error ??= err));
  try {
    await once(stream, 'open');
  } catch (err) {
    throw failed(path, err);
  }
  return {
    write: (text) => {
      written = true;
      if (error === undefined) stream.write(text);
    },
    close: async () => {
      if (error === undefined) await new Promise<void>((resolve) => stream.end(resolve));
      try {
        if (error !== undefined || !written) await rm(temporary, { force: true });
        else await rename(temporary, path);
      } catch (err) {
        error ??= err;
      }
      if (error !== undefined) throw failed(path, error);
    },
  };
}
