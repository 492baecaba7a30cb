import { clauseAnchored } from '../grammar.js';
import { interpretiveSubjects } from '../lexicons/claims.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: the writer's interpretation ("their efforts have not been in vain") is a claim. */
export const interpretiveSubject: Evidence = {
  id: 'interpretive-subject',
  description: 'The main clause is about an abstract reading of events ("the reaction was ...", "their efforts have ..."), with no figure.',
  examples: {
    hit: ['So far, the reaction to the depot has surprised its neighbours.'],
    miss: ['The reaction to the depot came within 2 hours.', 'The lorries to the depot have damaged the lane.'],
  },
  test(ctx) {
    if (clauseAnchored(ctx)) return undefined;
    const { first, verb } = ctx.clause;
    if (verb <= first) return undefined;
    let head = -1;
    // the head is the last noun before the verb or a preposition ("the reaction to ..."); a
    // leading adverbial ("So far, ...") ends at its comma and is not the subject
    for (let i = first; i < verb; i++) {
      const t = ctx.tokens[i]!;
      if (t.value === ',') head = -1;
      else if (t.pos === 'ADP' && head >= 0) break;
      else if (t.pos === 'NOUN') head = i;
    }
    const noun = ctx.tokens[head];
    return noun && interpretiveSubjects.has(noun.lemma) ? [noun.value] : undefined;
  },
};
