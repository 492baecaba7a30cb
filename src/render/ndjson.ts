// NDJSON: one JSON object per line, written as the analysis goes, each with a `type`:
// `sentence` records as they are labelled, an `article` summary after each article, and
// one `run` summary at the end. `evenhand summarize` merges the `run` records of many runs.
import type { Sentence, Summary, Voices } from '../types.js';
import type { RecordFormatter, RecordSource, RunTotals } from '../types.js';
import { sentenceJson, summaryJson } from './json.js';

function sentenceLine(source: RecordSource, s: Sentence): string {
  return `${JSON.stringify({ type: 'sentence', file: source.file, article: source.article, ...(sentenceJson(s) as object) })}\n`;
}

/** An article's summary; `sections` is how many it has. */
function articleLine(source: RecordSource, a: { sections: number; voices: Voices; summary: Summary }): string {
  return `${JSON.stringify({
    type: 'article',
    file: source.file,
    article: source.article,
    title: source.title ?? null,
    sections: a.sections,
    voices: a.voices,
    summary: summaryJson(a.summary),
  })}\n`;
}

export function runLine(run: RunTotals): string {
  return `${JSON.stringify({ type: 'run', schemaVersion: 1, files: run.files, articles: run.articles, voices: run.voices, summary: summaryJson(run.summary) })}\n`;
}

const ndjson: RecordFormatter = { sentence: sentenceLine, article: articleLine, run: runLine };

export default ndjson;
