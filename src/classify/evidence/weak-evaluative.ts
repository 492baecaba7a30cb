import { cueWords } from '../context.js';
import { anchors } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: "undoubtedly symbolic milestones" judge; a date or figure makes the sentence checkable. */
export const weakEvaluative: Evidence = {
  id: 'weak-evaluative',
  description: 'An evaluative word ("significant", "key") with no date or figure to anchor the sentence.',
  examples: {
    hit: ['The warehouse is a significant step for the town.'],
    miss: ['The warehouse is a significant step for the town, adding 200 jobs.'],
  },
  test: (ctx) => (anchors(ctx) ? undefined : cueWords(ctx, 'weak-evaluative', ctx.clause.first, ctx.clause.coreLast)),
};
