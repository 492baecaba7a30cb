// Text and JSON views of a Score; they only lay out what scoreLabels computed.
import { LABELS } from '../types.js';
import type { Score } from './score.js';
import { reliabilityText } from './reliability.js';

const fixed = (x: number): string => x.toFixed(3);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A plain-text report: per-label figures, macro-F1, confusion matrix, misses. */
export function renderScoreText(file: string, score: Score): string {
  const lines = [`${file}: ${score.sentences} gold sentences`, '', 'label       precision  recall     F1   gold  pred'];
  for (const s of score.perLabel) {
    lines.push(
      `${s.label.padEnd(10)}  ${fixed(s.precision).padStart(9)}  ${fixed(s.recall).padStart(6)}  ${fixed(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(4)}`,
    );
  }
  lines.push('', `macro-F1 ${fixed(score.macroF1)}   accuracy ${fixed(score.accuracy)}   segmentation ${fixed(score.segmentation)}`);
  const columns = [...LABELS, 'missing'] as const;
  lines.push('', `gold \\ predicted  ${columns.map((c) => c.padStart(9)).join('')}`);
  for (const g of LABELS) {
    lines.push(`${g.padEnd(17)} ${columns.map((p) => String(score.confusion[g][p]).padStart(9)).join('')}`);
  }
  lines.push('', `sentences not found: ${score.notFound.length}`);
  for (const t of score.notFound) lines.push(`  ${t}`);
  lines.push(`headings leaked as sentences: ${score.headingsLeaked.length}`);
  for (const t of score.headingsLeaked) lines.push(`  ${t}`);
  lines.push('', ...reliabilityText(score.reliability));
  return `${lines.join('\n')}\n`;
}

/** The same figures as one JSON object, rounded to three decimals. */
export function renderScoreJson(file: string, score: Score): string {
  const json = JSON.stringify(
    {
      file,
      sentences: score.sentences,
      macroF1: round3(score.macroF1),
      accuracy: round3(score.accuracy),
      segmentation: round3(score.segmentation),
      labels: Object.fromEntries(
        score.perLabel.map((s) => [
          s.label,
          { precision: round3(s.precision), recall: round3(s.recall), f1: round3(s.f1), gold: s.gold, predicted: s.predicted },
        ]),
      ),
      confusion: score.confusion,
      notFound: score.notFound,
      headingsLeaked: score.headingsLeaked,
      reliability: {
        ece: round3(score.reliability.ece),
        bins: score.reliability.bins.map((b) => ({ from: b.from, to: b.to, count: b.count, meanConfidence: round3(b.meanConfidence), accuracy: round3(b.accuracy) })),
      },
    },
    null,
    2,
  );
  return `${json}\n`;
}
