import type { Evidence } from './evidence.js';

/** A speaker who warned or welcomed anywhere carries that lean into all their words. */
export const speakerVerbs: Evidence = {
  id: 'speaker-verbs',
  description: 'The speaker used a verb that takes a side ("warned", "welcomed") somewhere in the article.',
  examples: {
    hit: [{ text: 'Brixo opened a warehouse. Ann Cole warned that traffic would rise. Cole said the lane was too narrow.', central: 'Brixo' }],
    miss: ['Ann Cole said the lane was too narrow.'],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central') return undefined;
    const { supporter, critic } = speaker.verbs;
    if (supporter === critic) return undefined;
    return { value: supporter > critic ? 'for' : 'against', words: [speaker.name] };
  },
};
