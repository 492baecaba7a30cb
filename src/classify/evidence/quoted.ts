import type { Evidence } from './evidence.js';

/** LABELS.md: a sentence that quotes a named person directly takes the side of that person's view. */
export const quoted: Evidence = {
  id: 'quoted',
  description: 'The sentence is a direct quotation, attributed here or in a neighbouring sentence.',
  examples: {
    hit: ['"The site is safe," said Ann Cole.', { text: 'Brixo opened a warehouse. "We are proud of it," said Ann Cole. "It will last."', central: 'Brixo' }],
    miss: ['Ann Cole said the site was safe.'],
  },
  test: (ctx) => (ctx.quoted ? [ctx.speaker?.name ?? ''].filter(Boolean) : undefined),
};
