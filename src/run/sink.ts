// Where finished work goes. A record format (ndjson) is written as it is produced; json and
// table need the whole report, so their sink collects the articles and renders once at the end.
import type { Formatter, RecordFormatter, RecordSource, RenderContext, RunTotals, ArticleReport } from '../types.js';

export interface Sink {
  /** Whether an article's sentences must be kept until the article is complete. */
  keepsSentences: boolean;
  /** The sentences of one chunk, numbered and placed in the whole input. */
  part(source: RecordSource, part: ArticleReport): void;
  /** An article is complete; `sections` counts them all, as a streaming sink keeps only the last. */
  article(source: RecordSource, report: ArticleReport, sections: number): void;
  /** The run is complete. */
  run(totals: RunTotals): void;
  /** A record sink's output as is: records a worker rendered. */
  write?: (text: string) => void;
}

function recordSink(formatter: RecordFormatter, write: (text: string) => void): Sink {
  return {
    keepsSentences: false,
    part: (source, part) => {
      let lines = '';
      for (const s of part.sentences) lines += formatter.sentence(source, s);
      if (lines) write(lines);
    },
    article: (source, report, sections) => write(formatter.article(source, { ...report, sections })),
    run: (totals) => write(formatter.run(totals)),
    write,
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

/** The sink for `formatter`: streaming for a record format, collecting for the others. */
export function sinkFor(formatter: Formatter | RecordFormatter, ctx: RenderContext, write: (text: string) => void): Sink {
  return 'render' in formatter ? reportSink(formatter, ctx, write) : recordSink(formatter, write);
}
