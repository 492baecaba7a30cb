import { clauseAnchored } from '../grammar.js';
import { judges } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: the writer's evaluation ("the response was fast and furious") is a claim. */
export const copularJudgement: Evidence = {
  id: 'copular-judgement',
  description: 'The main clause only says what something is like ("the response was swift", "it is a timid reform"), with no figure.',
  examples: {
    hit: ['The response was swift and decisive.', 'When the depot opened in 2019, the mood in the village was calm.', 'For all the noise, it is a timid reform.'],
    miss: ['The warehouse is 40 metres tall.', 'It is a new warehouse.', 'Ann Cole is a retired teacher.', 'There is no legal precedent for the warehouse.'],
  },
  test(ctx) {
    if (clauseAnchored(ctx)) return undefined;
    const at = ctx.clause.verb;
    const verb = ctx.tokens[at];
    if (!verb || verb.lemma !== 'be' || verb.pos !== 'AUX') return undefined;
    let i = at + 1;
    while (ctx.tokens[i]?.pos === 'ADV' || ctx.tokens[i]?.pos === 'PART') i++;
    const predicate = ctx.tokens[i];
    if (predicate?.pos === 'ADJ' && i <= ctx.clause.coreLast) return [verb.value, predicate.value];
    // "it is a fair worry", "a timid reform": a noun judged by an adjective that carries a
    // judgement; "a retired teacher", "a British firm" only sort; "there is no legal
    // precedent" says what exists, not what it is like
    if (predicate?.pos !== 'DET' || ctx.tokens[at - 1]?.normal === 'there') return undefined;
    const adjective = ctx.tokens[i + 1];
    const noun = ctx.tokens[i + 2];
    if (adjective?.pos !== 'ADJ' || noun?.pos !== 'NOUN' || i + 2 > ctx.clause.coreLast) return undefined;
    const judging = ctx.cues.some((c) => c.first === i + 1 && judges(c.name)) || ctx.wordSentiment(i + 1) !== 0;
    return judging ? [verb.value, adjective.value, noun.value] : undefined;
  },
};
