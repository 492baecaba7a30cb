import { voiceWords } from '../grammar.js';
import type { Evidence } from './evidence.js';
import { speakerLean } from './speaker-stance.js';

/**
 * How the central actor's own words lean, averaged over all its sentences, as speaker-stance
 * reads any other speaker. The actor's words are claims, but an "actor" whose words attack is
 * often not the actor at all: the finder took a side for it (on ../shared/train, 58% of the
 * sentences of an actor found in the body alone are a side's view). Cross-validated over nine
 * fold seeds, mean macro-F1 rose from 0.5742 to 0.5771, and on the train folds alone from
 * 0.5454 to 0.5556.
 */
export const centralLean: Evidence = {
  id: 'central-lean',
  description: "The central actor speaks: how its views lean, averaged over all its sentences (for, against, level).",
  examples: {
    hit: [
      { title: 'Brixo opens depot', text: 'Brixo opened a warehouse on Monday. Brixo said the site was safe.' },
      { title: 'Brixo defends depot', text: 'Brixo opened a warehouse on Monday. Brixo said the critics were wrong and dishonest.' },
    ],
    miss: ['Critics argue that the plan will hurt small firms.', 'Ann Cole said the move was unwise and wasteful.'],
  },
  test: (ctx) => (ctx.voice && ctx.holderIsCentral ? { value: speakerLean(ctx.speaker?.stance ?? 0), words: voiceWords(ctx) } : undefined),
};
