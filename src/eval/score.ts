// Scoring against gold, the way ../shared/tools/score.py does it, so both give the same
// figures: sentences matched by normalised text in order, an unmatched gold sentence counts
// as a miss, a gold heading found among the sentences counts as leaked.
import { LABELS, type Label } from '../types.js';
import { reliability, type Judged, type Reliability } from './reliability.js';

export type GoldLabel = Label | 'heading';

export interface GoldRow {
  text: string;
  label: GoldLabel;
}

export interface PredictedSentence {
  text: string;
  label: Label;
  /** The tool's probability that `label` is right. */
  confidence: number;
}

export interface LabelScore {
  label: Label;
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

export interface Score {
  perLabel: LabelScore[];
  /** Mean F1 over the labels that occur in gold. */
  macroF1: number;
  accuracy: number;
  /** Share of gold sentences found among the predicted ones. */
  segmentation: number;
  /** confusion[gold][predicted]; "missing" when the gold sentence was not found. */
  confusion: Record<Label, Record<Label | 'missing', number>>;
  sentences: number;
  notFound: string[];
  headingsLeaked: string[];
  /** The confidences of the sentences found, against how often their labels were right. */
  reliability: Reliability;
}

/** Same normalisation as score.py's norm(): NFKC, straight quotes, no list marker, one space, lower case. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/^\s*(?:[-*\u2022]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

/** A gold label and what the tool said for it; null where it found no such sentence. */
export type Pair = readonly [Label, Label | null];

/** Per-label precision, recall and F1, macro-F1, accuracy and the confusion matrix of gold/predicted pairs. */
export function figures(pairs: readonly Pair[]): Pick<Score, 'perLabel' | 'macroF1' | 'accuracy' | 'confusion'> {
  const confusion = Object.fromEntries(
    LABELS.map((g) => [g, Object.fromEntries([...LABELS, 'missing'].map((p) => [p, 0]))]),
  ) as Score['confusion'];
  const predictedCount = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  for (const [g, p] of pairs) {
    confusion[g][p ?? 'missing']++;
    if (p) predictedCount[p]++;
  }
  const perLabel = LABELS.map((label): LabelScore => {
    const tp = confusion[label][label];
    const goldCount = LABELS.reduce((n, p) => n + confusion[label][p], confusion[label].missing);
    const precision = ratio(tp, predictedCount[label]);
    const recall = ratio(tp, goldCount);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, gold: goldCount, predicted: predictedCount[label] };
  });
  const present = perLabel.filter((s) => s.gold > 0);
  return {
    perLabel,
    macroF1: ratio(present.reduce((sum, s) => sum + s.f1, 0), present.length),
    accuracy: ratio(LABELS.reduce((n, l) => n + confusion[l][l], 0), pairs.length),
    confusion,
  };
}

/** Score predicted sentences against gold rows. */
export function scoreLabels(gold: readonly GoldRow[], predicted: readonly PredictedSentence[]): Score {
  const byText = new Map<string, number[]>();
  predicted.forEach((p, i) => {
    const key = normalizeText(p.text);
    byText.set(key, [...(byText.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  const pairs: Array<[Label, Label | null]> = [];
  const judged: Judged[] = [];
  const notFound: string[] = [];
  const headingsLeaked: string[] = [];
  for (const row of gold) {
    const match = (byText.get(normalizeText(row.text)) ?? []).find((i) => !used.has(i));
    if (match !== undefined) used.add(match);
    if (row.label === 'heading') {
      if (match !== undefined) headingsLeaked.push(row.text);
      continue;
    }
    if (match === undefined) notFound.push(row.text);
    else judged.push({ confidence: predicted[match]!.confidence, correct: predicted[match]!.label === row.label });
    pairs.push([row.label, match === undefined ? null : predicted[match]!.label]);
  }

  const n = pairs.length;
  return {
    ...figures(pairs),
    segmentation: ratio(n - notFound.length, n),
    sentences: n,
    notFound,
    headingsLeaked,
    reliability: reliability(judged),
  };
}
