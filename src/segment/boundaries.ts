// Where sentences end inside one paragraph or list item. One left-to-right pass over the
// characters: each run of terminal punctuation is a candidate, and the words around it decide.
// No regular expression runs over the whole text, so a 1 MB line costs one linear scan.
import { AFTER_NAME, BEFORE_NAME, BEFORE_NUMBER, JOINING, REPORTING_VERBS, SENTENCE_OPENERS, TIME_ZONES } from './words.js';

/** A sentence as offsets into the text given to `findSentences`, without surrounding space. */
export interface Range {
  start: number;
  end: number;
}

/** Does text[start, end) hold a verb? Lets "At 5 a.m." stay a fragment of what follows. */
export type HasVerb = (start: number, end: number) => boolean;

/** Where to look: the scan jumps from one of these characters to the next. */
const TERMINAL = /[.!?\u2026]/g;
const BRACKET = /[()[\]]/g;
/** Quotes and brackets that close over a sentence's final stop: `"This is great."`, `(... engineer.)`. */
const CLOSER = new Set(['"', "'", '”', '’', '»', ')', ']']);
/** A quoted or bracketed passage longer than this is taken to be unbalanced, not enclosing. */
const MAX_ENCLOSED = 400;
/** How deep brackets nest before a closer is taken to be stray. */
const MAX_NESTING = 8;
/** No word or address is longer: look-arounds stop here, so a line without spaces stays linear. */
const MAX_WORD = 200;

/** White space as String.prototype.trim sees it, without making a string per character. */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetterOrDigit = (c: string | undefined): boolean => isLower(c) || isUpper(c) || isDigit(c);

/**
 * Spans of matched brackets, "(...)" and "[...]": a stop inside them ends no sentence
 * ("He teaches science (He previously worked ... engineer.) at the local University.").
 */
function bracketSpans(text: string): Range[] {
  const spans: Range[] = [];
  const open: Array<{ char: string; at: number }> = [];
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '(' || c === '[') open.push({ char: c, at: i });
    else if (c === ')' || c === ']') {
      const want = c === ')' ? '(' : '[';
      // a stray closer (as in "1) first item") leaves the openers as they are; the search
      // stops a few openers down, so a text of unmatched brackets stays linear
      let k = open.length - 1;
      while (k >= 0 && open.length - k <= MAX_NESTING && open[k]!.char !== want) k--;
      if (k >= 0 && open[k]!.char !== want) continue;
      if (k < 0) continue;
      const at = open[k]!.at;
      open.length = k;
      if (i - at <= MAX_ENCLOSED && open.length === 0) spans.push({ start: at, end: i });
    }
  }
  return spans;
}

/** The word that ends at `end` (exclusive): back to the last space, opening quote or bracket, or `floor`. */
function wordBefore(text: string, end: number, floor = 0): { word: string; start: number } {
  let start = end;
  while (start > floor && end - start < MAX_WORD && !isSpace(text[start - 1]) && !'("“‘['.includes(text[start - 1]!)) start--;
  return { word: text.slice(start, end), start };
}

/** The word that starts at `start`, up to the next space, without trailing punctuation. */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < MAX_WORD && !isSpace(text[end])) end++;
  let word = text.slice(start, end);
  while (word && !isLetterOrDigit(word.at(-1))) word = word.slice(0, -1);
  return word;
}

/** "U.S", "E.U", "a.m", "U.S.A": single letters joined by stops. */
function isInitialism(word: string): boolean {
  if (word.length < 3) return false;
  for (let i = 0; i < word.length; i++) {
    const letter = i % 2 === 0;
    if (letter ? !(isLower(word[i]) || isUpper(word[i])) : word[i] !== '.') return false;
  }
  return word.length % 2 === 1;
}

/** Is the stop at `at` part of a web or e-mail address, whose stops are not sentence ends? */
function inAddress(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < MAX_WORD && !isSpace(text[start - 1])) start--;
  let end = at;
  while (end < text.length && end - at < MAX_WORD && !isSpace(text[end])) end++;
  const chunk = text.slice(start, end);
  return chunk.includes('@') || chunk.includes('://') || chunk.toLowerCase().startsWith('www.');
}

/** How many words may follow the reporting verb in a clause that only attributes the quotation. */
const MAX_ATTRIBUTION_WORDS = 3;

