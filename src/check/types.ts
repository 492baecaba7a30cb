import type { CheckThresholds } from '../config/schema.js';
import type { Summary } from '../types.js';

/** The ids a check problem carries; stable, printed in every format. */
export const CHECK_RULE_IDS = [
  'no-opposing-voices',
  'require-both-sides',
  'min-balance',
  'max-lean',
  'min-voices',
  'max-claim-share',
] as const;
export type CheckRuleId = (typeof CHECK_RULE_IDS)[number];

/** A warning never fails the run (`warnOnly`); an error does. */
export type Severity = 'error' | 'warning';

/** One threshold an article missed, placed at the sentence that best shows it. */
export interface Problem {
  rule: CheckRuleId;
  severity: Severity;
  /** One line: the measured value against the threshold ("supporter voices 3 < 4"). */
  message: string;
  measured: number | null;
  threshold: number | boolean;
  line: number;
  column: number;
  /** The sentence shown as evidence, when there is one. */
  sentence: string | null;
}

export interface FileResult {
  /** The path relative to the working directory, "/"-separated; "-" for standard input. */
  file: string;
  summary: Summary;
  /** The thresholds this file was held to, after config, overrides and flags. */
  thresholds: CheckThresholds;
  problems: Problem[];
}

/** A file that could not be checked at all (unreadable): exit 2, but the others still run. */
export interface FileError {
  file: string;
  message: string;
}

export interface CheckRun {
  results: FileResult[];
  errors: FileError[];
}

/** A file fails when it has an error-severity problem. */
export function hasErrors(result: FileResult): boolean {
  return result.problems.some((p) => p.severity === 'error');
}

/** Counts every reporter's closing line uses. */
export function tally(run: CheckRun): { files: number; failed: number; errors: number; warnings: number } {
  const problems = run.results.flatMap((r) => r.problems);
  return {
    files: run.results.length,
    failed: run.results.filter(hasErrors).length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** The run as `--quiet` reports it: errors only, as ESLint's --quiet; a file with only warnings then shows as a pass. */
export function withoutWarnings(run: CheckRun): CheckRun {
  return { ...run, results: run.results.map((r) => ({ ...r, problems: r.problems.filter((p) => p.severity === 'error') })) };
}
