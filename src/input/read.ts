import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

export interface Input {
  /** The path as given, or "-" for standard input. */
  name: string;
  /** The text as read: UTF-8 decoded, BOM dropped; offsets in the output refer to it. */
  text: string;
}

const BOM = '\uFEFF';

/** Decode bytes as UTF-8 and drop a leading byte order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.startsWith(BOM) ? text.slice(1) : text;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err.message;
  }
}

/** Read one input: a file path, or "-" for standard input. Throws InputError naming the file. */
export async function readInput(name: string): Promise<Input> {
  if (name === '-') return { name, text: decodeText(await readStdin()) };
  try {
    if ((await stat(name)).isDirectory()) throw new InputError(`${name}: is a directory, not a file`);
    return { name, text: decodeText(await readFile(name)) };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${name}: ${describe(err as NodeJS.ErrnoException)}`, 2, { cause: err });
  }
}
