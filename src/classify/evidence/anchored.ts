import { anchors } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: a checkable event, action, figure or date is a fact. */
export const anchored: Evidence = {
  id: 'anchored',
  description: 'A date or figure that can be checked.',
  examples: {
    hit: ['The board visited the plant in Leeds in March 2021, underlining its new focus.'],
    miss: ['The company opened more factories in Wales.'],
  },
  test: anchors,
};
