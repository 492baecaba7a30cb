// From labelled articles to shipped weights: fit, then learn the label offsets and the
// temperature from scores on articles held out of the fit (an inner cross-validation), so
// neither is tuned on sentences the weights have seen. The first pass's labels that the
// second pass learns from come from the same kind of held-out fit: labels the first pass gave
// sentences it had been fitted on would be right too often, and the second pass would trust
// them more than it should.
import { firstPassLabel, previousSentence, scores as scoreOf, type Weights } from '../classify/model.js';
import { LABELS, type Label } from '../types.js';
import { fitOffsets, fitTemperature, type Scored } from './calibrate.js';
import type { LabelledArticle } from './corpus.js';
import { fit, type FitOptions } from './fit.js';

export interface TrainOptions extends FitOptions {
  /** Folds of the inner cross-validation that calibrates offsets and temperature. */
  innerFolds: number;
  /** Draws the articles' order for the folds. */
  seed: number;
}

export const DEFAULT_TRAINING: TrainOptions = { seed: 13, epochs: 300, l2: 1e-3, rate: 0.05, minCount: 3, innerFolds: 5 };

/** A small seeded generator (mulberry32): the same seed, the same order. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Split articles into `k` folds, in an order drawn from the seed (Fisher-Yates). */
export function folds<T>(articles: readonly T[], k: number, seed: number): T[][] {
  const order = [...articles];
  const random = seeded(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: T[][] = Array.from({ length: k }, () => []);
  order.forEach((a, i) => out[i % k]!.push(a));
  return out;
}

/** Scores of the sentences of `held` under weights fitted on `rest`. */
function heldOutScores(rest: readonly LabelledArticle[], held: readonly LabelledArticle[], options: FitOptions): Scored[] {
  const fitted = fit(rest.flatMap((a) => a.sentences), options);
  return held.flatMap((a) => a.sentences.map((s) => ({ scores: scoreOf(asFired(s.features), fitted), gold: s.gold })));
}

/** A training sentence's features as the findings the model weighs (training keeps no words). */
export const asFired = (features: readonly string[]): Array<{ feature: string; words: string[] }> => features.map((feature) => ({ feature, words: [] }));

/** Every article's sentences as a first pass fitted on the other inner folds labels them. */
function heldOutFirstPass(articles: readonly LabelledArticle[], options: TrainOptions): Map<LabelledArticle, Label[]> {
  const out = new Map<LabelledArticle, Label[]>();
  const inner = folds(articles, options.innerFolds, options.seed + 1);
  inner.forEach((held, k) => {
    const pass = fit(inner.filter((_, j) => j !== k).flat().flatMap((a) => a.sentences), options);
    for (const a of held) out.set(a, a.sentences.map((s) => firstPassLabel(asFired(s.features), pass)));
  });
  return out;
}

/** The article with each sentence given the first pass's label of the sentence before it, as `weighArticle` does. */
function withPrevious(article: LabelledArticle, first: readonly Label[]): LabelledArticle {
  return { ...article, sentences: article.sentences.map((s, i) => (i === 0 ? s : { ...s, features: [...s.features, previousSentence(first[i - 1]!)] })) };
}

/** Fit weights on `articles`, with offsets and temperature from an inner cross-validation. */
export function trainWeights(plain: readonly LabelledArticle[], options: TrainOptions, trainedOn: string): Weights {
  const firstPass = fit(plain.flatMap((a) => a.sentences), options);
  const labelled = heldOutFirstPass(plain, options);
  const articles = plain.map((a) => withPrevious(a, labelled.get(a)!));
  const inner = folds(articles, options.innerFolds, options.seed);
  const outOfFold = inner.flatMap((held, k) => heldOutScores(inner.filter((_, j) => j !== k).flat(), held, options));
  const offsets = fitOffsets(outOfFold);
  const temperature = fitTemperature(outOfFold);
  const fitted = fit(articles.flatMap((a) => a.sentences), options);
  return {
    model: `multinomial logistic regression (L2 ${options.l2}, ${options.epochs} Adam steps) in two passes, the second also given the first's label of the previous sentence (from ${options.innerFolds}-fold held-out fits when training); softmax temperature and decision offsets that choose each label as often as it occurs fitted on ${options.innerFolds}-fold held-out scores`,
    trainedOn,
    seed: options.seed,
    labels: LABELS,
    bias: fitted.bias,
    features: fitted.features,
    firstPass,
    temperature,
    offsets: Object.fromEntries(LABELS.map((l) => [l, round(offsets[l])])) as Record<Label, number>,
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
