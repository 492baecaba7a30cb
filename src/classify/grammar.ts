// Readings of a sentence that several pieces of evidence share: figures that anchor a clause,
// "will"/"would" + an action, how far a reach goes past an aside. Tokens and tags only.
import type { Token } from '../nlp/wink.js';
import type { SentenceContext } from './context.js';
import { leadingSubordinators, negators } from './lexicons/clauses.js';
import type { LexiconSide } from './lexicons/lexicon.js';
import { mindLemmas } from './lexicons/verbs.js';

const ANCHOR_ENTITIES = new Set(['DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'DURATION']);
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** The dates and figures of a sentence, each once. */
export function anchors(ctx: SentenceContext): string[] | undefined {
  const words = ctx.entities
    .filter((e) => ANCHOR_ENTITIES.has(e.name))
    .map((e) => ctx.tokens.slice(e.first, e.last + 1).map((t) => t.value).join(' '));
  // a set, not words.includes: that was quadratic, 47 s on a 1 MB sentence of numbers
  const seen = new Set(words);
  for (const t of ctx.tokens) {
    if (t.pos !== 'NUM' || seen.has(t.value)) continue;
    words.push(t.value);
    seen.add(t.value);
  }
  return words.length > 0 ? words : undefined;
}

/**
 * A date or figure for the main clause: a leading phrase without a verb ("On Tuesday, ...")
 * dates the main clause; a leading clause with its own verb ("When Turkey shot down a jet in
 * 2015, ...") dates only itself.
 */
export function clauseAnchored(ctx: SentenceContext): boolean {
  const leading = ctx.tokens.slice(0, ctx.clause.first);
  const ownClause = leading.some((t) => t.pos === 'VERB' || t.pos === 'SCONJ' || leadingSubordinators.has(t.normal));
  const first = ownClause ? ctx.clause.first : 0;
  const { last } = ctx.clause;
  const inClause = (a: number, b: number): boolean => a >= first && b <= last;
  return (
    ctx.entities.some((e) => ANCHOR_ENTITIES.has(e.name) && inClause(e.first, e.last)) ||
    ctx.tokens.some((t, i) => t.pos === 'NUM' && inClause(i, i))
  );
}

/**
 * A verb's past form ("fined", "told", "accepted"): not its base, not "-s", not "-ing". Forms
 * spelt like their base ("cut", "put") go undetected.
 */
export function isPastForm(token: Token | undefined): boolean {
  return token !== undefined && token.normal !== token.lemma && !/(s|ing)$/.test(token.normal);
}

/** "will"/"would" + an action ("would hire", "will be covered"): where the action starts, or -1. */
export function willAct(ctx: SentenceContext, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (t.normal !== 'will' && t.normal !== 'would') continue;
    // "would not open an investigation" announces a decision all the same
    let k = ctx.tokens[i + 1]?.normal === 'not' || ctx.tokens[i + 1]?.normal === "n't" ? i + 1 : i;
    // ("will also hold hearings", "would now be conducted": an adverb between; a hedging one is
    // a hedge cue, which the callers weigh)
    while (k < i + 3 && ctx.tokens[k + 1]?.pos === 'ADV') k++;
    const next = ctx.tokens[k + 1];
    // ("would like", "would expect": a wish or a view, not an act; right after the modal the
    // tagger's adjective is a verb: "the plant would close")
    if (next?.pos === 'VERB' || next?.pos === 'ADJ') return mindLemmas.has(next.lemma) ? -1 : i;
    // ("will be levied", "would be frozen": a participle, regular or not)
    if (next?.normal === 'be' && ctx.tokens[k + 2]?.pos === 'VERB' && isPastForm(ctx.tokens[k + 2])) return i;
    return -1;
  }
  return -1;
}

/** The hedges of tokens [from, to], apart from the "would be" of a passive measure ("would be levied"). */
export function hedgedBeyond(ctx: SentenceContext, from: number, to: number, measure: number): boolean {
  return ctx.cues.some((c) => c.name === 'hedge' && c.first >= from && c.last <= to && c.first !== measure);
}

/** Where a reach of `words` from `from` ends when an aside between two commas is stepped over. */
export function reachEnd(ctx: SentenceContext, from: number, to: number, words: number): number {
  let counted = 0;
  let i = from;
  for (; i <= to && counted < words; i++) {
    if (ctx.tokens[i]?.value !== ',') {
      counted++;
      continue;
    }
    // "the extra fee, about 5 pounds a day, would pay ...": the aside adds no words
    const close = ctx.tokens.findIndex((t, k) => k > i && k <= to && t.value === ',');
    if (close < 0) break;
    i = close;
  }
  return Math.min(i, to);
}

/** A voice other than the central actor's: a side's or a neutral holder's. */
export const otherVoice = (ctx: SentenceContext): boolean => ctx.voice !== undefined && !ctx.holderIsCentral;

/** The holder and verb of the sentence's voice, as the words that fired. */
export const voiceWords = (ctx: SentenceContext): string[] => [ctx.voice?.holder ?? '', ctx.voice?.verb ?? ''].filter(Boolean);

/**
 * A word denied by a negation among the `reach` words before it ("cannot support", "did not
 * welcome"); "less" compares, it does not deny.
 */
export function isDenied(tokens: readonly Token[], at: number, reach = 2): boolean {
  for (let k = at - 1; k >= at - reach && k >= 0; k--) if (tokens[k]!.normal !== 'less' && negators.has(tokens[k]!.normal)) return true;
  return false;
}

/**
 * The side a side's verb at `at` takes as written: denied backing opposes ("The Majlis will not
 * support the government's drive"); a denied attack ("does not oppose") backs nothing outright.
 */
export function sideAsWritten(side: LexiconSide, tokens: readonly Token[], at: number): LexiconSide {
  if (!side || !isDenied(tokens, at)) return side;
  return side === 'supporter' ? 'critic' : null;
}
