// The process edges the commands write to, passed in so tests and the CLI share one path.

export interface Io {
  out(text: string): void;
  error(message: string): void;
  isTTY: boolean;
  /** Standard input is a terminal: nothing was piped in. */
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The width of the terminal stdout is; undefined when it is not one (a pipe, a file), where nothing is wrapped. */
  width: number | undefined;
}

/** The exit code of a run stopped by Ctrl-C: 128 + SIGINT, as shells report it. */
const INTERRUPTED = 130;

let guarded = false;
let interrupted = false;

/**
 * Make the process behave in a pipeline. A reader that goes away (`| head -1`) is not an
 * error: the run ends quietly with 0. Ctrl-C ends it with 130, but only once the output
 * already handed to stdout has gone out: stdout is asynchronous on pipes, and leaving early
 * would cut a JSON document (or an NDJSON line) in half. Nothing more is written after it;
 * a second Ctrl-C leaves at once, for a reader that has stopped reading.
 */
function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`evenhand: cannot write the output: ${err.message}\n`);
    process.exit(2);
  });
  process.on('SIGINT', () => {
    if (interrupted) process.exit(INTERRUPTED);
    interrupted = true;
    process.stdout.write('', () => process.exit(INTERRUPTED));
  });
}

export function processIo(): Io {
  guardProcess();
  return {
    out: (text) => {
      if (!interrupted) process.stdout.write(text);
    },
    error: (message) => void process.stderr.write(`evenhand: ${message}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    // COLUMNS, when exported, wins, as for ls and git
    width: process.stdout.isTTY ? Number(process.env.COLUMNS) || process.stdout.columns || 80 : undefined,
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
