import { cueWords } from '../context.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: "drawn both praise and criticism" names both sides and hears neither: a claim. */
export const bothSides: Evidence = {
  id: 'both-sides',
  description: 'Both sides, or a divided field, are named but neither is heard ("drawn both praise and criticism").',
  examples: {
    hit: ['The scheme has supporters and critics in every party.', 'Economists are divided on what the warehouse means for wages.'],
    miss: ['Critics argue that the plan will hurt small firms.'],
  },
  test: (ctx) => cueWords(ctx, 'both-sides'),
};
