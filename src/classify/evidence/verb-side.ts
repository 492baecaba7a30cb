import { otherVoice, voiceWords } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** A reporting verb that leans ("warned", "welcomed"), or the reported clause's own verb ("said it opposed"). */
export const verbSide: Evidence = {
  id: 'verb-side',
  description: 'The holder speaks with a verb that takes a side ("experts warn ...", "officials welcomed ...").',
  examples: {
    hit: ['Economists warned that prices would rise.', 'Business leaders welcomed the decision.', 'Local traders hit out at the plan on Friday.', 'Several economists have extolled the plan.', 'The college said it opposed the plan.', 'Local traders have all spoken out against the plan.', 'The union leader went on to accuse the firm of greed.', 'Members of the scrutiny committee have come out in support of the plan.'],
    miss: ['Economists said that prices would rise.', 'Brixo welcomed the decision.'],
  },
  test: (ctx) => (otherVoice(ctx) && ctx.voice?.verbSide ? { value: ctx.voice.verbSide, words: voiceWords(ctx) } : undefined),
};
