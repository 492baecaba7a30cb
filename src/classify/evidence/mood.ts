import { wordsOf } from '../context.js';
import { negators } from '../lexicons/clauses.js';
import { roleOf, sideOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/** How far before a mood word its negation may stand ("not everyone is celebrating"). */
const NEGATION_REACH = 4;

/**
 * LABELS.md: an unattributed public mood aimed at the central subject voices that side. A
 * pleased mood denied ("not everyone is pleased", "others are less enthusiastic") is against.
 */
export const mood: Evidence = {
  id: 'mood',
  description: 'Someone other than the central actor or the writer is pleased or angry in the main clause ("residents are delighted", "there is anger over ...").',
  examples: {
    hit: ['Local shopkeepers are angry about the plans.', 'Residents are delighted with the new jobs.', 'Not all shopkeepers are pleased with the warehouse.', 'Local residents are less enthusiastic.', 'Other residents are reassured by the warehouse.', 'Property owners were opposed to the warehouse.', 'There were fears that the lorries would block the road.'],
    miss: ['Brixo is delighted with the new site.', 'Local shopkeepers opened early.'],
  },
  test(ctx) {
    if (ctx.holderIsCentral || ctx.subjectIsCentral || ctx.quoted) return undefined;
    const { first, coreLast } = ctx.clause;
    for (const cue of ctx.cues) {
      if (cue.first < first || cue.last > coreLast || roleOf(cue.name) !== 'mood') continue;
      const negated = ctx.tokens.slice(Math.max(0, cue.first - NEGATION_REACH), cue.first).some((t) => negators.has(t.normal));
      const pleased = sideOf(cue.name) === 'supporter';
      // an anger denied ("not angry") says nothing either way
      if (!pleased && negated) continue;
      return { value: pleased && !negated ? 'for' : 'against', words: [wordsOf(ctx, cue.first, cue.last)] };
    }
    return undefined;
  },
};
