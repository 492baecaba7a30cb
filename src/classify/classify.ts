// Run the rules on each sentence of an article and keep the reasons.
import { sentimentOf } from '../nlp/wink.js';
import { personKindHedges } from './lexicons/claims.js';
import { CRITIC_STANCE, EXPERT_STANCE, stanceOf, SUPPORTER_STANCE, VERB_WEIGHT, viewText } from './stance.js';
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
      // "likely voters", "a possible successor" name a kind of person; they hedge nothing
      !(c.name === 'hedge' && personKindHedges.has(span.tokens[c.first]!.normal) && span.tokens[c.last + 1]?.pos === 'NOUN') &&
      // "the Harwick Town Supporters' Trust": a side word inside a name names no side
      !(/-holder$/.test(c.name) && c.first > 0 && /^[A-Z]/.test(span.tokens[c.first]!.value) && span.tokens[c.first - 1]!.pos === 'PROPN') &&
      // "will meet to decide whether to strike": a question someone will settle, not the writer's doubt
      !(c.name === 'hedge' && span.tokens[c.first]!.normal === 'whether' && span.tokens[c.first - 1]?.pos === 'VERB') &&
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
  // a speaker introduced as an expert anywhere keeps the expert's bar for all their words
  const experts = new Set(speakers.filter((s) => s.expert).map((s) => s.key));
  const sides = new Map<string, Side>();
  for (const [key, sum] of sums) {
    const [forBar, againstBar] = experts.has(key) ? [EXPERT_STANCE, EXPERT_STANCE] : [SUPPORTER_STANCE, CRITIC_STANCE];
    sides.set(key, sum >= forBar ? 'supporter' : sum <= -againstBar ? 'critic' : null);
  }
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
      wordSentiment: (index) => sentimentOf(span.tokens[index]?.value ?? ''),
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
