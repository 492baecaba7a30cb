import { intentLemmas } from '../lexicons/verbs.js';
import type { Evidence } from './evidence.js';

/** LABELS.md counts what the central actor intends as a claim, not a measure. */
export const centralIntent: Evidence = {
  id: 'central-intent',
  description: 'What the central actor tries, aims or hopes to do ("the firm is trying to win back customers").',
  examples: {
    hit: ['The company is trying to win back its critics.', 'Brixo hopes to open a second site.'],
    miss: ['Brixo opened a second site in May.', 'The union hopes to win the vote.'],
  },
  test(ctx) {
    if (!ctx.subjectIsCentral) return undefined;
    const verb = ctx.tokens[ctx.clause.verb];
    if (!verb) return undefined;
    // "is trying to", "hopes to": the verb itself or the one after an auxiliary
    const next = ctx.tokens[ctx.clause.verb + 1];
    const intent = [verb, next].find((t) => t && intentLemmas.has(t.lemma));
    return intent ? [intent.value] : undefined;
  },
};
