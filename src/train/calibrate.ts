// Two things learned from scores the model gave sentences it was not fitted on: how much to
// shift each label's score so that the rare labels are found as often as they occur (judged
// by macro-F1), and the temperature that makes the softmax's probabilities honest.
import { probabilities } from '../classify/model.js';
import { figures } from '../eval/score.js';
import { LABELS, type Label } from '../types.js';

export interface Scored {
  scores: Record<Label, number>;
  gold: Label;
}

const predict = (s: Record<Label, number>, offsets: Record<Label, number>): Label =>
  LABELS.reduce((best, l) => (s[l] + offsets[l] > s[best] + offsets[best] ? l : best));

const ROUNDS = 3;
const STEPS = 30;

/** Per-label score offsets that raise macro-F1, found a label at a time (fact stays at 0). */
export function fitOffsets(scored: readonly Scored[]): Record<Label, number> {
  const offsets = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  if (scored.length === 0) return offsets;
  // the grid's reach follows the scores' own spread
  const all = scored.flatMap((s) => LABELS.map((l) => s.scores[l]));
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  const spread = Math.sqrt(all.reduce((a, b) => a + (b - mean) ** 2, 0) / all.length) || 1;
  const score = (): number => figures(scored.map((s) => [s.gold, predict(s.scores, offsets)] as const)).macroF1;
  let best = score();
  for (let round = 0; round < ROUNDS; round++) {
    for (const label of LABELS.filter((l) => l !== 'fact')) {
      const start = offsets[label];
      let bestOffset = start;
      for (let k = -STEPS; k <= STEPS; k++) {
        offsets[label] = start + (k / STEPS) * spread;
        const s = score();
        if (s > best + 1e-9) [best, bestOffset] = [s, offsets[label]];
      }
      offsets[label] = bestOffset;
    }
  }
  return offsets;
}

/** Mean negative log-likelihood of the gold labels at temperature `t`. */
function nll(scored: readonly Scored[], t: number): number {
  let sum = 0;
  for (const s of scored) sum -= Math.log(Math.max(probabilities(s.scores, t)[s.gold], 1e-12));
  return sum / Math.max(scored.length, 1);
}

/** The temperature that minimises the negative log-likelihood (golden-section search on its log). */
export function fitTemperature(scored: readonly Scored[]): number {
  let lo = Math.log(1e-3);
  let hi = Math.log(1e3);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (nll(scored, Math.exp(a)) < nll(scored, Math.exp(b))) hi = b;
    else lo = a;
  }
  return Number(Math.exp((lo + hi) / 2).toPrecision(4));
}
