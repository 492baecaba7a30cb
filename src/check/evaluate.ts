import type { CheckThresholds } from '../config/schema.js';
import type { ArticleReport } from '../types.js';
import { noOpposingVoices, thresholdRules, type Finding, type ThresholdRule } from './rules.js';
import type { FileResult, Problem } from './types.js';

function toProblem(rule: ThresholdRule, finding: Finding, t: CheckThresholds): Problem {
  const s = finding.sentence;
  return {
    rule: rule.id,
    severity: t.warnOnly ? 'warning' : 'error',
    message: finding.message,
    measured: finding.measured,
    threshold: finding.threshold,
    line: s?.line ?? 1,
    column: s?.column ?? 1,
    sentence: s?.text ?? null,
  };
}

/** Hold one analysed article to its thresholds. */
export function evaluateArticle(file: string, article: ArticleReport, thresholds: CheckThresholds): FileResult {
  const run = (rule: ThresholdRule): Problem[] =>
    rule.active(thresholds) ? rule.check(article, thresholds).map((f) => toProblem(rule, f, thresholds)) : [];
  const silent = run(noOpposingVoices);
  const rules = silent.length > 0 ? thresholdRules.filter((r) => !r.needsVoices) : thresholdRules;
  return { file, summary: article.summary, thresholds, problems: [...silent, ...rules.flatMap(run)] };
}
