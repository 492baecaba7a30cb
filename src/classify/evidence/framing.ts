import { cueWords } from '../context.js';
import { isPastForm, writesSomething } from '../voice.js';
import { forecastLemmas } from '../lexicons/verbs.js';
import { roleOf, sideOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: "highlights the significance of" is the writer's framing, a claim. */
export const framing: Evidence = {
  id: 'framing',
  description: 'The main clause says what something means ("reflects", "underscores"), or its verb reports a view with no holder found.',
  examples: {
    hit: [
      'The decision reflects a broader shift in policy.',
      { text: 'The state capped inhaler costs on Monday. The budget office projects that the cap will cost $90 million a year.', central: 'state' },
      { text: 'The state capped inhaler costs on Monday. Her department estimates that 4.1 million patients will save $480 a year.', central: 'state' },
    ],
    miss: ['Around 80 firefighters were called to the warehouse on Tuesday evening.', 'Ann Cole writes a weekly column on shopping.', 'The increase will add about £96 a year to a typical household bill.'],
  },
  test(ctx) {
    const { first, coreLast, verb } = ctx.clause;
    const framed = cueWords(ctx, 'framing-verb', first, coreLast);
    if (framed) return framed;
    if (verb >= 0 && writesSomething(ctx.tokens, verb)) return undefined;
    // "80 firefighters were called to the fire": a passive reports no one's words ("is expected
    // to" still forecasts)
    const passive = verb >= 0 && ctx.tokens[verb - 1]?.lemma === 'be' && isPastForm(ctx.tokens[verb]);
    if (passive && !forecastLemmas.has(ctx.tokens[verb]!.lemma)) return undefined;
    const neutralReport = (name: string): boolean => roleOf(name) === 'reporting-verb' && sideOf(name) === null;
    const reporting = ctx.cues.find((c) => c.first === verb && c.last === verb && neutralReport(c.name));
    if (reporting) return [ctx.tokens[verb]!.value];
    // a reporting verb the tagger read as a noun, known by the "that" it takes ("her department
    // estimates that ..."); after a determiner it is a noun ("the claim that ...")
    const noun = ctx.cues.find(
      (c) => neutralReport(c.name) && c.first >= first && c.last <= coreLast && ctx.tokens[c.last + 1]?.normal === 'that' && ctx.tokens[c.first - 1]?.pos !== 'DET',
    );
    return noun ? ctx.tokens.slice(noun.first, noun.last + 1).map((t) => t.value) : undefined;
  },
};
