import { QUOTE_MARKS } from '../grammar.js';
import { EVENT_SOURCES } from '../lexicons/actors.js';
import { judges } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

const PLAIN_REPORT_LEMMAS = new Set(['say', 'add', 'tell', 'state']);

/** LABELS.md: a checkable event is a fact, also when an institution is its source. */
export const sourcedEvent: Evidence = {
  id: 'sourced-event',
  description: 'An institution plainly reports an event, with no judgement in it ("two men were arrested, police said").',
  examples: {
    hit: ['Two drivers were arrested outside the depot, police said.'],
    miss: ['Police said the closure of the lane was a terrible mistake.', 'A council spokesman said the depot "broke every rule it signed".'],
  },
  test(ctx) {
    const voice = ctx.voice;
    if (!voice || ctx.quoted || voice.verbSide || voice.holderSide || ctx.holderIsCentral) return undefined;
    const head = ctx.tokens[voice.holderTokens[1]];
    const verb = ctx.tokens[voice.verbIndex];
    if (!head || !verb || !EVENT_SOURCES.has(head.normal) || !PLAIN_REPORT_LEMMAS.has(verb.lemma)) return undefined;
    const [from, to] = voice.view;
    if (ctx.cues.some((c) => judges(c.name) && c.first >= from && c.last <= to)) return undefined;
    // an event has its own verb, in the writer's words: "police said it was a tragedy" has
    // only a copula, and a verb inside quotation marks is the source's own wording, a view
    let quoted = ctx.tokens.slice(0, from).filter((t) => QUOTE_MARKS.has(t.value)).length % 2 === 1;
    for (let i = from; i <= to; i++) {
      const t = ctx.tokens[i]!;
      if (QUOTE_MARKS.has(t.value)) quoted = !quoted;
      else if (!quoted && t.pos === 'VERB') return [voice.holder, voice.verb, t.value];
    }
    return undefined;
  },
};
