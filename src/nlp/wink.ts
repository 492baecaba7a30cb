// The only importer of wink-nlp: the model is loaded once per process and every cue
// pattern of the rules is learnt in one call, so a readDoc finds all cues at once.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { cuePatterns, lexicons, type Lexicon } from '../classify/lexicons/index.js';

export interface Token {
  value: string;
  /** Lower-cased, normalised form (wink's `normal`). */
  normal: string;
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, PUNCT, ...). */
  pos: string;
  /** Offsets into the text given to `analyzeText`. */
  start: number;
  end: number;
}

/** A token range [first, last] (inclusive, as wink gives them) with a name. */
export interface TokenSpan {
  name: string;
  first: number;
  last: number;
}

export interface AnalyzedText {
  tokens: Token[];
  /** Sentence ranges as wink splits them, inclusive token indexes. */
  sentences: Array<[number, number]>;
  /** Named entities (DATE, CARDINAL, ...). */
  entities: TokenSpan[];
  /** Cue-lexicon hits: `name` is the lexicon's id. */
  cues: TokenSpan[];
}

const nlp = winkNLP(model);
const its = nlp.its;
let learnt = false;

/** Learn the cue lexicons as custom entities; called again when a config edits them. */
export function learnCues(list: readonly Lexicon[] = lexicons): void {
  nlp.learnCustomEntities(cuePatterns(list), { matchValue: false, usePOS: true, useEntity: false });
  learnt = true;
}

function spans(
  items: { out: (f: never) => unknown },
  nameOf: typeof its.type,
): TokenSpan[] {
  const names = items.out(nameOf as never) as string[];
  const ranges = items.out(its.span as never) as Array<[number, number]>;
  return ranges.map(([first, last], i) => ({ name: names[i] ?? '', first, last }));
}

/**
 * Run wink-nlp on `text` and rebuild each token's character offsets from its preceding
 * spaces and value, since wink keeps none. `base` is added to every offset.
 */
export function analyzeText(text: string, base = 0): AnalyzedText {
  if (!learnt) learnCues();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normals = tokens.out(its.normal) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const tags = tokens.out(its.pos) as string[];
  const out: Token[] = new Array(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let start = pos + (spaces[i]?.length ?? 0);
    // wink reproduces the text exactly in every case we know; if it ever does not, find the
    // token rather than drift, so offsets never point at the wrong characters.
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, pos);
      start = found >= 0 ? found : pos;
    }
    pos = start + value.length;
    out[i] = {
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? '',
      pos: tags[i] ?? 'X',
      start: base + start,
      end: base + pos,
    };
  }
  return {
    tokens: out,
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
    entities: spans(doc.entities() as never, its.type),
    cues: spans(doc.customEntities() as never, its.type),
  };
}

/** wink-nlp's sentiment score (-1..1) of a piece of text. */
export function sentimentOf(text: string): number {
  return nlp.readDoc(text).out(its.sentiment) as number;
}

/**
 * How much of `text` the English model knows: letters in words it has in its vocabulary,
 * out of letters in all words. Words in scripts it cannot tokenise ("unk") count as unknown.
 */
export function knownLetters(text: string): { letters: number; known: number } {
  const doc = nlp.readDoc(text);
  const types = doc.tokens().out(its.type) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  let letters = 0;
  let known = 0;
  normals.forEach((word, i) => {
    if (types[i] !== 'word' && types[i] !== 'unk') return;
    letters += word.length;
    if (types[i] === 'word' && !doc.isOOV(word)) known += word.length;
  });
  return { letters, known };
}
