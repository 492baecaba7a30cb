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
  /** The story's subject as its title states it, or the actor's name when it has no title. */
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
