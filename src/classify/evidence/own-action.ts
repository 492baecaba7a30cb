import type { SentenceContext } from '../context.js';
import { hedgedBeyond, isPastForm, willAct } from '../grammar.js';
import { intentLemmas, mindLemmas, speechVerbLemmas } from '../lexicons/verbs.js';
import type { Evidence } from './evidence.js';

const SINGULAR_SELF = new Set(['it', 'he', 'she']);
const PLURAL_SELF = new Set(['they', 'we']);
const PERFECT = new Set(['had', 'has', 'have']);
const PROGRESSIVE = new Set(['was', 'were', 'is', 'are', "'s", "'re", 'am', "'m"]);
const LEANING_VERBS = new Set(['critic-verb', 'supporter-verb']);

/**
 * "said it had filed challenges", "said he had written to the minister": a holder reporting
 * what they have already done, an action; "had been told" is something done to them, and
 * "had rejected" takes a side. Where the action starts, or -1.
 */
function hadActed(ctx: SentenceContext, at: number): number {
  const first = ctx.tokens[at];
  // "said it accepted the ruling and apologised": a past tense, no auxiliary
  const past = first?.pos === 'VERB' && isPastForm(first) && !speechVerbLemmas.has(first.lemma) && !mindLemmas.has(first.lemma);
  const verbAt = past ? at : at + 1;
  const verb = ctx.tokens[verbAt];
  if ((!past && !PERFECT.has(first?.normal ?? '')) || verb?.pos !== 'VERB') return -1;
  return ctx.cues.some((c) => LEANING_VERBS.has(c.name) && c.first === verbAt) ? -1 : at;
}

/**
 * "said it was consulting local people", "said he was considering legal action": a holder
 * reporting what they are doing, an action under way; "was hoping", "is trying" are wishes, and
 * "was fighting the plan" takes a side. Where the action starts, or -1.
 */
function isActing(ctx: SentenceContext, at: number): number {
  if (!PROGRESSIVE.has(ctx.tokens[at]?.normal ?? '')) return -1;
  const verbAt = ctx.tokens[at + 1]?.normal === 'not' ? at + 2 : at + 1;
  const verb = ctx.tokens[verbAt];
  if (verb?.pos !== 'VERB' || !verb.normal.endsWith('ing')) return -1;
  if (mindLemmas.has(verb.lemma) || intentLemmas.has(verb.lemma) || speechVerbLemmas.has(verb.lemma)) return -1;
  return ctx.cues.some((c) => LEANING_VERBS.has(c.name) && c.first === verbAt) ? -1 : at;
}

/** LABELS.md: a side's action is a fact, its view is that side's label. */
export const ownAction: Evidence = {
  id: 'own-action',
  description: 'A holder other than the central actor says what they themselves will do, are doing or have done ("the union said it would hold a ballot").',
  examples: {
    hit: ['The drivers union said it would hold a strike ballot.', 'The union said it had filed a complaint with the regulator.', 'The union said it would not take part in the talks.', 'The airport operator said it was consulting local communities.'],
    miss: [
      'Opponents say it will ruin the high street.',
      'Brixo said it would hire 200 drivers.',
      'The swimming club said it wants the pool reopened at once.',
      'The swimming club said it thought the fees were unfair.',
      'The swimming club said it would expect the council to listen.',
      'The swimming club said it was hoping the council would listen.',
    ],
  },
  test(ctx) {
    const voice = ctx.voice;
    if (!voice || ctx.quoted || ctx.holderIsCentral) return undefined;
    const [from, to] = voice.view;
    const start = ctx.tokens[from]?.normal === 'that' ? from + 1 : from;
    const self = ctx.tokens[start];
    const head = voice.holder.split(' ').at(-1) ?? '';
    const plural = /s$/.test(head) && !voice.named;
    if (!self || !(plural ? PLURAL_SELF : SINGULAR_SELF).has(self.normal)) return undefined;
    const at = willAct(ctx, start + 1, Math.min(to, start + 3));
    if (at >= 0 && !hedgedBeyond(ctx, from, to, at)) return [self.value, ...ctx.tokens.slice(at, at + 2).map((t) => t.value)];
    const done = Math.max(hadActed(ctx, start + 1), isActing(ctx, start + 1));
    return done >= 0 ? [self.value, ...ctx.tokens.slice(done, done + 2).map((t) => t.value)] : undefined;
  },
};
