import { formatOf, loadParser } from '../input/format.js';
import { readInput, type Input } from '../input/read.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline.js';
import type { ArticleReport } from '../types.js';

export interface ReadArticleOptions extends AnalyzeOptions {
  /** Refuse a larger input (readInput's default otherwise). */
  maxBytes?: number;
  /** A problem with the input that does not stop it (invalid UTF-8, not English). */
  onWarning?: (message: string) => void;
  /** What to call the input in messages and the report, and read it as by its extension; the path by default. */
  name?: string;
}

/**
 * Read and analyze one whole article, its parser (text, Markdown, HTML) chosen by
 * `options.format` or the extension: what `check` and `eval` do with each file.
 */
export async function readArticle(path: string, options: ReadArticleOptions = {}): Promise<{ input: Input; article: ArticleReport }> {
  const { maxBytes, name, ...analyze } = options;
  const { onWarning } = options;
  const input = await readInput(path, { ...(maxBytes === undefined ? {} : { maxBytes }), ...(name === undefined ? {} : { name }) });
  for (const warning of input.warnings) onWarning?.(warning);
  const format = formatOf(input.name, analyze.format);
  await loadParser(format);
  const article = analyzeArticle(input.name, input.text, { ...analyze, format });
  for (const warning of article.warnings ?? []) onWarning?.(warning);
  return { input, article };
}
