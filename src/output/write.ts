import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
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
 * never sits in memory). Opening fails at once, naming the file, before any work is done.
 */
export async function openOutput(path: string): Promise<OutputFile> {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let error: unknown;
  stream.on('error', (err) => (error ??= err));
  try {
    await once(stream, 'open');
  } catch (err) {
    throw failed(path, err);
  }
  return {
    write: (text) => void (error === undefined && stream.write(text)),
    close: async () => {
      if (error === undefined) await new Promise<void>((resolve) => stream.end(resolve));
      if (error !== undefined) throw failed(path, error);
    },
  };
}
