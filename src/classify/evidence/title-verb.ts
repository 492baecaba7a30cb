import { otherVoice } from '../grammar.js';
import type { Evidence } from './evidence.js';

/**
 * LABELS.md, "Which subject is central": what the headline does sets the story's frame. Under
 * "X attacks Y" the voices heard are mostly X's side; under "X defends Y", Y's critics.
 */
export const titleVerb: Evidence = {
  id: 'title-verb',
  description: "What the title's verb does (attacks, backs, defends, says), for a sentence that hears a voice other than the central actor's.",
  examples: {
    hit: [{ title: 'Traders attack depot plan', text: 'Brixo opened a warehouse. Ann Cole said the site was too big.', central: 'Brixo' }],
    miss: [{ title: 'Traders attack depot plan', text: 'Brixo opened a warehouse in May.', central: 'Brixo' }],
  },
  test: (ctx) => (otherVoice(ctx) && ctx.central.titleVerb !== 'none' ? { value: ctx.central.titleVerb, words: [] } : undefined),
};
