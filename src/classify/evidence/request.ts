import { requestLemmas } from '../lexicons/verbs.js';
import type { Evidence } from './evidence.js';

/** How far into the view the requested action ("to disclose") may start. */
const REQUEST_REACH = 8;

/** LABELS.md: a side's action is a fact; asking someone to act is an action. */
export const request: Evidence = {
  id: 'request',
  description: 'A holder other than the central actor asks someone to act ("the group has asked the council to publish its figures").',
  examples: {
    hit: ["The residents' group has asked the council to publish its traffic figures.", 'The union has written to the firm asking for a pay review.'],
    miss: ['The union said the figures were wrong.', 'The union asked whether the figures were right.'],
  },
  test(ctx) {
    const voice = ctx.voice;
    if (!voice || ctx.quoted || voice.verbSide || ctx.holderIsCentral) return undefined;
    const verb = ctx.tokens[voice.verbIndex];
    const [from, to] = voice.view;
    if (!verb || !requestLemmas.has(verb.lemma) || ctx.tokens[from]?.normal === 'that') return undefined;
    for (let i = from; i < Math.min(to, from + REQUEST_REACH); i++) {
      if (ctx.tokens[i]!.normal === 'to' && ctx.tokens[i + 1]?.pos === 'VERB') return [verb.value, ctx.tokens[i]!.value, ctx.tokens[i + 1]!.value];
      // "has written to both companies asking for a meeting"
      if (requestLemmas.has(ctx.tokens[i]!.lemma) && ctx.tokens[i]!.normal.endsWith('ing')) return [verb.value, ctx.tokens[i]!.value];
    }
    return undefined;
  },
};
