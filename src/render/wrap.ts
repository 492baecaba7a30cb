// Lines for a terminal: wrapped at word boundaries, continuation lines indented under the
// first line's text, so a label or a location stays in its own column. Output that is not
// for a terminal (a pipe, a file) is never wrapped: scripts read it line by line.
import { stripVTControlCharacters } from 'node:util';

/**
 * wrap-ansi, loaded only for a terminal: its string-width builds an emoji regex as it loads,
 * about 25 ms of a 0.45 s cold start, which output to a pipe or a file never needs.
 */
let wrapAnsi: typeof import('wrap-ansi').default | undefined;

/** Load the wrapper; call before rendering for a width (a terminal). */
export async function loadWrapping(): Promise<void> {
  wrapAnsi ??= (await import('wrap-ansi')).default;
}

/** Text keeps at least this many columns beside its prefix, however narrow the terminal: fewer would leave a word a line. */
const MIN_TEXT_WIDTH = 20;

/**
 * `prefix` then `text`, wrapped to `width` columns with every line after the first indented
 * by the prefix's width; as one line when `width` is undefined (not a terminal). Colour
 * codes may be in either: they take no room, and wrap-ansi carries them over line breaks.
 */
export function hangingWrap(prefix: string, text: string, width: number | undefined): string {
  if (width === undefined) return prefix + text;
  if (!wrapAnsi) throw new Error('hangingWrap: loadWrapping() was not awaited before rendering for a terminal');
  const indent = stripVTControlCharacters(prefix).length;
  const room = Math.max(width - indent, MIN_TEXT_WIDTH);
  // a word longer than the room keeps its own line, whole: a URL cut in two is no longer a URL
  return prefix + wrapAnsi(text, room, { hard: false }).replace(/\n/g, `\n${' '.repeat(indent)}`);
}
