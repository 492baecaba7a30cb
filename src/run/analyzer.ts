// Who analyses units in this thread (a pool of worker threads is pool.ts).
import { availableParallelism } from 'node:os';
import type { ArticleReport } from '../types.js';
import type { UnitSettings } from './unit.js';
import type { Unit } from '../input/units.js';

export interface Analyzer {
  /** How many units may be in flight at once without waiting. */
  readonly window: number;
  analyze(unit: Unit): Promise<ArticleReport>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

/** Analyse in this thread; the model is loaded only now, so a pool's parent never loads it. */
export async function inProcess(settings: UnitSettings): Promise<Analyzer> {
  const { analyzeUnit, prepare } = await import('./analyze-unit.js');
  prepare(settings);
  return { window: 1, analyze: (unit) => analyzeUnit(unit, settings), close: async () => {} };
}
