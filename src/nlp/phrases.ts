// Named phrase lists found in a document's tokens: a trie over token forms, built once, walked
// once per token. It finds exactly what wink-nlp's custom entities found with
// { matchValue: false, usePOS: true, useEntity: false } (the cue lexicons' setting), without
// wink's second automaton pass over every document and without compiling the patterns
// through wink at start-up. Its rules, as wink's:
// - a phrase's words match a token's normal form; a word that is a part-of-speech tag (NOUN,
//   ADJ, ...) matches any token with that tag;
// - a token is read as its value if that is a phrase word, else its normal if that is one,
//   else its tag, so "NOUN" in a phrase never matches a noun that is itself a phrase word;
// - leftmost, then longest, match; matches never overlap; a line break between two words
//   is a token (tagged SPACE) and so breaks a phrase;
// - a phrase in two lists is named by the later list.

/** The parts of speech a phrase may use in place of a word (wink-nlp's Universal POS tags). */
export const POS_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

/** A phrase as tokens: each a normal form, or a POS tag. */
export interface CompiledPhrase {
  name: string;
  tokens: readonly string[];
}

/** A match: token indexes [first, last], inclusive, as wink gives spans. */
export interface PhraseSpan {
  name: string;
  first: number;
  last: number;
}

interface Node {
  next: Map<string, Node>;
  /** The list whose phrase ends here, if one does. */
  name: string | undefined;
}

const node = (): Node => ({ next: new Map(), name: undefined });

export class PhraseMatcher {
  private readonly root = node();
  /** Every word (not tag) of every phrase: a token whose form is not among them is read as its tag. */
  private readonly words = new Set<string>();

  constructor(phrases: readonly CompiledPhrase[]) {
    for (const { name, tokens } of phrases) {
      if (tokens.length === 0) continue;
      let at = this.root;
      for (const t of tokens) {
        if (!POS_TAGS.has(t)) this.words.add(t);
        let child = at.next.get(t);
        if (!child) at.next.set(t, (child = node()));
        at = child;
      }
      at.name = name;
    }
  }

  /**
   * The phrases in a document, given each token's value, normal form and tag (parallel
   * arrays, as wink's `.out()` gives them), in text order.
   */
  match(values: readonly string[], normals: readonly string[], tags: readonly string[]): PhraseSpan[] {
    const n = values.length;
    // each token as the trie reads it, once
    const forms: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const value = values[i]!;
      const normal = normals[i]!;
      forms[i] = this.words.has(value) ? value : this.words.has(normal) ? normal : tags[i]!;
    }
    const out: PhraseSpan[] = [];
    for (let i = 0; i < n; i++) {
      let at: Node | undefined = this.root.next.get(forms[i]!);
      if (!at) continue;
      let name = at.name;
      let end = i;
      for (let j = i + 1; j < n; j++) {
        at = at.next.get(forms[j]!);
        if (!at) break;
        if (at.name !== undefined) {
          name = at.name;
          end = j;
        }
      }
      if (name !== undefined) {
        out.push({ name, first: i, last: end });
        i = end;
      }
    }
    return out;
  }
}
