import type { Token, TokenSpan } from '../nlp/wink.js';
import type { Central } from './central.js';
import type { Clause } from './clause.js';
import type { Speaker } from './register.js';
import type { Voice } from './voice.js';

/** What evidence may look at: one sentence, read, in its article; evidence never tokenises or prints. */
export interface SentenceContext {
  /** The sentence's place in the article, from 0. */
  index: number;
  tokens: Token[];
  cues: TokenSpan[];
  entities: TokenSpan[];
  clause: Clause;
  /** The attribution the sentence's view is heard through: its own, or its quotation's. */
  voice: Voice | undefined;
  /** The view's tokens: the reported clause, or the quoted words. */
  view: [number, number];
  /** Who speaks in the sentence, from the article's speaker register. */
  speaker: Speaker | undefined;
  /** The voice's holder is the article's central actor (by name, role, or as its spokesperson). */
  holderIsCentral: boolean;
  /** The main clause's subject is the central actor ("the council is trying ..."). */
  subjectIsCentral: boolean;
  /** The sentence is a quotation attributed to the voice's holder, here or nearby. */
  quoted: boolean;
  central: Central;
  /** How tokens [first, last] lean: stance words plus sentiment (negative is against). */
  viewStance(first: number, last: number): number;
  /** wink-nlp sentiment of one word (-1..1): does "fair" or "timid" judge? */
  wordSentiment(index: number): number;
}

/** The words of tokens [first, last], as written. */
export function wordsOf(ctx: SentenceContext, first: number, last: number): string {
  return ctx.tokens.slice(first, last + 1).map((t) => t.value).join(' ');
}

/** Words of the cues named `lexicon` inside tokens [first, last]. */
export function cueWords(ctx: SentenceContext, lexicon: string, first = 0, last = ctx.tokens.length - 1): string[] | undefined {
  const words = ctx.cues.filter((c) => c.name === lexicon && c.first >= first && c.last <= last).map((c) => wordsOf(ctx, c.first, c.last));
  return words.length > 0 ? words : undefined;
}
