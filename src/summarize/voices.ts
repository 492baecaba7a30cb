// Voices of many articles or chunks, merged exactly: each holder's counts add up.
import type { Voice, Voices } from '../types.js';

/**
 * Names in the order a reader looks them up: case aside, by character, lower case first on a
 * tie. Not localeCompare: its first call loads ICU's collation data, 5 ms of a 160 ms start,
 * for lists of a few names.
 */
function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a === b ? 0 : a < b ? 1 : -1;
}

/** Holders with their counts, most frequent first, then by name. */
export function rankVoices(counts: ReadonlyMap<string, number>): Voice[] {
  return [...counts].map(([holder, count]) => ({ holder, count })).sort((a, b) => b.count - a.count || byName(a.holder, b.holder));
}

/**
 * Each side's holders with their counts, added up as voices come in and ranked only when asked:
 * merging ranked lists again for every chunk or article cost time in proportion to all the
 * holders so far, so a long input slowed down as it went.
 */
export class VoiceTally {
  private readonly supporter = new Map<string, number>();
  private readonly critic = new Map<string, number>();

  add(voices: Voices): void {
    for (const v of voices.supporter) this.supporter.set(v.holder, (this.supporter.get(v.holder) ?? 0) + v.count);
    for (const v of voices.critic) this.critic.set(v.holder, (this.critic.get(v.holder) ?? 0) + v.count);
  }

  ranked(): Voices {
    return { supporter: rankVoices(this.supporter), critic: rankVoices(this.critic) };
  }
}

/** Each side's holders with their counts added up. */
export function mergeVoices(all: readonly Voices[]): Voices {
  const tally = new VoiceTally();
  for (const voices of all) tally.add(voices);
  return tally.ranked();
}
