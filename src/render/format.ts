import type { ArticleReport, Report, Sentence, Summary, Voices } from '../types.js';

/** An article with the text its sentences' `start`/`end` index into, when --include-text asks for it. */
export interface ArticleWithText extends ArticleReport {
  text?: string;
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
  render(report: Report, ctx: RenderContext): string;
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
