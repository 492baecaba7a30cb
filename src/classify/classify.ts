// Run the rules on each sentence of an article and keep the reasons.
import { sentimentOf } from '../nlp/wink.js';
import type { SentenceSpan } from '../segment/sentences.js';
import type { Label, Reason } from '../types.js';
import type { Central } from './central.js';
import { findMainClause } from './clause.js';
import type { Rule, SentenceContext } from './rule.js';
import { rules as defaultRules } from './rules.js';
import { findVoice } from './voice.js';

export interface Classification {
  label: Label;
  confidence: number;
  reasons: Reason[];
  holder?: string;
}

const CENTRAL_PRONOUNS = new Set(['he', 'she']);

function mentionsCentral(span: SentenceSpan | undefined, central: Central): boolean {
  return span !== undefined && span.tokens.some((t) => t.pos === 'PROPN' && central.names.has(t.normal));
}

/** Label one sentence. `previous` lets "he said" after the central actor resolve to them. */
export function classifySentence(
  span: SentenceSpan,
  central: Central,
  previous?: SentenceSpan,
  rules: readonly Rule[] = defaultRules,
): Classification {
  const clause = findMainClause(span.tokens, span.cues);
  const voice = findVoice(span.tokens, span.cues, clause);
  let holderIsCentral = false;
  if (voice?.named) {
    const [a, b] = voice.holderTokens;
    const holderTokens = span.tokens.slice(a, b + 1);
    holderIsCentral =
      holderTokens.some((t) => central.names.has(t.normal)) ||
      (CENTRAL_PRONOUNS.has(voice.holder) && mentionsCentral(previous, central));
  }
  let sentiment: number | undefined;
  const ctx: SentenceContext = {
    tokens: span.tokens,
    cues: span.cues,
    entities: span.entities,
    clause,
    voice,
    holderIsCentral,
    viewSentiment: () => {
      if (sentiment === undefined) {
        const [from, to] = voice?.view ?? [0, -1];
        const view = span.tokens.slice(from, to + 1).map((t) => t.value).join(' ');
        sentiment = view ? sentimentOf(view) : 0;
      }
      return sentiment;
    },
  };
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
  const result: Classification = { label: decided.label, confidence: decided.confidence, reasons };
  if (voice && (decided.label === 'supporter' || decided.label === 'critic')) result.holder = voice.holder;
  return result;
}
