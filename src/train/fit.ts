// Fit per-label weights of the features: multinomial logistic regression (softmax over the
// four labels, L2 penalty), by full-batch gradient descent with Adam steps from zero weights.
// Every step sums the same examples in the same order, so the same corpus gives the same
// weights every time. Written here rather than taken from a library: the maintained options
// measured worse or cost too much (README, "How it decides": "Why no library does the fitting").
import { LABELS, type Label } from '../types.js';
import type { LabelledSentence } from './corpus.js';

export interface Fitted {
  bias: Record<Label, number>;
  features: Record<string, Partial<Record<Label, number>>>;
}

export interface FitOptions {
  /** Full passes of gradient descent. */
  epochs: number;
  /** L2 penalty on the feature weights (not the biases). */
  l2: number;
  /** Adam's step size. */
  rate: number;
  /** A feature seen in fewer sentences than this is left out: too rare to weigh. */
  minCount: number;
}

const K = LABELS.length;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** Learn the weights from labelled sentences. */
export function fit(examples: readonly LabelledSentence[], { epochs, l2, rate, minCount }: FitOptions): Fitted {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features)].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const gold = examples.map((e) => LABELS.indexOf(e.gold));
  // one parameter vector: the K biases, then K weights a feature
  const size = K + names.length * K;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const scores = new Float64Array(K);
  const n = Math.max(examples.length, 1);
  for (let step = 1; step <= epochs; step++) {
    grad.fill(0);
    rows.forEach((row, r) => {
      for (let c = 0; c < K; c++) scores[c] = w[c]!;
      for (const j of row) for (let c = 0; c < K; c++) scores[c] = scores[c]! + w[K + j * K + c]!;
      const top = Math.max(...scores);
      let total = 0;
      for (let c = 0; c < K; c++) total += (scores[c] = Math.exp(scores[c]! - top));
      for (let c = 0; c < K; c++) {
        const g = (scores[c]! / total - (gold[r] === c ? 1 : 0)) / n;
        grad[c] = grad[c]! + g;
        for (const j of row) grad[K + j * K + c] = grad[K + j * K + c]! + g;
      }
    });
    for (let i = K; i < size; i++) grad[i] = grad[i]! + l2 * w[i]!;
    for (let i = 0; i < size; i++) {
      m[i] = BETA1 * m[i]! + (1 - BETA1) * grad[i]!;
      v[i] = BETA2 * v[i]! + (1 - BETA2) * grad[i]! ** 2;
      w[i] = w[i]! - (rate * (m[i]! / (1 - BETA1 ** step))) / (Math.sqrt(v[i]! / (1 - BETA2 ** step)) + EPSILON);
    }
  }
  // weights are shifted to sum to zero over the labels: the softmax is the same, and a
  // feature's weight toward a label then says how far it pulls toward that label rather than the others
  const centred = (at: number): number[] => {
    const row = Array.from({ length: K }, (_, c) => w[at + c]!);
    const mean = row.reduce((a, b) => a + b, 0) / K;
    return row.map((x) => round(x - mean));
  };
  const b = centred(0);
  const bias = Object.fromEntries(LABELS.map((l, c) => [l, b[c]!])) as Record<Label, number>;
  const features: Fitted['features'] = {};
  names.forEach((f, j) => {
    const row = centred(K + j * K);
    const weights = Object.fromEntries(LABELS.flatMap((l, c) => (row[c] ? [[l, row[c]]] : [])));
    if (Object.keys(weights).length > 0) features[f] = weights;
  });
  return { bias, features };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
