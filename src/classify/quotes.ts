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

/**
 * Mark the quotations of each sentence in article order. `paragraphStarts[i]` says sentence i
 * opens a paragraph: a quotation left open there is closed, since news English re-opens a
 * quotation that runs on with a new mark, and a stray mark must not swallow the article.
 */
export function markQuotes(sentences: Token[][], paragraphStarts: readonly boolean[] = []): QuoteMarks[] {
  let open = false;
  return sentences.map((tokens, i) => {
    if (paragraphStarts[i]) open = false;
    const startsQuoted = open || QUOTE_MARKS.has(tokens[0]?.value ?? '');
    const inside: boolean[] = new Array(tokens.length).fill(false);
    let lastMark = -1;
    tokens.forEach((t, j) => {
      if (!QUOTE_MARKS.has(t.value)) {
        inside[j] = open;
        return;
      }
      if (OPENERS.has(t.value)) open = true;
      else if (CLOSERS.has(t.value)) open = false;
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
    return { inside, quoted: words.length > 0 && quotedWords * 2 > words.length, endsOpen: open, startsQuoted };
  });
}
