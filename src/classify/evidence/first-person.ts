import { firstPerson } from '../lexicons/clauses.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: the writer's own evaluation is a claim; a columnist's "I" outside quotes is the writer. */
export const firstPersonWriter: Evidence = {
  id: 'first-person',
  description: 'The writer speaks in the first person outside any quotation ("I have some sympathy for ...").',
  examples: {
    hit: ['I have some sympathy for the shop owners.'],
    miss: [
      '"I have some sympathy for the shop owners," said Ann Cole.',
      'Perez faces Keith Ellison, a favorite of Sen. Bernie Sanders (I-Vt.) and Sen. Angus King (I).',
    ],
  },
  test(ctx) {
    if (ctx.voice || ctx.quoted) return undefined;
    const self = ctx.tokens.find((t) => t.pos === 'PRON' && firstPerson.has(t.normal));
    return self ? [self.value] : undefined;
  },
};
