// The balance thresholds as data: each rule reads one article's summary and, when the
// article misses its threshold, says by how much and which sentence shows it best.
import type { CheckThresholds } from '../config/schema.js';
import type { ArticleReport, Sentence } from '../types.js';
import type { CheckRuleId } from './types.js';

type Side = 'supporter' | 'critic';

export interface Finding {
  /** The measured value against the threshold, or what is missing ("balance 0.33 < 0.50"). */
  measure: string;
  /** What the measure was taken over, after it in a problem's message ("3 supporter vs 1 critic sentences"). */
  context?: string;
  measured: number | null;
  threshold: number | boolean;
  /** The evidence; none when the article has no sentence to point at. */
  sentence: Sentence | undefined;
}

export interface ThresholdRule {
  id: CheckRuleId;
  description: string;
  /** True when the thresholds ask for this rule at all. */
  active(t: CheckThresholds): boolean;
  /** Compares the two sides, so it has nothing to measure when neither speaks. */
  needsVoices: boolean;
  check(article: ArticleReport, t: CheckThresholds): Finding[];
}

const fixed = (x: number): string => x.toFixed(2);
const other = (side: Side): Side => (side === 'supporter' ? 'critic' : 'supporter');
const sides = (a: ArticleReport): string =>
  `${a.summary.counts.supporter} supporter vs ${a.summary.counts.critic} critic sentences`;

/** The most confident sentence with `label`, the earliest on a tie. */
function strongest(article: ArticleReport, label: Sentence['label']): Sentence | undefined {
  let best: Sentence | undefined;
  for (const s of article.sentences) if (s.label === label && (!best || s.confidence > best.confidence)) best = s;
  return best;
}

/** The side with more sentences: where a one-sided article shows it. */
const louder = (a: ArticleReport): Side => (a.summary.counts.supporter >= a.summary.counts.critic ? 'supporter' : 'critic');

/** In the order they are reported for one file. */
export const thresholdRules: readonly ThresholdRule[] = [
  {
    id: 'require-both-sides',
    description: 'Both a supporter and a critic view must be heard.',
    active: (t) => t.requireBothSides === true,
    needsVoices: true,
    check(a) {
      const { supporter, critic } = a.summary.counts;
      if (supporter > 0 && critic > 0) return [];
      const heard: Side = supporter > 0 ? 'supporter' : 'critic';
      return [{ measure: `no ${other(heard)} voice`, context: sides(a), measured: 0, threshold: true, sentence: strongest(a, heard) }];
    },
  },
  {
    id: 'min-balance',
    description: 'min(S, C) / max(S, C) must reach the threshold.',
    active: (t) => t.minBalance !== undefined,
    needsVoices: true,
    check(a, t) {
      const balance = a.summary.balance ?? 0;
      const min = t.minBalance as number;
      if (balance >= min) return [];
      return [{ measure: `balance ${fixed(balance)} < ${fixed(min)}`, context: sides(a), measured: balance, threshold: min, sentence: strongest(a, louder(a)) }];
    },
  },
  {
    id: 'max-lean',
    description: 'The absolute lean |S - C| / (S + C) must not pass the threshold.',
    active: (t) => t.maxLean !== undefined,
    needsVoices: true,
    check(a, t) {
      const lean = Math.abs(a.summary.lean ?? 0);
      const max = t.maxLean as number;
      if (lean <= max) return [];
      const side = louder(a);
      return [{ measure: `lean ${fixed(lean)} > ${fixed(max)} toward the ${side}s`, context: sides(a), measured: lean, threshold: max, sentence: strongest(a, side) }];
    },
  },
  {
    id: 'min-voices',
    description: 'Each side must have at least N sentences.',
    active: (t) => t.minVoices !== undefined,
    needsVoices: true,
    check(a, t) {
      const min = t.minVoices as number;
      return (['supporter', 'critic'] as const)
        .filter((side) => a.summary.counts[side] < min)
        .map((side) => ({
          measure: `${side} voices ${a.summary.counts[side]} < ${min}`,
          measured: a.summary.counts[side],
          threshold: min,
          sentence: strongest(a, side) ?? strongest(a, other(side)),
        }));
    },
  },
  {
    id: 'max-claim-share',
    description: 'The share of claim sentences must not pass the threshold.',
    active: (t) => t.maxClaimShare !== undefined,
    needsVoices: false,
    check(a, t) {
      const share = a.summary.shares.claim;
      const max = t.maxClaimShare as number;
      if (share <= max) return [];
      const { claim } = a.summary.counts;
      return [{
        measure: `claim share ${fixed(share)} > ${fixed(max)}`,
        context: `${claim} of ${a.summary.sentences} sentences are claims`,
        measured: share,
        threshold: max,
        sentence: strongest(a, 'claim'),
      }];
    },
  },
];

/**
 * An article where neither side speaks has no balance to measure; when any rule that
 * compares the sides is on, that is a problem of its own rather than a silent pass.
 */
export const noOpposingVoices: ThresholdRule = {
  id: 'no-opposing-voices',
  description: 'The article has no supporter and no critic sentence, so balance cannot be measured.',
  active: (t) => thresholdRules.some((r) => r.needsVoices && r.active(t)),
  needsVoices: false,
  check(a) {
    if (a.summary.counts.supporter + a.summary.counts.critic > 0) return [];
    return [{
      measure: 'no opposing voices',
      context: `none of the ${a.summary.sentences} sentences is a supporter or critic view`,
      measured: 0,
      threshold: true,
      sentence: a.sentences[0],
    }];
  },
};
