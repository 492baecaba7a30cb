import type { Evidence } from './evidence.js';

/**
 * A speaker put on a side by a description anywhere in the article: a side word as their
 * holder ("critics"), an aside ("Ann Cole, a critic of the plan"), or the title ("Farmers oppose ...").
 */
export const speakerDescribed: Evidence = {
  id: 'speaker-described',
  description: 'The article describes the speaker as on a side, wherever it introduces them.',
  examples: {
    hit: [{ text: 'Brixo opened a warehouse. Ann Cole, a critic of the plan, spoke on Monday. Cole said the site was too big.', central: 'Brixo' }],
    miss: ['Ann Cole said the site was too big.'],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central' || !speaker.described) return undefined;
    return { value: speaker.described === 'supporter' ? 'for' : 'against', words: [speaker.name] };
  },
};
