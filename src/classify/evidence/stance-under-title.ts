import { otherVoice } from '../grammar.js';
import type { Evidence } from './evidence.js';
import { speakerLean } from './speaker-stance.js';

/**
 * A speaker's average stance read against the headline's frame: under "X attacks Y" a speaker
 * whose words lean for is most often Y's defender, under "X backs Y" one who leans against is
 * Y's critic. Neither alone says it; the pair does.
 */
export const stanceUnderTitle: Evidence = {
  id: 'stance-under-title',
  description: "The headline verb's kind paired with how the speaker's words lean (for, against or level).",
  examples: {
    hit: [{ title: 'Traders attack depot plan', text: 'Brixo opened a warehouse. Ann Cole said the site was excellent and welcome.', central: 'Brixo' }],
    miss: [{ title: 'Traders attack depot plan', text: 'Brixo opened a warehouse in May.', central: 'Brixo' }],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central' || !otherVoice(ctx) || ctx.central.titleVerb === 'none') return undefined;
    return { value: `${ctx.central.titleVerb}-${speakerLean(speaker.stance)}`, words: [speaker.name] };
  },
};
