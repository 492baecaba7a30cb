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
  summary: Summary;
}

export interface Report {
  schemaVersion: 1;
  articles: ArticleReport[];
  summary: Summary;
}
