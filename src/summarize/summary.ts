import { LABELS, type Label, type Sentence, type Summary, type Voices } from '../types.js';
import { rankVoices } from './voices.js';

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Summary from label counts: shares, balance and lean as LABELS.md defines them. */
export function summaryFromCounts(counts: Record<Label, number>): Summary {
  const total = LABELS.reduce((n, l) => n + counts[l], 0);
  const shares = Object.fromEntries(LABELS.map((l) => [l, total ? round(counts[l] / total) : 0])) as Record<Label, number>;
  const s = counts.supporter;
  const c = counts.critic;
  const voiced = s + c;
  return {
    sentences: total,
    counts: { ...counts },
    shares,
    balance: voiced ? round(Math.min(s, c) / Math.max(s, c)) : null,
    lean: voiced ? round((s - c) / voiced) : null,
  };
}

export function emptyCounts(): Record<Label, number> {
  return { supporter: 0, critic: 0, claim: 0, fact: 0 };
}

/** Summarize a list of labelled sentences. */
export function summarize(sentences: readonly Pick<Sentence, 'label'>[]): Summary {
  const counts = emptyCounts();
  for (const s of sentences) counts[s.label]++;
  return summaryFromCounts(counts);
}

/** Merge summaries exactly: counts add; shares, balance and lean are recomputed from the totals. */
export function mergeSummaries(summaries: readonly Summary[]): Summary {
  const counts = emptyCounts();
  for (const summary of summaries) for (const l of LABELS) counts[l] += summary.counts[l];
  return summaryFromCounts(counts);
}

/** Each side's holders with how often they speak, most frequent first. */
export function collectVoices(sentences: readonly Sentence[]): Voices {
  const tally = (label: Label): Voices['supporter'] => {
    const counts = new Map<string, number>();
    for (const s of sentences) {
      if (s.label === label && s.holder) counts.set(s.holder, (counts.get(s.holder) ?? 0) + 1);
    }
    return rankVoices(counts);
  };
  return { supporter: tally('supporter'), critic: tally('critic') };
}
