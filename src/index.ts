// Library API: analyze text without touching files, stdout or the exit code.
import { DOCUMENT_FORMATS, loadParser } from './input/format.js';

// analyzeArticle reads Markdown and HTML too: the library loads every parser up front
await Promise.all(DOCUMENT_FORMATS.map(loadParser));

export { analyzeArticle, type AnalyzeOptions } from './pipeline.js';
export { summarize, mergeSummaries } from './summarize/summary.js';
export * from './types.js';
export * from './errors.js';
