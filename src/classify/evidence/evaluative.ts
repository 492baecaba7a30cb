import { cueWords } from '../context.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: the writer's own evaluation, interpretation or framing is a claim. */
export const evaluative: Evidence = {
  id: 'evaluative',
  description: 'A word of judgement in the main clause ("undoubtedly", "a testament to", "really about").',
  examples: {
    hit: ['The reforms have clearly changed the town.', 'The reforms have undeniably changed the town.', 'The dispute is really about who controls the land.'],
    miss: ['The reforms changed the town in 2019.'],
  },
  test: (ctx) => cueWords(ctx, 'evaluative', ctx.clause.first, ctx.clause.coreLast),
};
