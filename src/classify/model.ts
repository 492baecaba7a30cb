// How evidence is weighed: one linear model over every finding, with weights learned from
// labelled articles (`npm run train` writes ./weights.json). This is the only place a finding
// turns into a label, and its probability is the confidence every output reports. It reads an
// article in two passes: the first labels each sentence from its own evidence, and the label
// it gives a sentence is evidence for the next one (a voice often runs on past the sentence
// that names it; cross-validated, this raised macro-F1 by about 0.006).
import { createRequire } from 'node:module';
import { LABELS, type Label, type Reason } from '../types.js';
import type { Fired } from './evidence/index.js';

/** Each label's score before any evidence, and what each feature adds to it. */
export interface LinearWeights {
  bias: Record<Label, number>;
  features: Record<string, Partial<Record<Label, number>>>;
}

/** What `npm run train` writes: per-label weights of each feature, and how they were made. */
export interface Weights {
  /** The learner and how its scores became probabilities, for people reading the file. */
  model: string;
  /** The labelled articles the weights were fitted on (folders, article and sentence counts). */
  trainedOn: string;
  seed: number;
  labels: readonly Label[];
  /** Each label's score before any evidence: how common it is. */
  bias: Record<Label, number>;
  /** Per feature (`id` or `id:value`), what it adds to each label's score; absent is 0. */
  features: Record<string, Partial<Record<Label, number>>>;
  /** The first pass: the same kind of weights, fitted without the previous sentence's label. */
  firstPass: LinearWeights;
  /** Scores are divided by this before the softmax, so probabilities match how often labels are right. */
  temperature: number;
  /**
   * Added to each label's score when choosing the label (not when giving its probability): rare
   * labels are chosen as often as they occur, which is what macro-F1 rewards.
   */
  offsets: Record<Label, number>;
}

export interface Weighed {
  label: Label;
  /** The model's probability of `label`. */
  confidence: number;
  probabilities: Record<Label, number>;
  /** The evidence that fired, each with its weight toward `label`, strongest first. */
  reasons: Reason[];
}

let shipped: Weights | undefined;

/** The weights that ship with evenhand, read once. */
export function shippedWeights(): Weights {
  shipped ??= createRequire(import.meta.url)('./weights.json') as Weights;
  return shipped;
}

/** Each label's probability from its score (softmax at the fitted temperature). */
export function probabilities(scores: Record<Label, number>, temperature: number): Record<Label, number> {
  const top = Math.max(...LABELS.map((l) => scores[l]));
  const exp = LABELS.map((l) => Math.exp((scores[l] - top) / temperature));
  const total = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LABELS.map((l, i) => [l, exp[i]! / total])) as Record<Label, number>;
}

/** The label with the highest score once each label's offset is added (the first label wins a tie). */
export function chosenLabel(scores: Record<Label, number>, offsets?: Record<Label, number>): Label {
  const at = (l: Label): number => scores[l] + (offsets?.[l] ?? 0);
  return LABELS.reduce((best, l) => (at(l) > at(best) ? l : best));
}

/** Each label's score: its bias plus the weights of every feature that fired. */
export function scores(fired: readonly Fired[], weights: LinearWeights): Record<Label, number> {
  const out = { ...weights.bias };
  for (const f of fired) {
    const w = weights.features[f.feature];
    if (w) for (const l of LABELS) out[l] += w[l] ?? 0;
  }
  return out;
}

/** A finding's learned weight toward `label`, on the probabilities' scale. */
const weightToward = (feature: string, label: Label, weights: Weights): number => round((weights.features[feature]?.[label] ?? 0) / weights.temperature);

/** The label the evidence points to, its probability, and each finding's weight toward it. */
export function weigh(fired: readonly Fired[], weights: Weights = shippedWeights()): Weighed {
  const raw = scores(fired, weights);
  const probs = probabilities(raw, weights.temperature);
  const label = chosenLabel(raw, weights.offsets);
  const reasons = fired.map((f) => ({ evidence: f.feature, words: f.words, weight: weightToward(f.feature, label, weights) })).sort((a, b) => b.weight - a.weight);
  return { label, confidence: round(probs[label]), probabilities: probs, reasons };
}

/**
 * A sentence the model weighed, now holding `label` because a rule after the model gave it (its
 * speaker's side): the model's probability of that label, and each finding's weight toward it.
 */
export function heldAs(weighed: Pick<Weighed, 'probabilities' | 'reasons'>, label: Label, weights: Weights): Pick<Weighed, 'confidence' | 'reasons'> {
  const reasons = weighed.reasons.map((r) => ({ ...r, weight: weightToward(r.evidence, label, weights) })).sort((a, b) => b.weight - a.weight);
  return { confidence: round(weighed.probabilities[label]), reasons };
}

/** The feature the first pass's label of the previous sentence sets. */
export const previousSentence = (label: Label): string => `previous-sentence:${label}`;

/** The label a first pass gives a sentence from its own evidence: the highest score. */
export function firstPassLabel(fired: readonly Fired[], pass: LinearWeights): Label {
  return chosenLabel(scores(fired, pass));
}

/** Weigh every sentence of an article, in order: each with its own evidence and the first pass's label of the one before. */
export function weighArticle(fired: ReadonlyArray<readonly Fired[]>, weights: Weights = shippedWeights()): Weighed[] {
  const first = fired.map((f) => firstPassLabel(f, weights.firstPass));
  return fired.map((f, i) => weigh(i === 0 ? f : [...f, { feature: previousSentence(first[i - 1]!), words: [] }], weights));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
