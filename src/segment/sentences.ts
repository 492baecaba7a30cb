// Block -> sentences. wink-nlp splits each paragraph or list item; the spans keep the
// tokens, entities and cue hits the classifier reads, re-based to each sentence.
import { analyzeText, type Token, type TokenSpan } from '../nlp/wink.js';
import type { Block } from './blocks.js';

export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
  /** Named entities (DATE, CARDINAL, ...), token indexes relative to `tokens`. */
  entities: TokenSpan[];
  /** Cue-lexicon hits, token indexes relative to `tokens`. */
  cues: TokenSpan[];
}

const isSpace = (t: Token): boolean => t.value.trim() === '';

/**
 * Hands each sentence the spans inside it, re-based. Sentences come in order, so one cursor
 * walks the spans once: filtering all of a block's spans per sentence was quadratic and took
 * 27 s on a 2 MB paragraph of short sentences.
 */
function spanCursor(spans: TokenSpan[]): (first: number, last: number) => TokenSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  let next = 0;
  return (first, last) => {
    while (next < sorted.length && sorted[next]!.first < first) next++;
    const inside: TokenSpan[] = [];
    for (let i = next; i < sorted.length && sorted[i]!.first <= last; i++) {
      const s = sorted[i]!;
      if (s.last <= last) inside.push({ name: s.name, first: s.first - first, last: s.last - first });
    }
    return inside;
  };
}

/** Split one paragraph or list item into sentences with offsets into `input`. */
export function splitSentences(input: string, block: Block): SentenceSpan[] {
  const analyzed = analyzeText(input.slice(block.start, block.end), block.start);
  const entitiesWithin = spanCursor(analyzed.entities);
  const cuesWithin = spanCursor(analyzed.cues);
  const out: SentenceSpan[] = [];
  for (const [from, to] of analyzed.sentences) {
    let first = from;
    let last = to;
    while (first <= last && isSpace(analyzed.tokens[first]!)) first++;
    while (last >= first && isSpace(analyzed.tokens[last]!)) last--;
    if (first > last) continue;
    out.push({
      start: analyzed.tokens[first]!.start,
      end: analyzed.tokens[last]!.end,
      tokens: analyzed.tokens.slice(first, last + 1),
      entities: entitiesWithin(first, last),
      cues: cuesWithin(first, last),
    });
  }
  return out;
}
