// NDJSON: one JSON object per line, written as the analysis goes, each with a `type`:
// `sentence` records as they are labelled, an `article` summary after each article, and
// one `run` summary at the end. `evenhand summarize` merges the `run` records of many runs.
import type { Report, Sentence, Summary, Voices } from '../types.js';
import type { Formatter } from './format.js';
import { sentenceJson, summaryJson } from './json.js';
import { mergeVoices } from '../summarize/voices.js';

/** Where a record comes from: the input, and the article in it (a JSONL id, or the file name). */
export interface RecordSource {
  file: string;
  article: string;
  title?: string;
}

/** The totals of a run: what a `run` record holds, and what summarize adds up. */
export interface RunTotals {
  files: number;
  articles: number;
  voices: Voices;
  summary: Summary;
}

export function sentenceLine(source: RecordSource, s: Sentence): string {
  return `${JSON.stringify({ type: 'sentence', file: source.file, article: source.article, ...(sentenceJson(s) as object) })}\n`;
}

/** An article's summary; `sections` is how many it has. */
export function articleLine(source: RecordSource, a: { sections: number; voices: Voices; summary: Summary }): string {
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

const ndjson: Formatter = {
  name: 'ndjson',
  render: (report: Report) => {
    const lines = report.articles.map((a) => {
      const source = { file: a.file, article: a.file };
      return a.sentences.map((s) => sentenceLine(source, s)).join('') + articleLine(source, { ...a, sections: a.sections.length });
    });
    const files = new Set(report.articles.map((a) => a.file)).size;
    return lines.join('') + runLine({ files, articles: report.articles.length, voices: mergeVoices(report.articles.map((a) => a.voices)), summary: report.summary });
  },
};

export default ndjson;
