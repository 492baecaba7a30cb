import { cueWords } from '../context.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: a main clause about a view, not an event, is a claim. */
export const opinionNoun: Evidence = {
  id: 'opinion-noun',
  description: 'The main clause is about a view, not an event ("belief", "perspective", "concerns").',
  examples: {
    hit: ['Concerns about the site have grown.'],
    miss: ['The site has grown.'],
  },
  test: (ctx) => cueWords(ctx, 'opinion-noun', ctx.clause.first, ctx.clause.coreLast),
};
