// Which files a check run reads: explicit paths, directories and globs from the command
// line, or else the config's `files` globs; `ignore` globs prune what a search finds.
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError, InputError } from '../errors.js';

/** Extensions a directory or glob search picks up; each is read by `readArticle` (src/run/read-article.ts). */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'] as const;
/** JSONL corpora, which `analyze` reads too: a glob may find them, a directory search never does (its *.labels.jsonl are no corpus). */
const CORPUS_EXTENSIONS = ['jsonl', 'ndjson'] as const;

const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  /** As shown in reports: relative to the working directory, "/"-separated; "-" for stdin. */
  file: string;
  /** Absolute path to read, or "-". */
  path: string;
}

const toPosix = (p: string): string => p.split(sep).join('/');

function target(cwd: string, path: string): Target {
  const absolute = resolve(cwd, path);
  return { file: toPosix(relative(cwd, absolute)) || '.', path: absolute };
}

const hasExtension = (path: string, extensions: readonly string[]): boolean =>
  extensions.some((ext) => path.toLowerCase().endsWith(`.${ext}`));

// the glob library loads only when a directory or a pattern is searched: `analyze FILE` starts without it
const globbing = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');

async function search(patterns: string[], base: string, ignore: string[], extensions: readonly string[] = ARTICLE_EXTENSIONS): Promise<string[]> {
  const { glob } = await globbing();
  const found = await glob(patterns, { cwd: base, ignore: [...ALWAYS_IGNORED, ...ignore], absolute: true, onlyFiles: true, expandDirectories: false });
  return found.filter((path) => hasExtension(path, extensions)).sort();
}

function statKind(path: string): 'file' | 'directory' | null {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return null;
  }
}

export interface FileQuery {
  /** Paths, directories and globs from the command line; empty means the config's `files`. */
  args: string[];
  cwd: string;
  /** The config's `files` and `ignore` globs and the folder they are relative to. */
  files?: string[];
  ignore?: string[];
  base: string;
  /** A glob may also match JSONL corpora (`analyze` reads them, `check` does not). */
  corpora?: boolean;
  /** A file named on the command line keeps the name it was given by, not one relative to `cwd` (`analyze`'s output always named it so). */
  namesAsGiven?: boolean;
  /** What standard input is called in reports (--stdin-filename). */
  stdinName?: string | undefined;
}

/**
 * The articles to check, in a stable order without duplicates. A named file is read whatever
 * its extension; a directory or glob keeps only article extensions. A pattern that matches
 * nothing is an InputError, so a typo never passes as "0 files, all fine".
 */
export async function collectTargets(query: FileQuery): Promise<Target[]> {
  const { cwd, base } = query;
  // ignore globs are written relative to the config's folder; searches from the command line start at cwd
  const ignoreFrom = (root: string): string[] =>
    (query.ignore ?? []).map((g) => toPosix(relative(root, resolve(base, g))) || '.');
  const targets: Target[] = [];
  if (query.args.length === 0) {
    if (!query.files?.length) {
      throw new UsageError('no files to check: name files, directories or globs, or set "files" in evenhand.config.json');
    }
    const found = await search(query.files, base, query.ignore ?? []);
    if (found.length === 0) throw new InputError(`no article matches the config's files (${query.files.join(', ')})`);
    targets.push(...found.map((p) => target(cwd, p)));
  }
  for (const arg of query.args) {
    if (arg === '-') {
      targets.push({ file: query.stdinName ?? '-', path: '-' });
      continue;
    }
    const kind = statKind(resolve(cwd, arg));
    // a missing plain path is reported when it is read, beside the files that could be
    if (kind === 'file' || (kind === null && !(await globbing()).isDynamicPattern(arg))) {
      targets.push(query.namesAsGiven ? { file: arg, path: resolve(cwd, arg) } : target(cwd, arg));
      continue;
    }
    const root = kind === 'directory' ? resolve(cwd, arg) : cwd;
    const pattern = kind === 'directory' ? ARTICLE_GLOB : isAbsolute(arg) ? toPosix(relative(cwd, arg)) : arg;
    const extensions = kind !== 'directory' && query.corpora ? [...ARTICLE_EXTENSIONS, ...CORPUS_EXTENSIONS] : ARTICLE_EXTENSIONS;
    const found = await search([pattern], root, ignoreFrom(root), extensions);
    if (found.length === 0) {
      throw new InputError(`${arg}: ${kind === 'directory' ? 'no .txt, .md or .html article in this directory' : 'no article matches this pattern'}`);
    }
    targets.push(...found.map((p) => target(cwd, p)));
  }
  const seen = new Set<string>();
  return targets.filter((t) => t.path === '-' || (!seen.has(t.path) && Boolean(seen.add(t.path))));
}
