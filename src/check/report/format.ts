// What every check reporter shares: the Reporter type, its context and the counts' wording.
// Reporters import this, never index.ts, which loads them: no module imports its importer.
import type { CheckRun } from '../types.js';

export interface ReportContext {
  /** Colour the output (a TTY, and neither NO_COLOR nor --no-color). */
  color: boolean;
  /** The terminal's width to wrap to; undefined when the report is not for a terminal. */
  width?: number | undefined;
}

/** "1 file", "2 files": the counts every reporter prints. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A check reporter turns a finished CheckRun into text; it never measures or decides. */
export interface Reporter {
  name: string;
  render(run: CheckRun, ctx: ReportContext): string;
  /**
   * What the reporter writes besides the report, where its CI reads it (GitHub's step summary),
   * told by `env`; throws an EvenhandError when it cannot.
   */
  publish?(run: CheckRun, env: NodeJS.ProcessEnv): void;
}
