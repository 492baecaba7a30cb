import type { Evidence } from './evidence.js';

/**
 * LABELS.md: the central actor's own words are claims, a side's are its view, a neutral
 * holder's are claims. Who the speaker is: the central actor, an expert, a named person, or
 * a body or group.
 */
export const speakerRole: Evidence = {
  id: 'speaker-role',
  description: 'Who speaks: the central actor (or its people), an expert, a named person, or a body or group.',
  examples: {
    hit: ['A Brixo spokesman said the site was safe.', 'Ann Cole, an economist at Leeds University, said the site was safe.', 'Ann Cole said the site was safe.', 'The union said the site was unsafe.'],
    miss: ['The site opened in May.'],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || !ctx.voice) return undefined;
    const value = speaker.id === 'central' ? 'central' : speaker.expert ? 'expert' : speaker.person ? 'person' : 'body';
    return { value, words: [speaker.name] };
  },
};
