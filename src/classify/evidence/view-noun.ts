import { wordsOf } from '../context.js';
import { roleOf, sideOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/**
 * LABELS.md: a side's view heard in the main clause gives the sentence that side, even when no
 * one is quoted ("the plans have faced stiff opposition from campaigners"). The central actor's
 * own words about its critics stay its claims.
 */
export const viewNoun: Evidence = {
  id: 'view-noun',
  description: 'The main clause names a side\'s view: "criticism", "objections", "misgivings", "approval", "support for".',
  examples: {
    hit: ['The plans have faced stiff opposition from campaigners.', 'Misgivings remain about the new network.', 'The idea had won the approval of the public.', 'The federation has issued a damning critique of the changes.'],
    miss: ['The plans were published on Monday.', { text: 'Brixo opened a warehouse. Brixo said the criticism was unfair.', central: 'Brixo' }],
  },
  test(ctx) {
    if (ctx.holderIsCentral) return undefined;
    const { first, coreLast } = ctx.clause;
    const cue = ctx.cues.find((c) => c.first >= first && c.last <= coreLast && roleOf(c.name) === 'view-noun');
    if (!cue) return undefined;
    return { value: sideOf(cue.name) === 'supporter' ? 'for' : 'against', words: [wordsOf(ctx, cue.first, cue.last)] };
  },
};
