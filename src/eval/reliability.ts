// Is a confidence of 0.8 right four times in five? Predictions grouped by confidence, each
// group's accuracy beside its mean confidence, and the expected calibration error (ECE).

export interface Judged {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBin {
  /** Confidence range [from, to). */
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Count-weighted mean gap between confidence and accuracy over the bins (0 is perfect). */
  ece: number;
}

/** Bin predictions by confidence into `bins` equal-width bins; empty bins are left out. */
export function reliability(judged: readonly Judged[], bins = 10): Reliability {
  const groups = Array.from({ length: bins }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const j of judged) {
    const g = groups[Math.min(bins - 1, Math.floor(j.confidence * bins))]!;
    g.count++;
    g.confidence += j.confidence;
    if (j.correct) g.correct++;
  }
  const out: ReliabilityBin[] = [];
  let gap = 0;
  groups.forEach((g, i) => {
    if (g.count === 0) return;
    const bin = { from: i / bins, to: (i + 1) / bins, count: g.count, meanConfidence: g.confidence / g.count, accuracy: g.correct / g.count };
    gap += g.count * Math.abs(bin.meanConfidence - bin.accuracy);
    out.push(bin);
  });
  return { bins: out, ece: judged.length ? gap / judged.length : 0 };
}

/** The table as text: one line a bin. */
export function reliabilityText(r: Reliability): string[] {
  const lines = ['confidence      n   mean conf  accuracy'];
  for (const b of r.bins) {
    lines.push(`${b.from.toFixed(1)}-${b.to.toFixed(1)}  ${String(b.count).padStart(7)}  ${b.meanConfidence.toFixed(3).padStart(9)}  ${b.accuracy.toFixed(3).padStart(8)}`);
  }
  lines.push(`expected calibration error ${r.ece.toFixed(3)}`);
  return lines;
}
