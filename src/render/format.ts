import type { ArticleReport, Report, Sentence, Summary, Voices } from '../types.js';

/** What a few outputs show from the source beyond the labels; the run reads it again only for them. */
export interface SourceDetails {
  /** The text the sentences' `start`/`end` index into (--include-text). */
  text?: string;
  /** The list marker before each sentence that opens a list item, by sentence index (the text view). */
  bullets?: Record<number, string>;
}
export type SourceDetail = keyof SourceDetails;

export type DetailedArticle = ArticleReport & SourceDetails;

/** A Report whose articles may carry source details. */
export interface DetailedReport extends Report {
  articles: DetailedArticle[];
}

export interface RenderContext {
  /** Colour the output (a TTY, and neither NO_COLOR nor --no-color). */
  color: boolean;
  /** Show every sentence, not only the voices. */
  sentences: boolean;
  /** Show each sentence's confidence and reasons. */
  explain: boolean;
  /** The terminal's width to wrap to; undefined when the output is not for a terminal, where lines are not wrapped. */
  width: number | undefined;
}

/** A formatter turns a finished Report into text; it never classifies or counts. */
export interface Formatter {
  render(report: DetailedReport, ctx: RenderContext): string;
  /** Source details it shows, which the run then reads for it. */
  details?: readonly SourceDetail[];
}

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

/**
 * A record formatter turns each sentence, article and run into text as the run produces them,
 * so output starts at once and memory stays flat; it never sees a whole Report.
 */
export interface RecordFormatter {
  sentence(source: RecordSource, s: Sentence): string;
  /** An article's summary; `sections` is how many it has. */
  article(source: RecordSource, a: { sections: number; voices: Voices; summary: Summary }): string;
  run(totals: RunTotals): string;
}
