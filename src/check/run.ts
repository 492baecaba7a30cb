// A check run as a library call: find the files, analyze each, hold it to its thresholds.
// Nothing here prints or exits; the command renders the CheckRun and picks the exit code.
import { hostname } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CheckThresholds, Config } from '../config/schema.js';
import { EvenhandError } from '../errors.js';
import { readArticle } from '../run/read-article.js';
import { evaluateArticle } from './evaluate.js';
import { collectTargets } from './files.js';
import { settingsFor } from './thresholds.js';
import type { CheckRun } from './types.js';
import { sidesOf } from '../config/sides.js';
import type { SideGiven } from '../types.js';

export interface CheckOptions {
  /** Files, directories and globs; empty means the config's `files`. */
  args: string[];
  cwd: string;
  config: Config;
  /** The config file, or null when there is none; its folder anchors `files`, `ignore` and `overrides`. */
  configPath: string | null;
  /** A problem with an input that is still checked (invalid UTF-8, not English). */
  onWarning?: (message: string) => void;
  /** Thresholds from the command line, stronger than any config. */
  flags: CheckThresholds;
  central?: string;
  /** Sides given on the command line (--side); they win over the config's. */
  sides?: SideGiven[];
  /** What standard input is called in the report; also matched against `overrides` (--stdin-filename). */
  stdinName?: string;
}

export async function runCheck(options: CheckOptions): Promise<CheckRun> {
  const { cwd, config, configPath } = options;
  const base = configPath ? dirname(resolve(cwd, configPath)) : cwd;
  const { stdinName } = options;
  const targets = await collectTargets({ args: options.args, cwd, base, files: config.files, ignore: config.ignore, stdinName });
  const run: CheckRun = { results: [], unreadable: [], started: new Date(), hostname: hostname() || 'localhost', seconds: 0 };
  const since = (start: number): number => (performance.now() - start) / 1000;
  const runStart = performance.now();
  for (const t of targets) {
    const fileStart = performance.now();
    // standard input named by --stdin-filename is held to that file's overrides, as ESLint does
    const where = t.path === '-' ? (stdinName ? resolve(cwd, stdinName) : null) : t.path;
    const fromConfig = configPath && where ? relative(base, where).split(sep).join('/') : null;
    const settings = settingsFor(fromConfig, config, options.flags);
    const central = options.central ?? settings.central;
    const sides = sidesOf(settings.sides, options.sides);
    try {
      const { article } = await readArticle(t.path, { ...(central ? { central } : {}), ...(sides.length ? { sides } : {}), onWarning: options.onWarning, name: t.file });
      run.results.push({ ...evaluateArticle(t.file, article, settings.thresholds), seconds: since(fileStart) });
    } catch (err) {
      if (!(err instanceof EvenhandError)) throw err;
      run.unreadable.push({ file: t.file, message: err.message, seconds: since(fileStart) });
    }
  }
  run.seconds = since(runStart);
  return run;
}
