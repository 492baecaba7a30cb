// Imports run one way, from the lower layers up: nlp (wink), segment (the document model and
// sentence splitting), input (parsers that build that document model), classify, summarize,
// render, run, and the commands on top. A module may import from its own layer or a lower one,
// never a higher one; types that several layers share live in src/types.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

const LAYERS = ['nlp', 'segment', 'input', 'classify', 'summarize', 'render', 'run'];
const TOP = ['commands', 'check'];
/** The src/ folders each layer may not import from: every layer above it. */
const NOT_FROM: Record<string, string[]> = Object.fromEntries(LAYERS.map((layer, i) => [layer, [...LAYERS.slice(i + 1), ...TOP]]));

/** Every folder under src/ that a module of `dir` imports from. */
function importedFolders(dir: string): Array<[file: string, folder: string]> {
  const found: Array<[string, string]> = [];
  for (const file of readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(SRC, dir, file), 'utf8');
    for (const [, path] of text.matchAll(/^import[^;]*?from '(\.[^']+)';/gms)) {
      const parts = join(dir, dirname(file), path!).split('/');
      if (parts[0] !== '..') found.push([`${dir}/${file}`, parts[0]!]);
    }
  }
  return found;
}

describe('layers', () => {
  it.each(Object.keys(NOT_FROM))('nothing in src/%s imports from a higher layer', (dir) => {
    const upward = importedFolders(dir).filter(([, folder]) => NOT_FROM[dir]!.includes(folder));
    expect(upward).toEqual([]);
  });

  it('gives run/ the renderers only through loadFormatter: a worker writes its own lines, and takes no types from render/', () => {
    const fromRender = importedFolders('run').filter(([, folder]) => folder === 'render');
    expect(fromRender.map(([file]) => file)).toEqual(['run/worker.ts']);
    expect(readFileSync(join(SRC, 'run/worker.ts'), 'utf8')).toMatch(/import \{ loadFormatter \} from '\.\.\/render\/index\.js';/);
  });
});
