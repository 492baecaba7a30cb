import { writeFile } from 'node:fs/promises';
import { OutputError } from '../errors.js';

function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err.message;
  }
}

/** Write the rendered output to `path`; throws OutputError naming the file. */
export async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    throw new OutputError(`${path}: cannot write: ${describe(err as NodeJS.ErrnoException)}`, 2, { cause: err });
  }
}
