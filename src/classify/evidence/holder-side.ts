import { otherVoice, voiceWords } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: "The side comes from the holder" (critics, proponents, opponents ...). */
export const holderSide: Evidence = {
  id: 'holder-side',
  description: 'The holder of the view is named by a side ("critics argue ...", "proponents say ...").',
  examples: {
    hit: ['Critics argue that the plan will hurt small firms.', 'Proponents say the plan is overdue.', 'Nevertheless, doubters fear that the scheme will stall.'],
    miss: ['While critics point out its cost, the plan was approved by 300 votes to 200.', 'Economists warned that prices would rise.'],
  },
  test: (ctx) => (otherVoice(ctx) && ctx.voice?.holderSide ? { value: ctx.voice.holderSide, words: voiceWords(ctx) } : undefined),
};
