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
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
