import { wordsOf, type SentenceContext } from '../context.js';
import { isPastForm } from '../grammar.js';
import { reportsNothing, writesSomething } from '../voice.js';
import { forecastLemmas } from '../lexicons/verbs.js';
import { roleOf, sideOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/** Before a reporting verb's word, these make it a noun: "the claim that", "industrial states that". */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/**
 * A reporting verb's word that reports no one's view here: a participle describing a noun
 * ("a centrally maintained list"), or "agree" to an act or a deal ("has agreed to merge",
 * "agreed a pay deal"), an action (LABELS.md), unless it agrees that something is so.
 */
function framesNothing(tokens: SentenceContext['tokens'], verb: number): boolean {
  const t = tokens[verb]!;
  const next = tokens[verb + 1];
  if (next?.pos === 'NOUN' && ['ADV', 'ADJ', 'DET'].includes(tokens[verb - 1]?.pos ?? '')) return true;
  return t.lemma === 'agree' && next?.normal !== 'that' && next?.normal !== 'with';
}

/** LABELS.md: "highlights the significance of" is the writer's framing, a claim. */
export const framing: Evidence = {
  id: 'framing',
  description: 'The main clause says what something means ("reflects", "underscores"), or its main verb reports a view without taking a side ("said", "suggested"), whoever holds it.',
  examples: {
    hit: [
      'The decision reflects a broader shift in policy.',
      { text: 'The state capped inhaler costs on Monday. The budget office projects that the cap will cost $90 million a year.', central: 'state' },
      { text: 'The state capped inhaler costs on Monday. Her department estimates that 4.1 million patients will save $480 a year.', central: 'state' },
    ],
    miss: [
      'Around 80 firefighters were called to the warehouse on Tuesday evening.',
      'Ann Cole writes a weekly column on shopping.',
      'The increase will add about £96 a year to a typical household bill.',
      'Rosneft has agreed to merge with Gazprom.',
      'There will be no centrally maintained list.',
      'They included industrial states that had voted Democratic.',
      'His attorney did not respond to requests for comment.',
      'The last 12 months have seen a dramatic growth in threats.',
      'In some cases spyware was being written that searched for rival programs.',
      'The families are represented by Ann Cole of Cole & Reyes.',
    ],
  },
  test(ctx) {
    const { first, coreLast, verb } = ctx.clause;
    // "They are represented by Matthew Cave": a framing verb in the passive is done to its subject
    const passiveAt = (i: number): boolean => (ctx.tokens[i - 1]?.lemma === 'be' || ctx.tokens[i - 1]?.normal === 'being') && isPastForm(ctx.tokens[i]);
    const framed = ctx.cues.filter((c) => c.name === 'framing-verb' && c.first >= first && c.last <= coreLast && !passiveAt(c.first));
    if (framed.length > 0) return framed.map((c) => wordsOf(ctx, c.first, c.last));
    if (verb >= 0 && writesSomething(ctx.tokens, verb)) return undefined;
    // "80 firefighters were called to the fire": a passive reports no one's words ("is expected
    // to" still forecasts)
    // (the tagger leaves "being" as its own lemma: "was being written")
    const passive = verb >= 0 && passiveAt(verb);
    if (passive && !forecastLemmas.has(ctx.tokens[verb]!.lemma)) return undefined;
    const neutralReport = (name: string): boolean => roleOf(name) === 'reporting-verb' && sideOf(name) === null;
    const reporting = ctx.cues.find((c) => c.first === verb && c.last === verb && neutralReport(c.name));
    if (reporting && !framesNothing(ctx.tokens, verb) && !reportsNothing(ctx.tokens, reporting, ctx.clause)) return [ctx.tokens[verb]!.value];
    // a reporting verb the tagger read as a noun, known by the "that" it takes ("her department
    // estimates that ..."); after a determiner it is a noun ("the claim that ...")
    const noun = ctx.cues.find(
      (c) => neutralReport(c.name) && c.first >= first && c.last <= coreLast && ctx.tokens[c.last + 1]?.normal === 'that' && !NOUN_BEFORE.has(ctx.tokens[c.first - 1]?.pos ?? ''),
    );
    return noun ? ctx.tokens.slice(noun.first, noun.last + 1).map((t) => t.value) : undefined;
  },
};
