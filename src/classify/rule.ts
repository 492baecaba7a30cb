import type { Token, TokenSpan } from '../nlp/wink.js';
import type { Label } from '../types.js';
import type { Clause } from './clause.js';
import type { Side, Voice } from './voice.js';

/** What a rule may look at: one sentence, read; rules never tokenise or print. */
export interface SentenceContext {
  tokens: Token[];
  cues: TokenSpan[];
  entities: TokenSpan[];
  clause: Clause;
  voice: Voice | undefined;
  /** The voice's holder is the article's central actor (by name, or "he" right after them). */
  holderIsCentral: boolean;
  /** The main clause's subject is the central actor ("the council is trying ..."). */
  subjectIsCentral: boolean;
  /** The sentence is a quotation attributed to the voice's holder, here or nearby. */
  quoted: boolean;
  /** The side all of the speaker's words in the article lean to; null when they take none. */
  speakerSide: Side;
  /** How tokens [first, last] lean: stance words plus sentiment (negative is against). */
  viewStance(first: number, last: number): number;
  /** wink-nlp sentiment of the voice's view (-1..1); 0 without a voice. */
  viewSentiment(): number;
  /** wink-nlp sentiment of one word (-1..1): does "fair" or "timid" judge? */
  wordSentiment(index: number): number;
}

export interface Rule {
  /** Stable kebab-case id, `<label>-<what>`; printed as the reason; never reused. */
  id: string;
  label: Label;
  description: string;
  /** How often a sentence this rule decides is labelled right, roughly (0..1). */
  confidence: number;
  /** The words that fired the rule, or undefined when it does not apply. */
  test(ctx: SentenceContext): string[] | undefined;
}

/** Words of the cues named `lexicon` inside tokens [first, last]. */
export function cueWords(ctx: SentenceContext, lexicon: string, first = 0, last = ctx.tokens.length - 1): string[] | undefined {
  const words = ctx.cues
    .filter((c) => c.name === lexicon && c.first >= first && c.last <= last)
    .map((c) => ctx.tokens.slice(c.first, c.last + 1).map((t) => t.value).join(' '));
  return words.length > 0 ? words : undefined;
}
