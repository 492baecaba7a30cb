import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import stripJsonComments from 'strip-json-comments';
import { ConfigError } from '../errors.js';
import { lexicons } from '../classify/lexicons/index.js';
import { validateConfig, type Config } from './schema.js';

export const CONFIG_FILE = 'evenhand.config.json';

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null when none was found. */
  path: string | null;
}

/** The nearest evenhand.config.json from `cwd` upward, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Load `explicit` (from --config) or the nearest config file; a problem is a ConfigError, exit 2. */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const path = explicit ?? findConfig(cwd);
  if (!path) return { config: {}, path: null };
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${path}: cannot read the config file`);
  }
  let parsed: unknown;
  try {
    // comments (as `evenhand init` writes them) become spaces, so JSON error positions still hold
    parsed = JSON.parse(stripJsonComments(raw, { trailingCommas: true }));
  } catch (err) {
    throw new ConfigError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  return { config: validateConfig(parsed, path, () => lexicons.map((l) => l.id)), path };
}
