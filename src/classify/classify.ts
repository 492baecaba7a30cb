// Run the rules on each sentence of an article and keep the reasons.
import { sentimentOf } from '../nlp/wink.js';
import type { Token } from '../nlp/wink.js';
import type { SentenceSpan } from '../segment/sentences.js';
import type { Label, Reason } from '../types.js';
import type { Central } from './central.js';
import type { Rule, SentenceContext } from './rule.js';
import { rules as defaultRules } from './rules.js';
import { describedSides, findSpeakers, type Speaker } from './speakers.js';
import type { Side } from './voice.js';

export interface Classification {
  label: Label;
  confidence: number;
  reasons: Reason[];
  holder?: string;
}

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
const VERB_WEIGHT = 2;
/**
 * A speaker's summed stance beyond which their words take a side. Lopsided on purpose: a
 * speaker other than the actor who sounds at all negative is nearly always objecting, while
 * warm words are also plain courtesy (officials, firms speaking of their own work). The
 * critic bar sits just above the noise of sentiment on neutral sentences (about 0.2).
 */
const SUPPORTER_STANCE = 1;
const CRITIC_STANCE = 0.35;

function viewText(span: SentenceSpan, view: [number, number]): string {
  return span.tokens.slice(view[0], view[1] + 1).map((t) => t.value).join(' ');
}

/** How a view leans: stance cue words plus wink-nlp sentiment. */
function stanceOf(span: SentenceSpan, view: [number, number]): number {
  const [from, to] = view;
  // a denial's harsh words are aimed at the accusation, not the subject
  if (span.cues.some((c) => c.name === 'rebuttal' && c.first >= from && c.last <= to)) return 0;
  let score = 0;
  for (const cue of span.cues) if (cue.first >= from && cue.last <= to) score += STANCE_CUES[cue.name] ?? 0;
  const text = viewText(span, view);
  return text ? score + SENTIMENT_WEIGHT * sentimentOf(text) : score;
}

const REPORTING = new Set(['report-verb', 'critic-verb', 'supporter-verb']);
/** Words that may stand between a verb and the amount it takes ("add about £96", "cost an extra 5%"). */
const BEFORE_AMOUNT = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'up', 'to', 'an', 'a', 'extra', 'more', 'than']);

/** Does an amount start at token `i`: a number or currency sign, perhaps after "about" or "an extra"? */
function amountAt(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NUM' || /^[£$€¥]$/.test(t.value)) return true;
    if (!BEFORE_AMOUNT.has(t.normal)) return false;
  }
  return false;
}

/**
 * The cues that mean what their lexicon says: the month "May" is no hedge, and a verb that
 * takes an amount ("will add about £96 a year") reports no one's words.
 */
function meaningfulCues(span: SentenceSpan): SentenceSpan['cues'] {
  const dates = span.entities.filter((e) => e.name === 'DATE');
  return span.cues.filter(
    (c) =>
      !dates.some((d) => d.first <= c.first && d.last >= c.last) &&
      // "said 12 midwives would be hired" reports all the same: nobody says an amount
      !(REPORTING.has(c.name) && span.tokens[c.first]!.lemma !== 'say' && amountAt(span.tokens, c.last + 1)),
  );
}

/** Each speaker's side from all their words in the article. */
function speakerSides(spans: SentenceSpan[], speakers: Speaker[]): Map<string, Side> {
  const sums = new Map<string, number>();
  speakers.forEach((s, i) => {
    if (!s.key || s.holderIsCentral) return;
    // a leaning verb ("warned") or a side named in the holder's description ("who led the
    // opposition") counts toward all of that speaker's words
    const side = s.quoted ? null : (s.voice?.verbSide ?? s.voice?.holderSide ?? null);
    const lean = side ? (side === 'supporter' ? VERB_WEIGHT : -VERB_WEIGHT) : 0;
    sums.set(s.key, (sums.get(s.key) ?? 0) + lean + stanceOf(spans[i]!, s.view));
  });
  const sides = new Map<string, Side>();
  for (const [key, sum] of sums) sides.set(key, sum >= SUPPORTER_STANCE ? 'supporter' : sum <= -CRITIC_STANCE ? 'critic' : null);
  return sides;
}

function decide(ctx: SentenceContext, rules: readonly Rule[]): Omit<Classification, 'holder'> {
  let winner: Rule | undefined;
  const reasons: Reason[] = [];
  for (const rule of rules) {
    const words = rule.test(ctx);
    if (!words) continue;
    if (!winner) winner = rule;
    // other rules that fired are kept as context for --explain; a fallback that fires on
    // anything (no words) says nothing unless it decided
    else if (words.length === 0) continue;
    reasons.push({ rule: rule.id, words: words.filter(Boolean) });
  }
  const decided = winner ?? defaultRules.at(-1)!;
  return { label: decided.label, confidence: decided.confidence, reasons };
}

/** Label every sentence of an article; speakers and their sides are read across sentences. */
export function classifyArticle(read: SentenceSpan[], central: Central, rules: readonly Rule[] = defaultRules): Classification[] {
  const spans = read.map((span) => ({ ...span, cues: meaningfulCues(span) }));
  const speakers = findSpeakers(spans, central);
  const sides = speakerSides(spans, speakers);
  const described = describedSides(spans);
  return spans.map((span, i) => {
    const speaker = speakers[i]!;
    let voice = speaker.voice;
    const titleSide = speaker.key
      ? (central.sides.get(speaker.key) ?? described.get(speaker.key) ?? (central.allies.has(speaker.key) ? 'supporter' : undefined))
      : undefined;
    if (voice && titleSide && !voice.holderSide) voice = { ...voice, holderSide: titleSide };
    let sentiment: number | undefined;
    const ctx: SentenceContext = {
      tokens: span.tokens,
      cues: span.cues,
      entities: span.entities,
      clause: speaker.clause,
      voice,
      holderIsCentral: speaker.holderIsCentral,
      subjectIsCentral: speaker.subjectIsCentral,
      quoted: speaker.quoted,
      speakerSide: speaker.key ? (sides.get(speaker.key) ?? null) : null,
      viewStance: (first, last) => stanceOf(span, [first, last]),
      viewSentiment: () => {
        if (sentiment === undefined) {
          const text = voice ? viewText(span, speaker.view) : '';
          sentiment = text ? sentimentOf(text) : 0;
        }
        return sentiment;
      },
    };
    const { label, confidence, reasons } = decide(ctx, rules);
    const result: Classification = { label, confidence, reasons };
    if (voice && (label === 'supporter' || label === 'critic')) result.holder = speaker.name ?? voice.holder;
    return result;
  });
}
