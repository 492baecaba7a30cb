import { cueWords } from '../context.js';
import { hedgedBeyond, QUOTE_MARKS, reachEnd, willAct } from '../grammar.js';
import { forecastLemmas } from '../lexicons/verbs.js';
import type { Evidence } from './evidence.js';

/**
 * How many words of a reported clause, asides between commas not counted, may stand before
 * its "will"/"would": a subject and its verb group, not a second clause.
 */
const MEASURE_REACH = 6;
/** What a reported clause's subject may be made of before its verb group. */
const SUBJECT_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'PART']);

/** LABELS.md: the central actor's concrete announced measures are facts; what it could or may do is a claim. */
export const centralMeasure: Evidence = {
  id: 'central-measure',
  description: 'The central actor, or one who defends its thing, announces what it will do, without a hedge ("the government would go ahead with the changes").',
  examples: {
    hit: [
      'Brixo said it would hire 200 drivers.',
      'Brixo said the fees would be levied from June.',
      'Brixo said the fees would be levied from May.',
      'Brixo said the new fee, set at about 5 pounds a day for every lorry that uses the lane, would fund road repairs.',
      'Brixo said 40 drivers and two managers would be hired at the site.',
      'Brixo said the duty would be frozen this year.',
      'Brixo said the depot would close in June.',
      'Brixo said it would also hire 200 drivers.',
      { text: 'Parents are angry about the new bus route. Dan Ray, a district official, defended the decision. Ray said the route would be reviewed in June.', central: 'Brixo' },
      'Brixo said public hearings would now be held in every town.',
      'Brixo will close its depot in June with the loss of 40 jobs, the company said on Tuesday.',
    ],
    miss: ['Brixo said the warehouse could bring prosperity to the region.', 'Brixo estimates the site would add 300 jobs.', 'Brixo said the warehouse would give the town "a future worth having".'],
  },
  test(ctx) {
    // announced by the actor, or by one who defends its thing: the actor whoever the finder took
    // for it (speaker-defends)
    const actor = ctx.holderIsCentral || ctx.speaker?.defends === true;
    if (!actor || ctx.quoted || !ctx.voice) return undefined;
    const [from, to] = ctx.voice.view;
    // "officers estimate it would raise £6.8m": a forecast, however firm its "would"
    if (forecastLemmas.has(ctx.tokens[ctx.voice.verbIndex]?.lemma ?? '')) return undefined;
    // "said the measure would give 'breathing room'": words of its own choosing make it a view
    if (ctx.tokens.slice(from, to + 1).some((t) => QUOTE_MARKS.has(t.value))) return undefined;
    // a long subject is still one noun phrase ("12 extra midwives and two consultants would be recruited")
    let subjectEnd = ctx.tokens[from]?.normal === 'that' ? from + 1 : from;
    while (subjectEnd <= to && SUBJECT_POS.has(ctx.tokens[subjectEnd]!.pos)) subjectEnd++;
    const at = willAct(ctx, from, Math.min(to, Math.max(reachEnd(ctx, from, to, MEASURE_REACH), subjectEnd + 1)));
    if (at < 0 || hedgedBeyond(ctx, from, to, at) || cueWords(ctx, 'evaluative', from, to)) return undefined;
    return ctx.tokens.slice(at, at + 2).map((t) => t.value);
  },
};
