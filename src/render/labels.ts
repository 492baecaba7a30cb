import type { CentralReport, Label, Reason, Summary } from '../types.js';

/** What people read; the data says fact | claim | supporter | critic. */
export const DISPLAY_NAMES: Record<Label, string> = {
  fact: 'Fact',
  claim: 'Claim',
  supporter: 'Supporter view',
  critic: 'Critic view',
};

/** Each label in a line, for a reader without docs/labels.md at hand (the HTML report). */
export const MEANINGS: Record<Label, string> = {
  supporter: "a view in favour of the article's central subject, held by someone other than the writer and the central actor",
  critic: 'the same, against the central subject',
  claim: "the writer's own judgement, a forecast or hedge, the central actor's own word, or a view that takes no side",
  fact: 'a checkable event, action, figure or date, stated without judgement',
};

/** Balance and lean in words: "even: 3 supporter vs 3 critic sentences". */
export function describeBalance(summary: Summary): string {
  const s = summary.counts.supporter;
  const c = summary.counts.critic;
  if (s + c === 0) return 'no side is heard: 0 supporter and 0 critic sentences';
  const verdict = s === c ? 'even' : s > c ? 'supporter-leaning' : 'critic-leaning';
  const balance = summary.balance?.toFixed(2) ?? 'n/a';
  const lean = summary.lean === null ? 'n/a' : `${summary.lean > 0 ? '+' : ''}${summary.lean.toFixed(2)}`;
  return `${verdict}: ${s} supporter vs ${c} critic sentences (balance ${balance}, lean ${lean})`;
}

/** One piece of evidence as a reader sees it: its id, its weight toward the label, the words that fired it. */
export function reasonText(r: Reason): string {
  const weight = `${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)}`;
  return r.words.length ? `${r.evidence} ${weight} (${r.words.join(', ')})` : `${r.evidence} ${weight}`;
}

const SOURCES: Record<NonNullable<CentralReport['source']>, string> = { given: 'as given', title: 'from the title', lede: 'from the lede', body: 'from the text' };

/** What the sides are measured against, in words: "About: Yukos accused of lying to court; central actor Yukos (from the title)". */
export function describeCentral(central: CentralReport): string {
  if (!central.name && !central.actor) return 'no central subject found: sides are read from the speakers\' own words';
  const about = central.name ?? central.actor!;
  const actor = central.actor && central.actor !== about ? `; central actor ${central.actor}` : '';
  return `${about}${actor}${central.source ? ` (${SOURCES[central.source]})` : ''}`;
}
