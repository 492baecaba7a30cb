// Direct quotations: which tokens of a sentence sit inside quote marks, and which sentences
// are quoted speech. A quotation that runs over several sentences (each new paragraph of it
// re-opened with a mark, the last one closed) is tracked across sentences.
import type { Token } from '../nlp/wink.js';

export interface QuoteMarks {
  /** Per token: inside a quotation. */
  inside: boolean[];
  /** Most of the sentence's words are inside a quotation. */
  quoted: boolean;
  /** The quotation is still open at the sentence's end. */
  endsOpen: boolean;
  /** The sentence begins inside a quotation, or with a quote mark. */
  startsQuoted: boolean;
}

const OPENERS = new Set(['“']);
const CLOSERS = new Set(['”']);
const STRAIGHT = new Set(['"']);
const QUOTE_MARKS = new Set([...OPENERS, ...CLOSERS, ...STRAIGHT]);
const ENDING_PUNCT = new Set(['.', ',', '?', '!', ';', ':', '—', '-']);
/** Single marks, which much of the British and Asian press quotes with ('We will fight,' he said). */
const SINGLE_OPENERS = new Set(['‘', "'"]);
const SINGLE_CLOSERS = new Set(['’', "'"]);

const attached = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/**
 * Does the single mark at `j` open a quotation: written against the word after it and not the
 * one before ("told the agency: 'We are ..."), so never an apostrophe ("the farmers' union")?
 */
function opensSingle(tokens: readonly Token[], j: number): boolean {
  const after = tokens[j + 1];
  return SINGLE_OPENERS.has(tokens[j]!.value) && !attached(tokens[j - 1], tokens[j]) && attached(tokens[j], after) && /^\p{L}/u.test(after!.value);
}

/** Does a quotation open at token `i`: an opening mark, or a straight or single one written against the word after it? */
export function opensQuotation(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i];
  if (mark?.value === '“') return true;
  return (mark?.value === '"' && attached(mark, tokens[i + 1])) || (mark !== undefined && opensSingle(tokens, i));
}

/**
 * Does the single mark at `j` close an open quotation: written against the word before it and
 * not the one after, unless a plural's possessive stands there ("the farmers' union")?
 */
function closesSingle(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!SINGLE_CLOSERS.has(tokens[j]!.value) || !attached(before, tokens[j])) return false;
  if (after !== undefined && attached(tokens[j], after) && after.pos !== 'PUNCT') return false;
  const possessive = /s$/i.test(before!.value) && after !== undefined && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos);
  return !possessive;
}

/**
 * Mark the quotations of each sentence in article order. `paragraphStarts[i]` says sentence i
 * opens a paragraph: a quotation left open there is closed, since news English re-opens a
 * quotation that runs on with a new mark, and a stray mark must not swallow the article.
 */
export function markQuotes(sentences: Token[][], paragraphStarts: readonly boolean[] = []): QuoteMarks[] {
  let open = false;
  // a quotation in single marks, tracked apart: its closing mark is also the apostrophe
  let single = false;
  return sentences.map((tokens, i) => {
    if (paragraphStarts[i]) open = single = false;
    const startsQuoted = open || single || QUOTE_MARKS.has(tokens[0]?.value ?? '') || (tokens.length > 0 && opensSingle(tokens, 0));
    const inside: boolean[] = new Array(tokens.length).fill(false);
    let lastMark = -1;
    tokens.forEach((t, j) => {
      if (!open && !single && opensSingle(tokens, j)) {
        single = true;
        lastMark = j;
        return;
      }
      if (single && closesSingle(tokens, j)) {
        single = false;
        lastMark = j;
        return;
      }
      if (!QUOTE_MARKS.has(t.value)) {
        inside[j] = open || single;
        return;
      }
      if (OPENERS.has(t.value)) open = true;
      // ("”Once again, Safa has been made a laughing stock,” said one official": some presses
      // open with the closing mark; written against the word after it, it opens)
      else if (CLOSERS.has(t.value)) open = !open && !attached(tokens[j - 1], t) && attached(t, tokens[j + 1]) && /^\p{L}/u.test(tokens[j + 1]!.value);
      else {
        // a straight mark written against the word before it and followed by a space closes
        // a quotation, even one whose opening mark the writer dropped ('... reassure them,"
        // said Mr Davis'): what came before it in the sentence was the quotation
        const before = tokens[j - 1];
        const after = tokens[j + 1];
        const closes = before !== undefined && before.end === t.start && (after === undefined || after.start > t.end);
        // ... but a stray mark after the sentence's last word closes nothing
        if (closes && !open && after !== undefined && after.pos !== 'PUNCT') inside.fill(true, lastMark + 1, j);
        // a mark that opens a sentence opens a quotation, even one that re-opens a continuing
        // quote; one right after final punctuation closes it; otherwise it toggles
        open = closes ? false : j === 0 ? true : ENDING_PUNCT.has(before!.value) && open ? false : !open;
      }
      lastMark = j;
    });
    const words = tokens.filter((t) => t.pos !== 'PUNCT');
    const quotedWords = tokens.filter((t, j) => t.pos !== 'PUNCT' && inside[j]).length;
    return { inside, quoted: words.length > 0 && quotedWords * 2 > words.length, endsOpen: open || single, startsQuoted };
  });
}
