import { wordsOf } from '../context.js';
import { isPastForm } from '../grammar.js';
import { negators } from '../lexicons/clauses.js';
import { roleOf, sideOf } from '../lexicons/index.js';
import { attackLemmas } from '../lexicons/verbs.js';
import type { Evidence } from './evidence.js';

/** How far before a mood word its negation may stand ("not everyone is celebrating"). */
const NEGATION_REACH = 4;

/**
 * LABELS.md: an unattributed public mood aimed at the central subject voices that side. A
 * pleased mood denied ("not everyone is pleased", "others are less enthusiastic") is against.
 * So is an attack in words heard in the passive with no one named for it ("Blunkett has been
 * accused of ...", "the plans were condemned"), at whomever it is aimed.
 */
export const mood: Evidence = {
  id: 'mood',
  description: 'Someone other than the central actor or the writer is pleased or angry in the main clause ("residents are delighted", "there is anger over ...").',
  examples: {
    hit: ['Blunkett has been accused of using the politics of confusion.', 'The plans were widely condemned as unfair.', 'Local shopkeepers are angry about the plans.', 'Residents are delighted with the new jobs.', 'Not all shopkeepers are pleased with the warehouse.', 'Local residents are less enthusiastic.', 'Other residents are reassured by the warehouse.', 'Property owners were opposed to the warehouse.', 'There were fears that the lorries would block the road.'],
    miss: ['Brixo is delighted with the new site.', 'Local shopkeepers opened early.', 'The appeal was rejected on Monday.', 'Ann Cole has criticised the plans.'],
  },
  test(ctx) {
    if (ctx.quoted) return undefined;
    const { first, coreLast } = ctx.clause;
    if (!ctx.voice) {
      for (let i = first + 1; i <= coreLast; i++) {
        const t = ctx.tokens[i]!;
        if (!attackLemmas.has(t.lemma) || !isPastForm(t)) continue;
        let k = i - 1;
        while (k > first && ctx.tokens[k]!.pos === 'ADV') k--;
        if (ctx.tokens[k]!.lemma === 'be') return { value: 'against', words: [wordsOf(ctx, k, i)] };
      }
    }
    if (ctx.holderIsCentral || ctx.subjectIsCentral) return undefined;
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
