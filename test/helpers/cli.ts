import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/evenhand.js`;
export const SEED = `${ROOT}fixtures/articles/trump-kim-diplomacy.txt`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: `node bin/evenhand.js ...args`. */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
  // the colour switches come from the test alone, never from the shell that runs the tests
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    // spawnSync kills the child past 1 MB of output by default; a long file's records pass that
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `script` (util-linux) runs a command on a pseudo-terminal, as a person at a terminal would. */
export const HAVE_SCRIPT = spawnSync('script', ['--version']).status === 0;

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Run the built CLI on a pseudo-terminal `columns` wide: stdin, stdout and stderr are all the
 * terminal, so `stdout` holds both streams as the screen got them (see `screen`). `input` is
 * typed in, then Ctrl-D. CI is unset, as a person's shell has it.
 */
export function runInTerminal(args: string[], options: { columns?: number; input?: string; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['CI', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS']) delete env[key];
  Object.assign(env, options.env);
  const command = `stty cols ${options.columns ?? 80} rows 40; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, input: options.input ?? '', encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The lines a terminal shows for `raw`: carriage returns, line erasing and cursor moves to a
 * column are applied, colours and other controls dropped, trailing blanks trimmed.
 */
export function screen(raw: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let column = 0;
  for (const token of raw.split(/(\u001b\[[0-9;?]*[A-Za-z]|\r|\n)/)) {
    if (!token) continue;
    if (token === '\n') {
      lines.push(Array.from(line, (c) => c ?? ' ').join('').trimEnd());
      line = [];
      column = 0;
    } else if (token === '\r') column = 0;
    else if (token.startsWith('\u001b[')) {
      const [params, final] = [token.slice(2, -1), token.at(-1)];
      if (final === 'K' && params === '2') line = [];
      else if (final === 'K' || final === 'J') line.length = Math.min(line.length, column);
      else if (final === 'G') column = (Number(params) || 1) - 1;
    } else for (const c of token) line[column++] = c;
  }
  if (line.length > 0) lines.push(Array.from(line, (c) => c ?? ' ').join('').trimEnd());
  return lines;
}
