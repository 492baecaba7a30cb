import { readFileSync } from 'node:fs';
import type { ArticleReport, Label } from '../../src/types.js';

export interface GoldRow {
  text: string;
  label: Label | 'heading';
}

export function readGold(path: string): GoldRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
}

const norm = (s: string): string =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Each gold sentence's label and the label evenhand gave it (null when no sentence matched), by normalised text as score.py. */
function pairsOf(gold: GoldRow[], article: ArticleReport): Array<[Label, Label | null]> {
  const pred = new Map<string, Label[]>();
  for (const s of article.sentences) pred.set(norm(s.text), [...(pred.get(norm(s.text)) ?? []), s.label]);
  return gold.filter((g): g is GoldRow & { label: Label } => g.label !== 'heading').map((g) => [g.label, pred.get(norm(g.text))?.shift() ?? null]);
}

function macroOf(pairs: Array<[Label, Label | null]>): number {
  const labels = [...new Set(pairs.map(([g]) => g))];
  const f1s = labels.map((l) => {
    const tp = pairs.filter(([g, p]) => g === l && p === l).length;
    const fp = pairs.filter(([g, p]) => g !== l && p === l).length;
    const fn = pairs.filter(([g, p]) => g === l && p !== l).length;
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

/** Macro-F1 over the labels present in gold, matching sentences by normalised text (as score.py). */
export function macroF1(gold: GoldRow[], article: ArticleReport): number {
  return macroOf(pairsOf(gold, article));
}

/** Macro-F1 over the sentences of several articles pooled, as eval_set.py reports a set. */
export function pooledMacroF1(scored: ReadonlyArray<{ gold: GoldRow[]; article: ArticleReport }>): number {
  return macroOf(scored.flatMap(({ gold, article }) => pairsOf(gold, article)));
}

/** Gold sentences no sentence of the article matched. */
export function unmatched(gold: GoldRow[], article: ArticleReport): string[] {
  const pairs = pairsOf(gold, article);
  return gold.filter((g) => g.label !== 'heading').filter((_, i) => pairs[i]![1] === null).map((g) => g.text);
}
