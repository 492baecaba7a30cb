// Article-level k-fold cross-validation: weights fitted on k-1 folds (plus any extra corpora),
// scored on the held-out fold, the rules unchanged throughout. The figures an honest claim
// about unseen news rests on.
import { weigh } from '../classify/model.js';
import { reliability, type Reliability } from '../eval/reliability.js';
import { LABELS, type Label } from '../types.js';
import type { LabelledArticle } from './corpus.js';
import { folds, trainWeights, type TrainOptions } from './train.js';

export interface LabelFigures {
  label: Label;
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

export interface CrossValidation {
  folds: number;
  articles: number;
  sentences: number;
  perLabel: LabelFigures[];
  macroF1: number;
  accuracy: number;
  reliability: Reliability;
  /** confusion[gold][predicted]; "missing" for a gold sentence the segmenter did not produce. */
  confusion: Record<Label, Record<Label | 'missing', number>>;
}

/** Cross-validate over `articles`; `extra` joins every training fold and is never scored. */
export function crossValidate(articles: readonly LabelledArticle[], extra: readonly LabelledArticle[], k: number, options: TrainOptions): CrossValidation {
  const pairs: Array<[Label, Label | null]> = [];
  const judged: Array<{ confidence: number; correct: boolean }> = [];
  const split = folds(articles, k, options.seed);
  split.forEach((held, i) => {
    const weights = trainWeights([...split.filter((_, j) => j !== i).flat(), ...extra], options, '');
    for (const article of held) {
      for (const s of article.sentences) {
        const { label, confidence } = weigh(s.features.map((feature) => ({ feature, words: [] })), weights);
        pairs.push([s.gold, label]);
        judged.push({ confidence, correct: label === s.gold });
      }
      for (const gold of article.missed) pairs.push([gold, null]);
    }
  });
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries([...LABELS, 'missing'].map((p) => [p, 0]))])) as CrossValidation['confusion'];
  for (const [g, p] of pairs) confusion[g][p ?? 'missing']++;
  const perLabel = LABELS.map((label): LabelFigures => {
    const tp = confusion[label][label];
    const gold = pairs.filter(([g]) => g === label).length;
    const predicted = pairs.filter(([, p]) => p === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = gold ? tp / gold : 0;
    return { label, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted };
  });
  const present = perLabel.filter((l) => l.gold > 0);
  return {
    folds: k,
    articles: articles.length,
    sentences: pairs.length,
    perLabel,
    macroF1: present.reduce((a, l) => a + l.f1, 0) / Math.max(present.length, 1),
    accuracy: pairs.filter(([g, p]) => g === p).length / Math.max(pairs.length, 1),
    reliability: reliability(judged),
    confusion,
  };
}
