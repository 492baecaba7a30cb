// Library API: analyze text without touching files, stdout or the exit code.
export { analyzeArticle, type AnalyzeOptions } from './pipeline.js';
export { summarize, mergeSummaries } from './summarize/summary.js';
export * from './types.js';
export * from './errors.js';
