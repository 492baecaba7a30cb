import { voiceWords } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: what the central actor believes, asserts or praises is a claim, not a side's view. */
export const centralVoice: Evidence = {
  id: 'central-voice',
  description: "The view is the central actor's own, or its spokesperson's.",
  examples: {
    hit: [{ text: 'Smith unveiled the plan on Monday. Smith has often criticized his rivals for their record.', central: 'Smith' }, 'A Brixo spokesman said the site was safe.'],
    miss: ['Critics argue that the plan will hurt small firms.'],
  },
  test: (ctx) => (ctx.voice && ctx.holderIsCentral ? voiceWords(ctx) : undefined),
};