/**
 * Does the clause end (a word with final punctuation) within a few words from `at`? `Moreau
 * said.` and `Trump told reporters on Monday.` only attribute the quotation before them;
 * `Ivanova says the pill may have been ...` says something new: a sentence of its own.
 */
function clauseEndsSoon(text: string, at: number): boolean {
  let pos = at;
  for (let n = 0; n <= MAX_ATTRIBUTION_WORDS && pos < text.length; n++) {
    let end = pos;
    while (end < text.length && end - pos < MAX_WORD && !isSpace(text[end])) end++;
    // only a full stop ends a mere attribution: `Okafor said the revenue, about ...` runs on
    if (/[.!?]["'”’)]*$/u.test(text.slice(pos, end))) return true;
    pos = end;
    while (pos < text.length && isSpace(text[pos])) pos++;
  }
  return false;
}

/** How many words may name the speaker before the reporting verb: `" Claire Moreau said.` */
const MAX_SPEAKER_WORDS = 4;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * Does a reporting clause start at `at`: a speaker (capitalised words or a pronoun), then a
 * reporting verb, then the clause's end? `"... fair?" Moreau said.` keeps the quotation and
 * its speaker in one sentence; `"..." She held the book out` does not.
 */
function isReportingClause(text: string, at: number): boolean {
  let pos = at;
  for (let n = 0; n <= MAX_SPEAKER_WORDS && pos < text.length; n++) {
    let end = pos;
    while (end < text.length && end - pos < MAX_WORD && !isSpace(text[end])) end++;
    const word = wordAt(text, pos);
    if (n > 0 && REPORTING_VERBS.has(word.toLowerCase())) return clauseEndsSoon(text, pos);
    const speaker = isUpper(word[0]) || PRONOUNS.has(word.toLowerCase());
    // the speaker's words run on without punctuation: "Moreau, who ..." is no reporting clause
    if (!speaker || end - pos !== word.length) return false;
    pos = end;
    while (pos < text.length && isSpace(text[pos])) pos++;
  }
  return false;
}

/**
 * Is a dash the word at `at` ("—", "–", "-", "--"), and not a minus ("-5")? A dash never opens
 * a sentence: after a stop it goes on with the one before, as in a dateline
 * (`WASHINGTON, D.C. — The Senate ...`), whose abbreviation would otherwise end a sentence.
 */
function isDashWord(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at < MAX_WORD && '-–—'.includes(text[end]!)) end++;
  return end > at && (end === text.length || isSpace(text[end]));
}

/** Has text[start, end) a letter or a digit? A lone `"` or `.` is no sentence. */
function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetterOrDigit(text[i])) return true;
  return false;
}

type Decision = 'end' | 'join';

/**
 * A single full stop at `at`, followed by space and the word at `nextAt`: does it end the
 * sentence? `clause` says whether the words before the stop hold a verb.
 */
function afterStop(text: string, at: number, nextAt: number, floor: number, clause: () => boolean): Decision {
  const { word, start } = wordBefore(text, at, floor);
  const key = word.toLowerCase();
  const next = text[nextAt];
  const nextWord = wordAt(text, nextAt);
  const capital = isUpper(next);
  const digit = isDigit(next);
  if (BEFORE_NAME.has(key) && (capital || digit)) return 'join';
  if (BEFORE_NUMBER.has(key) && digit) return 'join';
  // (a single letter by its case: "Roe v. Wade" joins, "Part V. The" is an initial's question)
  if (JOINING.has(word.length === 1 ? word : key)) return 'join';
  if (word.length === 1 && isUpper(word) && capital) {
    // an initial, "Jonas E. Smith", "J. R. Tolkien", "frontman J. Allard"; but "you and I. Did
    // you ..." and "Plan B. The vote ..." end: a sentence's first word rarely follows an initial
    const before = wordBefore(text, Math.max(0, start - 1)).word;
    const nameBefore = isUpper(before[0]) && (before.length === 1 || !before.endsWith('.') || isInitialism(before.slice(0, -1)));
    const initialAfter = nextWord.length === 1 && text[nextAt + 1] === '.';
    if (initialAfter || ((nameBefore || word !== 'I') && !SENTENCE_OPENERS.has(nextWord.toLowerCase()))) return 'join';
  }
  if (word.length === 1 && isLower(word) && digit) return 'join';
  if (AFTER_NAME.has(key) || BEFORE_NUMBER.has(key)) {
    // "at 9 p.m. ET on CBS": a time zone goes on with its time
    if (TIME_ZONES.has(nextWord)) return 'join';
    // "Pitt, Briggs & Co. It closed" ends; "At 5 a.m. Mr. Smith went" has no verb yet
    if (capital) return clause() ? 'end' : 'join';
    return digit ? 'join' : 'end';
  }
  if (isInitialism(word) && capital) return SENTENCE_OPENERS.has(nextWord.toLowerCase()) ? 'end' : 'join';
  return 'end';
}

