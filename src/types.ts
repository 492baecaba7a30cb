/** The four labels of LABELS.md, in the order the rules try them. */
export const LABELS = ['supporter', 'critic', 'claim', 'fact'] as const;
export type Label = (typeof LABELS)[number];

/** Why a sentence got its label: a piece of evidence, the words that fired it, and its learned weight toward the label. */
export interface Reason {
  evidence: string;
  words: string[];
  weight: number;
}

/** A span of the input text, with 1-based line and column of its start. */
export interface Span {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface Sentence extends Span {
  index: number;
  label: Label;
  confidence: number;
  reasons: Reason[];
  section: number;
  /** Who holds the view, when the sentence voices one ("critics", "Lord Smith"). */
  holder?: string;
  /** The id of the speaker heard in the sentence, from the article's speakers. */
  speaker?: string;
}

/** The sides an editor may give a speaker: LABELS.md's two sides, no side, or the central actor's. */
export const GIVEN_SIDES = ['supporter', 'critic', 'neutral', 'central'] as const;
export type GivenSide = (typeof GIVEN_SIDES)[number];

/** A side an editor gives a speaker by name (`--side "Tom Reyes=critic"`). */
export interface SideGiven {
  name: string;
  side: GivenSide;
}

/** What the sides are measured against: the story's subject and its central actor. */
export interface CentralReport {
  /** The story's subject as its title states it (what a headline attacks or backs, else the whole title), or the actor's name when it has no title. */
  name: string | null;
  /** The central actor as the article first names it ("Russian oil firm Yukos", "the council"), or null. */
  actor: string | null;
  /** Where the actor was found: named by --central or the config ("given"), in the title, in the lede, or further on. */
  source: 'given' | 'title' | 'lede' | 'body' | null;
  /** Sentences that name the actor. */
  mentions: number;
}

/** One speaker of an article, decided once for all their sentences. */
export interface SpeakerReport {
  /** "central" for the central actor and its people; otherwise a surname or a group noun. */
  id: string;
  /** Their fullest name in the article. */
  name: string;
  mentions: string[];
  role: 'central' | 'side' | 'neutral' | 'expert';
  side: 'supporter' | 'critic' | null;
  /** The sentences they speak in, by index. */
  sentences: number[];
  /** What decided their role and side: speaker-level evidence, and the label count of their sentences. */
  evidence: string[];
  /** The side was given by an editor (--side or the config's "sides"), not found. */
  given: boolean;
}

export interface Summary {
  sentences: number;
  counts: Record<Label, number>;
  shares: Record<Label, number>;
  /** min(S, C) / max(S, C); null when neither side speaks. */
  balance: number | null;
  /** (S - C) / (S + C); null when neither side speaks. */
  lean: number | null;
}

export interface Section {
  index: number;
  heading: Span | null;
  summary: Summary;
}

export interface Voice {
  holder: string;
  count: number;
}

export interface Voices {
  supporter: Voice[];
  critic: Voice[];
}

export interface ArticleReport {
  file: string;
  sentences: Sentence[];
  sections: Section[];
  voices: Voices;
  central: CentralReport;
  speakers: SpeakerReport[];
  summary: Summary;
  /** What the analysis could not use: a given side or central name the article never mentions. */
  warnings?: string[];
}

export interface Report {
  schemaVersion: 1;
  articles: ArticleReport[];
  summary: Summary;
}

// What the run hands the renderers, and the renderers' shape: shared here so run/ needs nothing
// from render/ but a formatter to load.

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
