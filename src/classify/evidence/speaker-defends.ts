import type { Evidence } from './evidence.js';

/**
 * LABELS.md: whoever made a thing, defends it or answers for it is the central actor. A
 * speaker who defends the story's thing ("defended the decision") is that actor whoever the
 * finder took for it, so their views are claims; defending a person ("defended Sessions") backs
 * them and is a side's view.
 */
export const speakerDefends: Evidence = {
  id: 'speaker-defends',
  description: 'The speaker defends the story\'s thing ("defended the decision"): the actor who answers for it.',
  examples: {
    hit: [{ text: 'Parents are angry about the new bus route. Dan Ray, a district official, defended the decision. Ray said the old route was too costly.', central: 'Brixo' }],
    miss: [{ text: 'Ann Cole defended Sessions in a statement.', central: 'Brixo' }, { text: 'The regulator defended its ruling.', central: 'Brixo' }],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central' || !speaker.defends) return undefined;
    return [speaker.name];
  },
};
