// The shape of one piece of evidence. Evidence only reports what it sees in a sentence; how
// much each finding counts toward each label is learned from labelled articles (../model.ts).
import type { SentenceContext } from '../context.js';

/**
 * A sentence an evidence source is shown on: the last sentence of `text`, read in an article
 * whose title is `title` and whose central actor is `central` when they are given.
 */
export type Example = string | { text: string; title?: string; central?: string };

/**
 * What fired: the words, and for a source that reads a kind (a side, a role), which kind; a
 * source that reads several things at once (the words of a clause) gives them all.
 */
export type Finding = readonly string[] | { value: string; words: readonly string[] } | { values: readonly string[]; words: readonly string[] };

export interface Evidence {
  /** Stable kebab-case id, the file's name; printed as the reason, never reused. */
  id: string;
  description: string;
  /** Sentences it must fire on (`hit`) and must not (`miss`); the registry test runs them all. */
  examples: { hit: readonly Example[]; miss: readonly Example[] };
  /** The words that fired it, or undefined when it does not apply. */
  test(ctx: SentenceContext): Finding | undefined;
}

/** One finding in a sentence: the feature it sets (`id` or `id:value`) and the words behind it. */
export interface Fired {
  feature: string;
  words: string[];
}

/** The features a finding sets, each with its words. */
export function fired(evidence: Evidence, finding: Finding): Fired[] {
  // an array has a `values` method of its own, so words are told apart first
  if (isWords(finding)) return [{ feature: evidence.id, words: [...finding] }];
  if ('values' in finding) return finding.values.map((v) => ({ feature: `${evidence.id}:${v}`, words: [...finding.words] }));
  return [{ feature: `${evidence.id}:${finding.value}`, words: [...finding.words] }];
}

const isWords = (finding: Finding): finding is readonly string[] => Array.isArray(finding);
