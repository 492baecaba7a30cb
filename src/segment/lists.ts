// List markers: the one that opens a line ("1.) ", "• 9. ", "(a) ", "- ") and the ones that
// carry on the same list inside that line ("1) The first item 2) The second item").
import type { Range } from './boundaries.js';

/** Bullets that may open a list item, alone or before a number: "• 9. ", "⁃9. ". */
const BULLETS = '-*\u2022\u2023\u2043\u25e6';
/**
 * A list marker at the start of a line: a bullet, a number or letter with "." ")" ".)", or
 * both. A letter needs "." and a space ("a. ") or a bracket ("a)", "(a)"), so "A. Smith" is no marker.
 */
export const LIST_MARKER = new RegExp(
  `^(?:[${BULLETS}][ \\t]*)?(?:\\(?\\d{1,3}(?:\\.\\)|[.)])|\\(?[a-z]\\)|\\([a-z]\\.?\\)|[a-z]\\.(?=\\s))[ \\t]+|^[${BULLETS}][ \\t]+`,
  'u',
);

/** What a numbered or lettered marker is made of, so the next one in the list can be found. */
interface Sequence {
  bullet: string;
  open: string;
  /** The number or letter. */
  label: string;
  close: string;
}

function sequenceOf(marker: string): Sequence | undefined {
  const m = /^([^\s\w(]?)[ \t]*(\(?)(\d{1,3}|[a-z])(\.\)|\.|\))/u.exec(marker);
  if (!m) return undefined;
  return { bullet: m[1]!, open: m[2]!, label: m[3]!, close: m[4]! };
}

function following(label: string): string {
  return /\d/.test(label) ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
}

const isSpace = (c: string | undefined): boolean => c !== undefined && c.trim() === '';

/**
 * Where the next marker of the same list stands in `text`, preceded and followed by space:
 * the start of the marker and the start of the item's words after it.
 */
function findNext(text: string, seq: Sequence, from: number): { at: number; words: number } | undefined {
  const needle = `${seq.open}${seq.label}${seq.close}`;
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    let words = i + needle.length;
    if (!isSpace(text[words])) continue;
    while (isSpace(text[words])) words++;
    let at = i;
    if (seq.bullet) {
      while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
      if (text[at - 1] !== seq.bullet) continue;
      at--;
    }
    if (at === 0 || !isSpace(text[at - 1])) continue;
    return { at, words };
  }
  return undefined;
}

/**
 * Split a list item's words at the markers that continue its list on the same line. `marker`
 * is the marker that opened the item; an item without a numbered marker is one piece.
 */
export function splitInlineList(text: string, marker: string | undefined): Range[] {
  const seq = marker ? sequenceOf(marker.trim()) : undefined;
  if (!seq) return [{ start: 0, end: text.length }];
  const pieces: Range[] = [];
  let start = 0;
  for (let label = following(seq.label); ; label = following(label)) {
    const next = findNext(text, { ...seq, label }, start);
    if (!next) break;
    pieces.push({ start, end: next.at });
    start = next.words;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}
