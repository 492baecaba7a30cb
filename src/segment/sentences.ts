// Block -> sentences. wink-nlp reads each paragraph or list item once for its tokens,
// entities and cue hits; boundaries.ts, not wink, decides where sentences end, and each
// sentence keeps the tokens, entities and cues that fall inside it, re-based to it.
import { analyzeText, type AnalyzedText, type Token, type TokenSpan } from '../nlp/wink.js';
import type { Block } from './blocks.js';
import { findSentences } from './boundaries.js';
import { splitInlineList } from './lists.js';

export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
  /** Named entities (DATE, CARDINAL, ...), token indexes relative to `tokens`. */
  entities: TokenSpan[];
  /** Cue-lexicon hits, token indexes relative to `tokens`. */
  cues: TokenSpan[];
  /** The sentence opens its block (a paragraph, a list item): a quotation left open ends before it. */
  opensBlock?: true;
}

const isSpace = (t: Token): boolean => t.value.trim() === '';
const VERB = new Set(['VERB', 'AUX']);

/**
 * Hands out spans (entities, cues) to sentences in order: each call takes the spans inside
 * tokens [first, last], re-based to `first`, and skips those that cross a sentence's edge.
 * Sentences come in order, so a block costs one pass over its spans, not one per sentence.
 */
function spanCursor(spans: TokenSpan[]): (first: number, last: number) => TokenSpan[] {
  // wink lists spans in text order; sort only if it ever does not
  const inOrder = spans.every((s, i) => i === 0 || spans[i - 1]!.first <= s.first);
  const sorted = inOrder ? spans : [...spans].sort((a, b) => a.first - b.first);
  let next = 0;
  return (first, last) => {
    while (next < sorted.length && sorted[next]!.first < first) next++;
    const out: TokenSpan[] = [];
    for (; next < sorted.length && sorted[next]!.first <= last; next++) {
      const s = sorted[next]!;
      if (s.last <= last) out.push({ name: s.name, first: s.first - first, last: s.last - first });
    }
    return out;
  };
}

/** Index of the first token that starts at or after `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Reading {
  tokens: Token[];
  entities: (first: number, last: number) => TokenSpan[];
  cues: (first: number, last: number) => TokenSpan[];
}

function reading(analyzed: AnalyzedText): Reading {
  return { tokens: analyzed.tokens, entities: spanCursor(analyzed.entities), cues: spanCursor(analyzed.cues) };
}

/** The tokens of `analyzed` inside [start, end), or undefined when a token straddles an edge. */
function sentenceOf(analyzed: Reading, start: number, end: number): SentenceSpan | undefined {
  const { tokens } = analyzed;
  let first = tokenAt(tokens, start);
  let last = tokenAt(tokens, end) - 1;
  if ((first > 0 && tokens[first - 1]!.end > start) || (last >= 0 && tokens[last]!.end > end)) return undefined;
  while (first <= last && isSpace(tokens[first]!)) first++;
  while (last >= first && isSpace(tokens[last]!)) last--;
  return {
    start,
    end,
    tokens: tokens.slice(first, last + 1),
    entities: analyzed.entities(first, last),
    cues: analyzed.cues(first, last),
  };
}

/** Split one paragraph or list item into sentences with offsets into `input`. */
export function splitSentences(input: string, block: Block): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const words = input.slice(block.start, block.end);
  for (const piece of splitInlineList(words, block.marker)) {
    const base = block.start + piece.start;
    const text = words.slice(piece.start, piece.end);
    const analyzed = reading(analyzeText(text, base));
    // verbs seen before each token, so "is there a verb between a and b" is two look-ups;
    // counted on the first question only, as most blocks have no abbreviation to ask about
    let verbsBefore: number[] | undefined;
    const hasVerb = (from: number, to: number): boolean => {
      if (!verbsBefore) {
        const counts = [0];
        for (const t of analyzed.tokens) counts.push(counts.at(-1)! + (VERB.has(t.pos) ? 1 : 0));
        verbsBefore = counts;
      }
      return verbsBefore[tokenAt(analyzed.tokens, base + to)]! > verbsBefore[tokenAt(analyzed.tokens, base + from)]!;
    };
    const first = out.length;
    for (const r of findSentences(text, hasVerb)) {
      const start = base + r.start;
      const end = base + r.end;
      // a stop wink read inside a token ("world.Today"): read that sentence on its own
      out.push(sentenceOf(analyzed, start, end) ?? sentenceOf(reading(analyzeText(input.slice(start, end), start)), start, end)!);
    }
    if (out[first]) out[first].opensBlock = true;
  }
  return out;
}
