import { wordsOf } from '../context.js';
import { roleOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: a concessive clause sets a voice aside and the main clause answers it. */
export const answersConcession: Evidence = {
  id: 'answers-concession',
  description: 'A voice is set aside in a concessive clause ("While critics say ..., ..."), and no figure can be checked.',
  examples: {
    hit: ['While critics say the site is too big, the warehouse gives the town a future.'],
    miss: [
      'Although residents objected, the council approved the site by 7 votes to 2.',
      'The warehouse gives the town a future.',
      'While some consider the site unsightly, others argue it opens a door to new jobs.',
      'The estate was approved on Monday despite objections from residents.',
    ],
  },
  test(ctx) {
    const range = ctx.clause.concessive;
    // "While some consider it unorthodox, others argue ...": a voice answers, not the writer
    if (!range || ctx.voice || ctx.tokens.some((t) => t.pos === 'NUM')) return undefined;
    // "The estate was approved despite objections from residents": a concession after the main
    // clause qualifies a reported act; only one set aside first is answered by what follows
    if (range[0] > ctx.clause.first) return undefined;
    const words = ctx.cues
      .filter((c) => (roleOf(c.name) === 'holder' || roleOf(c.name) === 'reporting-verb') && c.first >= range[0] && c.last <= range[1])
      .map((c) => wordsOf(ctx, c.first, c.last));
    return words.length > 0 ? words : undefined;
  },
};
