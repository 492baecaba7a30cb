import { pollShare } from '../voice.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: facts are checkable; what a share of those polled answered is the poll's finding, not a speaker's view. */
export const pollShareFinding: Evidence = {
  id: 'poll-share',
  description: 'A share of those a survey asked answers in the main clause ("32% said", "one in four think", "three-quarters said").',
  examples: {
    hit: [
      'Forty-three per cent thought the minister had done a good job and 17% disagreed.',
      'One in four said he should be back in the cabinet within a year.',
      'Almost a quarter (21%) of those polled for the newspaper said he should return.',
      'Three-quarters said the council was right to go to court.',
    ],
    miss: [
      'A majority of councillors said they would back the plan.',
      'About 40% of homes were flooded, officials said.',
      'Ann Cole, who won 52% of the vote, said the result was a mandate.',
    ],
  },
  test: (ctx) => pollShare(ctx.tokens, ctx.cues, ctx.clause),
};
