import { formatRegistry } from '../format-registry.js';
import type { Formatter, RecordFormatter } from '../types.js';

export type { DetailedArticle, Formatter, RecordFormatter, RecordSource, RenderContext, RunTotals, SourceDetail } from '../types.js';

const formats = formatRegistry<Formatter | RecordFormatter>({
  table: { description: 'a summary table for people', load: () => import('./table.js') },
  json: { description: 'one JSON object for scripts', load: () => import('./json.js') },
  html: { description: 'one self-contained HTML page, every sentence highlighted', load: () => import('./html.js') },
  text: { description: 'the article as written, each sentence marked by label', load: () => import('./text.js') },
  ndjson: { description: 'one JSON object per line, written as it goes', load: () => import('./ndjson.js') },
});

export const formatNames: readonly string[] = formats.names;

/** One line per format for --help: "table: a summary table for people". */
export function describeFormats(): string {
  return formats.describe((name, description) => `${name}: ${description}`, '; ');
}

/** The formatter called `name`; an unknown name is a UsageError listing the valid ones. */
export async function loadFormatter(name: string): Promise<Formatter | RecordFormatter> {
  return formats.load(name);
}
