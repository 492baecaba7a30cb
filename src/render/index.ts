import { UsageError } from '../errors.js';
import type { Formatter } from './format.js';

export type { Formatter, RenderContext } from './format.js';

// Loaded on demand, so `--format json` never pays for chalk and cli-table3.
const formatters: Record<string, { description: string; load: () => Promise<{ default: Formatter }> }> = {
  table: { description: 'a summary table for people', load: () => import('./table.js') },
  json: { description: 'one JSON object for scripts', load: () => import('./json.js') },
  html: { description: 'one self-contained HTML page, every sentence highlighted', load: () => import('./html.js') },
  text: { description: 'the article as written, each sentence marked by label', load: () => import('./text.js') },
  ndjson: { description: 'one JSON object per line, written as it goes', load: () => import('./ndjson.js') },
};

export const formatNames: readonly string[] = Object.keys(formatters);

/** One line per format for --help: "table: a summary table for people". */
export function describeFormats(): string {
  return Object.entries(formatters)
    .map(([name, f]) => `${name}: ${f.description}`)
    .join('; ');
}

/** The formatter called `name`; an unknown name is a UsageError listing the valid ones. */
export async function loadFormatter(name: string): Promise<Formatter> {
  const entry = formatters[name];
  if (!entry) throw new UsageError(`unknown format "${name}": choose one of ${formatNames.join(', ')}`);
  return (await entry.load()).default;
}
