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

/** Macro-F1 over the labels present in gold, matching sentences by normalised text (as score.py). */
export function macroF1(gold: GoldRow[], article: ArticleReport): number {
  const pred = new Map<string, Label[]>();
  for (const s of article.sentences) pred.set(norm(s.text), [...(pred.get(norm(s.text)) ?? []), s.label]);
  const pairs: Array<[Label, Label | null]> = [];
  for (const g of gold) {
    if (g.label === 'heading') continue;
    const got = pred.get(norm(g.text))?.shift() ?? null;
    pairs.push([g.label, got]);
  }
  const labels = [...new Set(pairs.map(([g]) => g))];
  const f1s = labels.map((l) => {
    const tp = pairs.filter(([g, p]) => g === l && p === l).length;
    const fp = pairs.filter(([g, p]) => g !== l && p === l).length;
    const fn = pairs.filter(([g, p]) => g === l && p !== l).length;
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}
