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

/** A threshold missed for the same reason as the problem it is folded into. */
export interface FoldedProblem {
  rule: CheckRuleId;
  /** The measured value against the threshold ("critic voices 0 < 2"). */
  message: string;
  measured: number | null;
  threshold: number | boolean;
}

/** One threshold an article missed, placed at the sentence that best shows it. */
export interface Problem {
  rule: CheckRuleId;
  severity: Severity;
  /**
   * One line: the measured value against the threshold ("supporter voices 3 < 4"), then
   * the folded problems in brackets ("(also min-voices: critic voices 0 < 2)").
   */
  message: string;
  measured: number | null;
  threshold: number | boolean;
  line: number;
  column: number;
  /** The sentence shown as evidence, when there is one. */
  sentence: string | null;
  /** Other thresholds the same imbalance missed, reported within this problem, not beside it. */
  folded: FoldedProblem[];
}

export interface FileResult {
  /** The path relative to the working directory, "/"-separated; "-" for standard input. */
  file: string;
  summary: Summary;
  /** The thresholds this file was held to, after config, overrides and flags. */
  thresholds: CheckThresholds;
  problems: Problem[];
  /** How long reading, analysing and checking it took. */
  seconds: number;
}

/** A file that could not be checked at all (unreadable): exit 2, but the others still run. */
export interface UnreadableFile {
  file: string;
  message: string;
  seconds: number;
}

export interface CheckRun {
  results: FileResult[];
  unreadable: UnreadableFile[];
  /** When and where the run happened, and how long it took (JUnit reports them). */
  started: Date;
  hostname: string;
  seconds: number;
}

/** A file fails when it has an error-severity problem. */
export function hasErrors(result: FileResult): boolean {
  return result.problems.some((p) => p.severity === 'error');
}

export interface Tally {
  /** Every file, those that could not be read included. */
  files: number;
  passed: number;
  /** Files with an error-severity problem. */
  failed: number;
  unreadable: number;
  /** Error-severity problems, and one for each unreadable file, as ESLint counts a file it cannot parse. */
  errors: number;
  warnings: number;
}

/** Counts every reporter's closing line uses. */
export function tally(run: CheckRun): Tally {
  const problems = run.results.flatMap((r) => r.problems);
  const failed = run.results.filter(hasErrors).length;
  return {
    files: run.results.length + run.unreadable.length,
    passed: run.results.length - failed,
    failed,
    unreadable: run.unreadable.length,
    errors: problems.filter((p) => p.severity === 'error').length + run.unreadable.length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** The run as `--quiet` reports it: errors only, as ESLint's --quiet; a file with only warnings then shows as a pass. */
export function withoutWarnings(run: CheckRun): CheckRun {
  return { ...run, results: run.results.map((r) => ({ ...r, problems: r.problems.filter((p) => p.severity === 'error') })) };
}