/** Is a straight-quoted passage open at `at`: an odd number of `"` since `from`? */
function openQuote(text: string, from: number, at: number): boolean {
  let n = 0;
  for (let i = from; i < at; i++) if (text[i] === '"') n++;
  return n % 2 === 1;
}

/** Split `text` (one paragraph or list item) into sentences. */
export function findSentences(text: string, hasVerb: HasVerb): Range[] {
  const out: Range[] = [];
  const brackets = bracketSpans(text);
  let bracket = 0;
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;

  const push = (end: number, nextStart: number): void => {
    let e = end;
    while (e > start && isSpace(text[e - 1])) e--;
    const previous = out.at(-1);
    // a stray quote or stop after the last sentence belongs to it: `country. "`
    if (previous && !hasWord(text, start, e)) previous.end = e;
    else if (e > start) out.push({ start, end: e });
    start = nextStart;
  };

  TERMINAL.lastIndex = start;
  for (let m = TERMINAL.exec(text); m; m = TERMINAL.exec(text)) {
    const at = m.index;
    // the run of stops, with the spaces of a spaced ellipsis (". . .") inside it
    let j = at;
    let dots = 0;
    let marks = 0;
    for (;;) {
      const c = text[j];
      if (c === '.') dots++;
      else if (c === '…') dots += 3;
      else if (c === '!' || c === '?') marks++;
      else if (c === ' ' && text[j + 1] === '.' && marks === 0 && dots > 0) {
        j++;
        continue;
      } else break;
      j++;
    }
    const runEnd = j;
    while (j < text.length && CLOSER.has(text[j]!)) j++;
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    // "stronger than ever. " A judgement ...": a straight quote spaced off after the stop closes
    // the quotation the sentence opened, when one is open and a space follows it
    if (text[k] === '"' && isSpace(text[k + 1]) && openQuote(text, start, at)) {
      j = k + 1;
      k = j;
      while (k < text.length && isSpace(text[k])) k++;
    }
    TERMINAL.lastIndex = runEnd;
    if (k >= text.length) break;

    while (bracket < brackets.length && brackets[bracket]!.end < j) bracket++;
    const enclosing = brackets[bracket];
    if (enclosing && enclosing.start < at && enclosing.end >= j) continue;

    const next = text[k]!;
    if (k === j) {
      // "Hello world.Today is Tuesday.": a stop glued between a word and a capitalised word
      const glued = dots === 1 && marks === 0 && runEnd === j && isUpper(next) && isLower(text[k + 1]);
      if (glued && wordBefore(text, at, start).word.length >= 2 && !inAddress(text, at) && afterStop(text, at, k, start, () => true) === 'end') {
        push(j, k);
      }
      continue;
    }
    if (isLower(next) || isDashWord(text, k)) continue;

    if (dots >= 3) {
      const attached = at > 0 && !isSpace(text[at - 1]);
      const spacedRun = text[at + 1] === ' ';
      if (!isUpper(next) && !isDigit(next)) continue;
      // "compounds. . . . The practice": the word's own stop ends it, the ellipsis opens the next
      if (attached && spacedRun && dots >= 4) push(at + 1, at + 2);
      else if (attached || dots >= 4) push(j, k);
      continue;
    }
    const quoted = j > runEnd && '"\'”’»'.includes(text[j - 1]!);
    if (quoted && isReportingClause(text, k)) continue;
    if (marks > 0) {
      push(j, k);
      continue;
    }
    const sentenceStart = start;
    if (afterStop(text, at, k, start, () => hasVerb(sentenceStart, at)) === 'end') push(j, k);
  }
  push(text.length, text.length);
  return out;
}
