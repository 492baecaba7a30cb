// Which sentences open a list item, and with what marker. The Report keeps sentences, not
// the blocks they came from, so a view that shows lists as lists (--view) reads the blocks
// again from the source: only when that view is asked for.
import type { Sentence } from '../types.js';
import { LIST_MARKER } from '../segment/lists.js';
import { parseDocument, type DocumentFormat } from './format.js';

/** What an item shows when its source has no marker to copy: an HTML <li>. */
const BULLET = '•';

/** The list marker that `gap` (the text before a sentence on its line) consists of, if it is one: "-", "1.", "(a)". */
function markerIn(gap: string): string | undefined {
  // a Markdown item may sit in a block quote ("> - ") and use "+", which plain text does not
  const marker = gap.replace(/^[\s>]+/u, '').trimEnd();
  if (marker === '+') return marker;
  return LIST_MARKER.exec(`${marker} `)?.[0].trim() === marker && marker ? marker : undefined;
}

/**
 * The marker before each sentence that opens a list item, by sentence index: as the source
 * writes it ("-", "1.", and each of "1) ... 2) ..." on one line), or "•" where it shows none.
 * `sentences` are those of `source` read as `format`, in order; its parser must be loaded.
 */
export function listMarkers(source: string, format: DocumentFormat, sentences: readonly Sentence[]): Record<number, string> {
  const doc = parseDocument(source, format);
  // sentence offsets index into the source, but for HTML into the text extracted from it
  const text = format === 'html' ? doc.text : source;
  const items = doc.blocks.filter((b) => b.kind === 'item').map((b) => doc.position(b.start, b.end));
  const markers: Record<number, string> = {};
  let k = 0;
  let before: Sentence | undefined;
  for (const s of sentences) {
    while (k < items.length && items[k]!.end <= s.start) {
      k++;
      before = undefined;
    }
    const item = items[k];
    if (!item || s.start < item.start) continue;
    // the item's first sentence follows its marker on its line; a later one may follow the next marker of an inline list
    const from = before ? before.end : Math.max(text.lastIndexOf('\n', s.start - 1), text.lastIndexOf('\r', s.start - 1)) + 1;
    const marker = markerIn(text.slice(from, s.start)) ?? (before ? undefined : BULLET);
    if (marker) markers[s.index] = marker;
    before = s;
  }
  return markers;
}
