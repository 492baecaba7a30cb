// The process edges the commands write to, passed in so tests and the CLI share one path.

export interface Io {
  out(text: string): void;
  error(message: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  width: number;
}

export function processIo(): Io {
  // a reader that stops early (`| head`) ends the run quietly, as it does any Unix filter
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`evenhand: standard output: ${err.message}\n`);
    process.exit(err.code === 'EPIPE' ? 0 : 2);
  });
  return {
    out: (text) => void process.stdout.write(text),
    error: (message) => void process.stderr.write(`evenhand: ${message}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    width: process.stdout.columns ?? 80,
  };
}

/** Colour only on a terminal, never with --no-color or NO_COLOR (https://no-color.org). */
export function useColor(flag: boolean, io: Io): boolean {
  if (!flag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}
