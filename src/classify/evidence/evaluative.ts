import { cueWords, type SentenceContext } from '../context.js';
import { verdictNouns, verdictVerbs } from '../lexicons/claims.js';
import type { Evidence } from './evidence.js';

/** How far after the main verb the verdict's noun may stand ("deals a potential death blow to"). */
const VERDICT_REACH = 5;

/**
 * The writer's verdict on an event in the main clause ("is a major victory for", "deals another
 * blow to"): the main verb, then a verdict noun before a preposition. Only in the writer's own
 * sentence: a speaker's "this is a win for fans" is that speaker's view.
 */
function verdict(ctx: SentenceContext): string[] | undefined {
  if (ctx.voice || ctx.quoted) return undefined;
  const { first, coreLast } = ctx.clause;
  for (let i = first; i <= coreLast; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos !== 'NOUN' || !verdictNouns.has(t.lemma) || ctx.tokens[i + 1]?.pos !== 'ADP') continue;
    // back over the noun's modifiers to the verb ("deals a potential death blow"); the tagger
    // often reads "deals" or "mark" as a noun, so the verb is known by its lemma
    for (let k = i - 1; k >= Math.max(first, i - VERDICT_REACH); k--) {
      const before = ctx.tokens[k]!;
      if (verdictVerbs.has(before.lemma) && ['VERB', 'AUX', 'NOUN'].includes(before.pos)) return [before.value, t.value, ctx.tokens[i + 1]!.value];
      if (!['DET', 'ADJ', 'ADV', 'NOUN', 'NUM'].includes(before.pos)) break;
    }
  }
  return undefined;
}

/** LABELS.md: the writer's own evaluation, interpretation or framing is a claim. */
export const evaluative: Evidence = {
  id: 'evaluative',
  description: 'A word of judgement in the main clause ("undoubtedly", "a testament to", "really about"), or the writer\'s verdict on an event ("is a major victory for").',
  examples: {
    hit: [
      'The reforms have clearly changed the town.',
      'The reforms have undeniably changed the town.',
      'The dispute is really about who controls the land.',
      'The ruling is a major victory for the residents.',
      'The ruling dealt another blow to the mayor.',
    ],
    miss: ['The reforms changed the town in 2019.', '"This is a victory for the residents," said Ann Cole.', 'The council won a victory in the courts.'],
  },
  test: (ctx) => cueWords(ctx, 'evaluative', ctx.clause.first, ctx.clause.coreLast) ?? verdict(ctx),
};
