// Where finished work goes. NDJSON is written as it is produced; json and table need the
// whole report, so their sink collects the articles and renders once at the end.
import type { Formatter, RenderContext } from '../render/index.js';
import { articleLine, runLine, sentenceLine, type RecordSource, type RunTotals } from '../render/ndjson.js';
import type { ArticleReport } from '../types.js';

export interface Sink {
  /** Whether an article's sentences must be kept until the article is complete. */
  keepsSentences: boolean;
  /** The sentences of one chunk, numbered and placed in the whole input. */
  part(source: RecordSource, part: ArticleReport): void;
  /** An article is complete; `sections` counts them all, as a streaming sink keeps only the last. */
  article(source: RecordSource, report: ArticleReport, sections: number): void;
  /** The run is complete. */
  run(totals: RunTotals): void;
}

function ndjsonSink(write: (text: string) => void): Sink {
  return {
    keepsSentences: false,
    part: (source, part) => {
      let lines = '';
      for (const s of part.sentences) lines += sentenceLine(source, s);
      if (lines) write(lines);
    },
    article: (source, report, sections) => write(articleLine(source, { ...report, sections })),
    run: (totals) => write(runLine(totals)),
  };
}

function reportSink(formatter: Formatter, ctx: RenderContext, write: (text: string) => void): Sink {
  const articles: ArticleReport[] = [];
  return {
    keepsSentences: true,
    part: () => {},
    article: (_source, report) => void articles.push(report),
    run: (totals) => write(formatter.render({ schemaVersion: 1, articles, summary: totals.summary }, ctx)),
  };
}

/** The sink for `formatter`: streaming for ndjson, collecting for the others. */
export function sinkFor(formatter: Formatter, ctx: RenderContext, write: (text: string) => void): Sink {
  return formatter.name === 'ndjson' ? ndjsonSink(write) : reportSink(formatter, ctx, write);
}
