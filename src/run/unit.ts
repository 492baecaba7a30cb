// A unit of work: one article, or one chunk of a long input, with where it sits in that input.
import type { Config } from '../config/schema.js';
import type { DocumentFormat } from '../input/format.js';
import type { SideGiven } from '../types.js';
import type { SourceDetail } from '../render/index.js';

export interface Unit {
  /** The input it came from, as given ("-" for standard input). */
  file: string;
  /** The article's id: the JSONL `id`, or the file name for a text input. */
  article: string;
  /** The JSONL `title`, when given. */
  title?: string;
  text: string;
  /** The parser its text needs. */
  format: DocumentFormat;
  /** UTF-16 offset of `text` in the whole input, and the number of lines before it. */
  base: number;
  lineBase: number;
  /** The last chunk of its article: the article's summary can be written after it. */
  last: boolean;
  /** UTF-8 size of `text`, for progress. */
  bytes: number;
}

/** What every analysis needs besides the text: the same in the main thread and in workers. */
export interface UnitSettings {
  central?: string;
  /** Sides given to speakers by name (--side, the config's "sides"). */
  sides?: SideGiven[];
  /** The config's lexicon edits (plain data, so a worker can receive them). */
  lexiconEdits?: Config['lexicons'];
  /** What to read from the source again for the output (--include-text, the text view's list markers). */
  details?: readonly SourceDetail[];
}

/** The name an article goes by in json and table output: the file, with the JSONL id after "#". */
export function articleName(unit: Pick<Unit, 'file' | 'article'>): string {
  return unit.article === unit.file ? unit.file : `${unit.file}#${unit.article}`;
}
