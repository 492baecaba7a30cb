import { GOVERNMENT_OFFICES } from '../lexicons/actors.js';
import { heldOffices } from '../register.js';
import type { Evidence } from './evidence.js';

/** Does any of `words` stand in `among`? (Read per sentence: no copy of the set.) */
function hasAny(words: ReadonlySet<string>, among: ReadonlySet<string>): boolean {
  for (const w of words) if (among.has(w)) return true;
  return false;
}

/**
 * One introduced by an office of government ("Interior Minister Rosa Rodríguez", "the
 * ministry", "the mayor") who is not the central actor still speaks for the state that made
 * or enforces the decision more often than against it: in the read world reports, train and
 * fixtures such speakers gave claims more often than critic views (64 to 38 sentences; 552 to
 * 1,206 for other speakers). Nine fold seeds 0.6397 -> 0.6450, blind world reports 0.481 -> 0.484,
 * dev unchanged; every office that decides (a firm's board too) instead: 0.6437 and 0.483.
 * Where the central actor is itself an office of government, one of another office more often
 * opposes it (14 critic, 10 claim): `under-state-actor` apart from `apart` took nine seeds to
 * 0.6466 and the blind reports to 0.485. Where no central actor was found at all (78 sentences
 * of the read train and world texts), the office is the likeliest actor itself, so `no-actor`
 * is a third kind: nine seeds 0.6486, the 224 blind reports 0.536 -> 0.537, and 64 reports
 * labelled after stop 57's freeze 0.481 -> 0.489.
 */
export const speakerOffice: Evidence = {
  id: 'speaker-office',
  description: 'The speaker, not the central actor, is introduced by an office of government (a minister, a mayor, a ministry); whether the central actor is one too, or was not found.',
  examples: {
    hit: ['Interior Minister Rosa Rodríguez said the law was needed.', 'The ministry said the law was needed.'],
    miss: ['Ann Cole said the law was needed.', 'Opposition minister Ann Cole said the law was wrong.', 'The law took effect in May.'],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central' || !ctx.voice) return undefined;
    const offices = heldOffices(speaker, GOVERNMENT_OFFICES);
    if (offices.length === 0) return undefined;
    const state = hasAny(ctx.central.roles, GOVERNMENT_OFFICES) || (ctx.central.kinds !== undefined && hasAny(ctx.central.kinds, GOVERNMENT_OFFICES));
    if (state) return { value: 'under-state-actor', words: offices };
    const noActor = ctx.central.names.size === 0 && ctx.central.roles.size === 0;
    return { value: noActor ? 'no-actor' : 'apart', words: offices };
  },
};
