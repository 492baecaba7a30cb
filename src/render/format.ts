import type { Report } from '../types.js';

export interface RenderContext {
  /** Colour the output (a TTY, and neither NO_COLOR nor --no-color). */
  color: boolean;
  /** Show every sentence, not only the voices. */
  sentences: boolean;
  /** Show each sentence's confidence and reasons. */
  explain: boolean;
  /** Terminal width for wrapping, when known. */
  width: number;
}

/** A formatter turns a finished Report into text; it never classifies or counts. */
export interface Formatter {
  name: string;
  render(report: Report, ctx: RenderContext): string;
}
