// What every unit of work is analysed with, and the name its article goes by.
import type { Config } from '../config/schema.js';
import type { Unit } from '../input/units.js';
import type { SideGiven, SourceDetail } from '../types.js';

/** What every analysis needs besides the text: the same in the main thread and in workers. */
export interface UnitSettings {
  central?: string;
  /** Sides given to speakers by name (--side, the config's "sides"). */
  sides?: SideGiven[];
  /** The config's lexicon edits (plain data, so a worker can receive them). */
  lexiconEdits?: Config['lexicons'];
  /** What to read from the source again for the output (--include-text, the text view's list markers). */
  details?: readonly SourceDetail[];
}

/** The name an article goes by in json and table output: the file, with the JSONL id after "#". */
export function articleName(unit: Pick<Unit, 'file' | 'article'>): string {
  return unit.article === unit.file ? unit.file : `${unit.file}#${unit.article}`;
}
