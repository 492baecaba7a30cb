import { formatOf, loadParser } from '../input/format.js';
import { readInput } from '../input/read.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline.js';
import type { ArticleReport } from '../types.js';

/** Read and analyze one article, its parser (text, Markdown, HTML) chosen by extension. */
export async function readArticle(path: string, options: AnalyzeOptions): Promise<ArticleReport> {
  const input = await readInput(path);
  const format = formatOf(input.name, options.format);
  await loadParser(format);
  return analyzeArticle(input.name, input.text, { ...options, format });
}
