// Analyze one unit where it runs (main thread or worker): the pipeline on the unit's text,
// with offsets and lines moved to where the text sits in its whole input.
import { listMarkers } from '../input/bullets.js';
import { loadParser, offsetText } from '../input/format.js';
import { learnLexicons } from '../classify/cues.js';
import { analyzeArticle } from '../pipeline.js';
import type { DetailedArticle, Span } from '../types.js';
import { articleName, type UnitSettings } from './unit.js';
import type { Unit } from '../input/units.js';

/**
 * Apply the settings once per thread, before the first unit. Loads the model now, so a worker
 * loads it while the parent is still reading the first inputs, not when the first arrives.
 */
export function prepare(settings: UnitSettings): void {
  learnLexicons(settings.lexiconEdits);
}

function shift<T extends Span>(span: T, base: number, lineBase: number): T {
  // a chunk starts at the start of a line, so columns stay as they are
  return { ...span, start: span.start + base, end: span.end + base, line: span.line + lineBase };
}

export async function analyzeUnit(unit: Unit, settings: UnitSettings): Promise<DetailedArticle> {
  await loadParser(unit.format);
  const report: DetailedArticle = analyzeArticle(articleName(unit), unit.text, {
    format: unit.format,
    ...(unit.base > 0 ? { continued: true } : {}),
    ...(settings.central ? { central: settings.central } : {}),
    ...(settings.sides?.length ? { sides: settings.sides } : {}),
  });
  // the source is parsed a second time for these, so a run that does not show them pays nothing
  if (settings.details?.includes('text')) report.text = offsetText(unit.text, unit.format);
  if (settings.details?.includes('bullets')) report.bullets = listMarkers(unit.text, unit.format, report.sentences);
  if (unit.base === 0 && unit.lineBase === 0) return report;
  return {
    ...report,
    sentences: report.sentences.map((s) => shift(s, unit.base, unit.lineBase)),
    sections: report.sections.map((s) => ({ ...s, heading: s.heading && shift(s.heading, unit.base, unit.lineBase) })),
  };
}
