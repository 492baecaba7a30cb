// Voices of many articles or chunks, merged exactly: each holder's counts add up.
import type { Voice, Voices } from '../types.js';

function mergeVoiceList(lists: readonly Voice[][]): Voice[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const v of list) counts.set(v.holder, (counts.get(v.holder) ?? 0) + v.count);
  // the order collectVoices gives: most frequent first, then by name
  return [...counts]
    .map(([holder, count]) => ({ holder, count }))
    .sort((a, b) => b.count - a.count || a.holder.localeCompare(b.holder));
}

/** Each side's holders with their counts added up. */
export function mergeVoices(all: readonly Voices[]): Voices {
  return { supporter: mergeVoiceList(all.map((v) => v.supporter)), critic: mergeVoiceList(all.map((v) => v.critic)) };
}
