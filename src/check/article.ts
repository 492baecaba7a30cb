import { readInput } from '../input/read.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline.js';
import type { ArticleReport } from '../types.js';

/**
 * Read and analyze one article, the one place that chooses a reader by file type.
 * Markdown (.md, .markdown) and HTML (.html, .htm) go through the plain-text pipeline for
 * now, so their line numbers are those of the raw file; route them to their own parsers here.
 */
export async function readArticle(path: string, options: AnalyzeOptions): Promise<ArticleReport> {
  const input = await readInput(path);
  return analyzeArticle(input.name, input.text, options);
}
