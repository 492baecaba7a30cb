import type { CheckThresholds } from '../config/schema.js';
import type { ArticleReport } from '../types.js';
import { noOpposingVoices, thresholdRules, type Finding, type ThresholdRule } from './rules.js';
import type { FileResult, Problem } from './types.js';

interface Missed {
  rule: ThresholdRule;
  finding: Finding;
}

function toProblem({ rule, finding }: Missed, folded: readonly Missed[], t: CheckThresholds): Problem {
  const s = finding.sentence;
  // "(also critic voices 3 < 4)" for the root's own rule, "(also min-balance: balance 0.00 < 0.50)" for another
  const also = folded.map((m) => (m.rule === rule ? m.finding.measure : `${m.rule.id}: ${m.finding.measure}`)).join('; ');
  return {
    rule: rule.id,
    severity: t.warnOnly ? 'warning' : 'error',
    message: `${finding.measure}${finding.context ? `: ${finding.context}` : ''}${also ? ` (also ${also})` : ''}`,
    measured: finding.measured,
    threshold: finding.threshold,
    line: s?.line ?? 1,
    column: s?.column ?? 1,
    sentence: s?.text ?? null,
    folded: folded.map((m) => ({ rule: m.rule.id, message: m.finding.measure, measured: m.finding.measured, threshold: m.finding.threshold })),
  };
}

/**
 * Hold one analysed article to its thresholds. The rules that compare the sides all measure
 * one imbalance (a silent side misses require-both-sides, min-balance, max-lean and
 * min-voices at once), so the first that fails is reported and the others are folded into
 * it: one problem, one annotation, per cause.
 */
export function evaluateArticle(file: string, article: ArticleReport, thresholds: CheckThresholds): Omit<FileResult, 'seconds'> {
  const missed = (rule: ThresholdRule): Missed[] =>
    rule.active(thresholds) ? rule.check(article, thresholds).map((finding) => ({ rule, finding })) : [];
  const silent = missed(noOpposingVoices);
  const rules = silent.length > 0 ? thresholdRules.filter((r) => !r.needsVoices) : thresholdRules;
  const all = [...silent, ...rules.flatMap(missed)];
  const sides = all.filter((m) => m.rule.needsVoices);
  const problems = all
    .filter((m) => !m.rule.needsVoices || m === sides[0])
    .map((m) => toProblem(m, m === sides[0] ? sides.slice(1) : [], thresholds));
  return { file, summary: article.summary, thresholds, problems };
}
