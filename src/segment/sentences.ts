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

function within(spans: TokenSpan[], first: number, last: number): TokenSpan[] {
  return spans
    .filter((s) => s.first >= first && s.last <= last)
    .map((s) => ({ name: s.name, first: s.first - first, last: s.last - first }));
}

/** Split one paragraph or list item into sentences with offsets into `input`. */
export function splitSentences(input: string, block: Block): SentenceSpan[] {
  const analyzed = analyzeText(input.slice(block.start, block.end), block.start);
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
      entities: within(analyzed.entities, first, last),
      cues: within(analyzed.cues, first, last),
    });
  }
  return out;
}
