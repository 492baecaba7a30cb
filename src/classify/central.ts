// The article's central actor (LABELS.md: "the person, policy or action the article is
// about"): the proper noun that most often stands as a subject, with the title and the
// lede counting extra. Its own statements are claims, not a side's view.
import type { Token } from '../nlp/wink.js';
import { findMainClause } from './clause.js';
import type { SentenceSpan } from '../segment/sentences.js';

export interface Central {
  /** Lower-case proper-noun tokens that name the central actor ("trump"). */
  names: Set<string>;
}

const TITLE_WEIGHT = 3;
const LEDE_WEIGHT = 2;
const SUBJECT_WEIGHT = 2;
/** Geographic and title words are rarely the actor themselves. */
const NOT_ACTORS = new Set(['us', 'u.s.', 'uk', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'north', 'south', 'east', 'west', 'new']);

function countNames(counts: Map<string, number>, tokens: Token[], from: number, to: number, weight: number): void {
  for (let i = from; i <= to && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' || NOT_ACTORS.has(t.normal) || t.normal.length < 2) continue;
    counts.set(t.normal, (counts.get(t.normal) ?? 0) + weight);
  }
}

/**
 * Pick the central actor from the article's sentences and title tokens. `named` (from
 * config) wins over the count.
 */
export function findCentral(sentences: SentenceSpan[], titleTokens: Token[], named?: string): Central {
  if (named) return { names: new Set(named.toLowerCase().split(/\s+/).filter(Boolean)) };
  const counts = new Map<string, number>();
  countNames(counts, titleTokens, 0, titleTokens.length - 1, TITLE_WEIGHT);
  sentences.forEach((s, i) => {
    const clause = findMainClause(s.tokens, s.cues);
    const subjectEnd = clause.verb > clause.first ? clause.verb - 1 : clause.first - 1;
    countNames(counts, s.tokens, clause.first, subjectEnd, i === 0 ? LEDE_WEIGHT * SUBJECT_WEIGHT : SUBJECT_WEIGHT);
    countNames(counts, s.tokens, 0, s.tokens.length - 1, 1);
  });
  let best = '';
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return { names: new Set(best ? [best] : []) };
}
