import { wordsOf } from '../context.js';
import { roleOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: a side's view heard inside a sentence gives it that side; an allegation heard is a critic's. */
export const allegationHeard: Evidence = {
  id: 'allegation-heard',
  description: 'An allegation, accusation or lawsuit whose content is heard ("accusations that it ignored ...").',
  examples: {
    hit: ['Sales have slowed since accusations that the firm ignored safety checks.', 'The chain now faces three complaints alleging it misled shoppers.'],
    miss: ['A court will hear the accusations in March.'],
  },
  test(ctx) {
    if (ctx.holderIsCentral) return undefined;
    for (const cue of ctx.cues) {
      if (roleOf(cue.name) !== 'allegation') continue;
      const next = ctx.tokens[cue.last + 1];
      const content =
        (next && (next.normal === 'that' || next.pos === 'PRON')) ||
        ctx.cues.some((c) => roleOf(c.name) === 'reporting-verb' && c.name !== 'supporter-verb' && c.first > cue.last && c.first <= cue.last + 4);
      if (content) return [wordsOf(ctx, cue.first, cue.last)];
    }
    return undefined;
  },
};
