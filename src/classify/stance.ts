// How far a view leans for or against: stance cue words plus wink-nlp sentiment, and the
// bars a speaker's summed stance must pass to take a side.
import { sentimentOf } from '../nlp/wink.js';
import type { SentenceSpan } from '../segment/sentences.js';
import { accountWords, accusationWords } from './lexicons/stance.js';

/** How far before a denial word the accusation it denies may stand ("reports of unpaid bills were untrue"). */
const DENIAL_REACH = 8;

/** Cue lexicons whose words in a view lean it one way (+1) or the other (-1). */
const STANCE_CUES: Record<string, number> = {
  'supporter-stance': 1,
  'supporter-mood': 1,
  'supporter-verb': 1,
  'critic-stance': -1,
  'critic-mood': -1,
  'critic-verb': -1,
};
/** wink sentiment (-1..1) counts as this many stance words. */
const SENTIMENT_WEIGHT = 2;
/** A reporting verb that leans ("warned", "welcomed") counts as this many stance words. */
export const VERB_WEIGHT = 2;
/**
 * A speaker's summed stance beyond which their words take a side. Lopsided on purpose: a
 * speaker other than the actor who sounds at all negative is nearly always objecting, while
 * warm words are also plain courtesy (officials, firms speaking of their own work). The
 * critic bar sits just above the noise of sentiment on neutral sentences (about 0.2).
 */
export const SUPPORTER_STANCE = 1;
export const CRITIC_STANCE = 0.35;
/** An expert's bar, either way: they take a side only when their words plainly do. */
export const EXPERT_STANCE = 2;
/** The bar for one view heard on its own (a relative clause): a plain stance word or its equal. */
export const VIEW_STANCE = 1;

/** The words of a view, as wink-nlp's sentiment reads them. */
export function viewText(span: SentenceSpan, view: [number, number]): string {
  return span.tokens.slice(view[0], view[1] + 1).map((t) => t.value).join(' ');
}

/** How a view leans: stance cue words plus wink-nlp sentiment. */
export function stanceOf(span: SentenceSpan, view: [number, number]): number {
  const [from, to] = view;
  // a denial's harsh words are aimed at the accusation, not the subject: "reports of unpaid
  // bills were untrue"; "the ads were misleading", with no accusation before, is criticism
  const accusation = (k: number): boolean => {
    const t = span.tokens[k]!;
    const next = span.tokens[k + 1]?.normal;
    return accusationWords.has(t.normal) || (accountWords.has(t.normal) && (next === 'of' || next === 'that'));
  };
  const denial = span.cues.some((c) => {
    if (c.name !== 'rebuttal' || c.first < from || c.last > to) return false;
    for (let k = Math.max(from, c.first - DENIAL_REACH); k < c.first; k++) if (accusation(k)) return true;
    return false;
  });
  if (denial) return 0;
  let score = 0;
  for (const cue of span.cues) if (cue.first >= from && cue.last <= to) score += STANCE_CUES[cue.name] ?? 0;
  const text = viewText(span, view);
  return text ? score + SENTIMENT_WEIGHT * sentimentOf(text) : score;
}
