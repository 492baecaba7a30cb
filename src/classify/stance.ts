// How far a view leans for or against: stance cue words plus wink-nlp sentiment. Which way a
// lean decides a label is learned (model.ts); this only measures.
import { sentimentOfTokens } from '../nlp/sentiment.js';
import type { SentenceSpan } from '../segment/sentences.js';
import { isDenied } from './grammar.js';
import { roleOf, sideOf } from './lexicons/index.js';
import { accountWords, accusationWords } from './lexicons/stance.js';

/** How far before a denial word the accusation it denies may stand ("reports of unpaid bills were untrue"). */
const DENIAL_REACH = 8;

/** Roles whose words in a view lean it toward their lexicon's side. */
const LEANING_ROLES = new Set(['stance', 'mood', 'reporting-verb']);
/**
 * wink sentiment (-1..1) counts as this many stance words: a scale, so a sum of words and tone
 * reads in stance words; the model learns what each band of the sum is worth.
 */
const SENTIMENT_SCALE = 2;

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
    if (roleOf(c.name) !== 'rebuttal' || c.first < from || c.last > to) return false;
    for (let k = Math.max(from, c.first - DENIAL_REACH); k < c.first; k++) if (accusation(k)) return true;
    return false;
  });
  if (denial) return 0;
  let score = 0;
  for (const cue of span.cues) {
    if (cue.first < from || cue.last > to || !LEANING_ROLES.has(roleOf(cue.name) ?? '')) continue;
    // "cannot support", "did not condemn": a denied stance word takes no side (wink's sentiment
    // reads the negation in the tone itself)
    if (isDenied(span.tokens, cue.first)) continue;
    const side = sideOf(cue.name);
    score += side === 'supporter' ? 1 : side === 'critic' ? -1 : 0;
  }
  return to >= from ? score + SENTIMENT_SCALE * sentimentOfTokens(span.tokens, from, to) : score;
}
