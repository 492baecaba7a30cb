// Chunks -> articles -> run: numbers each chunk after the ones before it, hands it to the
// sink, and keeps the totals. When the sink streams, only counts, voices and the open section
// are kept, so memory stays flat however long the input.
import { emptyCounts, mergeSummaries, summaryFromCounts } from '../summarize/summary.js';
import { VoiceTally } from '../summarize/voices.js';
import type { RecordSource, RunTotals, ArticleReport } from '../types.js';
import { appendPart, continuePart } from './merge.js';
import type { Sink } from './sink.js';
import type { Unit } from '../input/units.js';

export class ArticleAssembler {
  private open: ArticleReport | undefined;
  /** Sections of the open article, including those a streaming sink no longer keeps. */
  private sections = 0;
  private readonly files = new Set<string>();
  /** The open article's voices, tallied chunk by chunk. */
  private voices = new VoiceTally();
  private readonly totals: Omit<RunTotals, 'voices'> = { files: 0, articles: 0, summary: summaryFromCounts(emptyCounts()) };
  private readonly totalVoices = new VoiceTally();

  constructor(private readonly sink: Sink) {}

  /** Take the analysis of the next unit, in input order. */
  add(unit: Unit, part: ArticleReport): void {
    const source: RecordSource = { file: unit.file, article: unit.article, ...(unit.title === undefined ? {} : { title: unit.title }) };
    const numbered = this.open ? continuePart({ sentences: this.open.summary.sentences, sections: this.sections }, part) : part;
    this.sink.part(source, numbered);
    this.sections += this.open ? numbered.sections.length - 1 : numbered.sections.length;
    if (this.open) appendPart(this.open, numbered);
    else this.open = numbered;
    this.voices.add(numbered.voices);
    if (!this.sink.keepsSentences) {
      // nor their speakers: a record sink never writes them, and a long input's would pile up
      this.open.sentences = [];
      this.open.speakers = [];
      this.open.sections = this.open.sections.slice(-1);
    }
    this.files.add(unit.file);
    if (unit.last) this.close(source);
  }

  private close(source: RecordSource): void {
    const article = this.open!;
    article.voices = this.voices.ranked();
    this.voices = new VoiceTally();
    this.sink.article(source, article, this.sections);
    this.closed(article);
    this.open = undefined;
    this.sections = 0;
  }

  /** A worker added a unit of `file` to an article it assembles itself (see pool.ts). */
  touch(file: string): void {
    this.files.add(file);
  }

  /** A worker closed an article it assembled and wrote itself: it counts in the totals alike. */
  closed(article: Pick<ArticleReport, 'voices' | 'summary'>): void {
    this.totals.articles++;
    this.totalVoices.add(article.voices);
    this.totals.summary = mergeSummaries([this.totals.summary, article.summary]);
  }

  /** An input failed part way: its article is left out of the totals. */
  drop(): void {
    this.open = undefined;
    this.voices = new VoiceTally();
    this.sections = 0;
  }

  get articles(): number {
    return this.totals.articles;
  }

  finish(): void {
    this.sink.run({ ...this.totals, voices: this.totalVoices.ranked(), files: this.files.size });
  }
}
