import type { Evidence } from './evidence.js';

/**
 * LABELS.md: whoever made a thing, defends it or answers for it is the central actor. A
 * speaker who defends the story's thing ("defended the decision") is that actor whoever the
 * finder took for it, so their views are claims; defending a person ("defended Sessions") backs
 * them and is a side's view. One who answers for it from the office that decides, where the
 * actor found never speaks, is that actor too (the register's `defends`).
 */
export const speakerDefends: Evidence = {
  id: 'speaker-defends',
  description: 'The speaker defends the story\'s thing ("defended the decision"), or answers for it from the office that decides: the actor.',
  examples: {
    hit: [
      { text: 'Parents are angry about the new bus route. Dan Ray, a district official, defended the decision. Ray said the old route was too costly.', central: 'Brixo' },
      {
        text: 'Taxi services to be streamlined as planned\n\nDrivers staged a protest on Monday. The new rules will take effect in May, Transport Minister Ann Cole said. Cole said drivers had been consulted. "We will not negotiate on this," she said.',
      },
    ],
    miss: [
      { text: 'Ann Cole defended Sessions in a statement.', central: 'Brixo' },
      { text: 'The regulator defended its ruling.', central: 'Brixo' },
      { text: 'Taxi services to be streamlined as planned\n\nDrivers staged a protest on Monday. The new rules will hurt drivers, union official Ann Cole said. Cole said drivers had not been consulted. "We will not accept this," she said.' },
    ],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central' || !speaker.defends) return undefined;
    return [speaker.name];
  },
};
