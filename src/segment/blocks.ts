// Plain-text layout: lines -> headings, list items and paragraphs, with offsets.
// wink-nlp sees only paragraphs and items, so a heading can never merge into a sentence
// and a hard-wrapped paragraph is never split at its line breaks.
import { isTitleCase } from '../nlp/capitals.js';
import { LIST_MARKER } from './lists.js';

export type BlockKind = 'heading' | 'item' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** Offsets of the block's words in the text the segmenter reads (a list marker is outside them). */
  start: number;
  end: number;
  /** The list marker that opened an item ("1.) ", "• "), which may continue inside it. */
  marker?: string;
}

interface Line {
  start: number;
  end: number;
  /** The line without surrounding white space. */
  text: string;
  /** Offset of `text` in the input. */
  textStart: number;
}

/** A stop, then any closing quotes or brackets, perhaps after a space (`the country. "`). */
const TERMINAL = /[.!?…:;,](?:\s?["'”’)\]])*$/u;
/** Enough of a line's end for TERMINAL and a trailing dash, so a long line is not scanned whole. */
const TAIL = 16;
const endsLikeSentence = (text: string): boolean => TERMINAL.test(text.slice(-TAIL));
const endsInDash = (text: string): boolean => /[-–—]$/u.test(text.slice(-1));
const OPENS_LIKE_TITLE = /^["'“‘(]?[\p{Lu}\p{N}]/u;
const FUNCTION_WORD = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'its',
  'their', 'his', 'her', 'our', 'this', 'these', 'than', 'into', 'over', 'about', 'said',
]);
const MAX_HEADING_WORDS = 15;
const MAX_HEADING_CHARS = 120;
const MAX_HEADLINE_CHARS = 200;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const eol = /\r\n?|[\n\f\v\u2028\u2029]/g;
  let start = 0;
  for (let m = eol.exec(text); ; m = eol.exec(text)) {
    const end = m ? m.index : text.length;
    const raw = text.slice(start, end);
    const body = raw.trim();
    lines.push({ start, end, text: body, textStart: start + (body ? raw.indexOf(body[0]!) : 0) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Could this line, on its own, be a heading? (Short, no final punctuation, title-like start.) */
function mayBeHeading(line: Line, alone = false, opening = false): boolean {
  const text = line.text;
  // a text's opening line standing alone without a stop is its headline, however long a
  // sentence it writes ("We need to stand up for vulnerable people, says leading health
  // campaigner after temporary closure of Ward 5B is revealed")
  const headline = alone && opening;
  if (!text || text.length > (headline ? MAX_HEADLINE_CHARS : MAX_HEADING_CHARS) || endsLikeSentence(text) || endsInDash(text)) return false;
  if (!OPENS_LIKE_TITLE.test(text)) return false;
  const ws = words(text);
  // a long headline on a line of its own is still one when it capitalises like a title
  if (ws.length > MAX_HEADING_WORDS && !headline && !(alone && isTitleCase(text))) return false;
  // a line that ends on "for" may be a wrapped sentence's tail, unless blank lines stand on both
  // sides of it: "A second runway is a bet our children will pay for" is a title
  const last = ws.at(-1)?.toLowerCase().replace(/\W+$/u, '') ?? '';
  return ws.length === 1 || alone || !FUNCTION_WORD.has(last);
}

/**
 * Decide by layout whether a line titles what follows or is a wrapped line of a paragraph.
 * `prev` is the previous line of the same paragraph (none after a blank line), `next` the
 * following line if no blank line separates them; `alone` says blank lines stand on both sides,
 * `opening` that nothing of the text comes before it.
 */
function isHeading(line: Line, prev: Line | undefined, prevWasHeading: boolean, next: Line | undefined, alone: boolean, opening: boolean): boolean {
  if (!mayBeHeading(line, alone, opening)) return false;
  // the tail of a wrapped sentence: the previous line stopped mid-sentence
  if (prev && !prevWasHeading && !endsLikeSentence(prev.text)) return false;
  if (!next || LIST_MARKER.test(next.text)) return true;
  // a wrapped line runs on into a lower-case continuation
  if (!OPENS_LIKE_TITLE.test(next.text)) return false;
  // wrapped lines are about as long as their neighbours; a heading is much shorter than its text
  return isTitleCase(line.text) || words(line.text).length <= 3 || line.text.length <= 0.6 * next.text.length;
}

/**
 * A line this long is no hard-wrapped line: a text that has one writes a paragraph to a line,
 * as pages copied from the web do, and each of its lines is a block of its own.
 */
const UNWRAPPED_LINE_CHARS = 160;
/**
 * Lines a scraped page carries that are no part of the story: a video's "Play ... Embed" bar
 * and its title with a running time, "Read more", photo credits, share buttons.
 */
const BOILERPLATE = [
  /^Play\b.*\bEmbed$/u,
  /\bPlay Video\s*\d+:\d\d$/u,
  /\s\d{1,2}:\d\d$/u,
  /^(?:Read more|Story continued below|Story highlights|Related):?$/iu,
  /^(?:Photo|Photograph|Image|Video)s?\s*:/iu,
  /^\([^()]*\)$/u,
  /^(?:Facebook|Twitter|Pinterest|Google Plus|Email|Share)(?:\s+(?:Facebook|Twitter|Pinterest|Google Plus|Email|Share|Embed))*$/iu,
  // the signature under an embedded post: "— Ann Cole (@anncole) May 2, 2016", "— Ann B. Cole (@abc) ..."
  /^[—–-]\s*(?:[^.!?]|\b[A-Z]\.)*\(@\w+\)/u,
  // a source credit set between tildes, after the story's last stop: "~ Caribbean360 ~"
  /^~[^~.!?]+~$/u,
];
/** Is this line, or a piece of one after a caption's stop, page furniture rather than the story's words? */
export const isBoilerplate = (text: string): boolean => BOILERPLATE.some((re) => re.test(text));

/** Most lines a list written one entry a line may have on each line. */
const MAX_LINE_ITEM_WORDS = 5;
const MAX_LINE_ITEM_CHARS = 60;

/**
 * Short lines, none ending in punctuation or in a word that needs a continuation, are a
 * list written one entry a line ("features / contact manager / events, activities"), not a
 * wrapped sentence: a wrapped sentence ends in a stop somewhere.
 */
function isLineList(lines: Line[]): boolean {
  return (
    lines.length >= 2 &&
    lines.every((l) => {
      if (l.text.length > MAX_LINE_ITEM_CHARS || endsLikeSentence(l.text) || endsInDash(l.text)) return false;
      const ws = words(l.text);
      return ws.length <= MAX_LINE_ITEM_WORDS && !FUNCTION_WORD.has(ws.at(-1)!.toLowerCase());
    })
  );
}

/** Does any line after line `i` hold text? (Stops at the first that does.) */
function textAfter(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text) return true;
  return false;
}

/**
 * Split text into headings, list items and paragraphs, in order. `continued` says the text goes
 * on from an earlier part of its input (a later chunk of a long one), so its opening line is no headline.
 */
export function splitBlocks(text: string, continued = false): Block[] {
  const lines = splitLines(text);
  const unwrapped = lines.some((l) => l.text.length > UNWRAPPED_LINE_CHARS);
  const blocks: Block[] = [];
  let paragraph: Block | undefined;
  let paragraphLines: Line[] = [];
  let item: Block | undefined;
  let prevInBlock: Line | undefined;
  let prevWasHeading = false;

  const close = (): void => {
    if (paragraph && isLineList(paragraphLines)) {
      for (const l of paragraphLines) blocks.push({ kind: 'item', start: l.textStart, end: l.textStart + l.text.length });
    } else if (paragraph) blocks.push(paragraph);
    paragraphLines = [];
    if (item) blocks.push(item);
    paragraph = undefined;
    item = undefined;
  };

  lines.forEach((line, i) => {
    if (!line.text) {
      close();
      prevInBlock = undefined;
      prevWasHeading = false;
      return;
    }
    const following = lines[i + 1];
    const next = following && following.text ? following : undefined;
    const marker = LIST_MARKER.exec(line.text);
    if (marker && line.text.length > marker[0].length) {
      close();
      item = { kind: 'item', start: line.textStart + marker[0].length, end: line.textStart + line.text.length, marker: marker[0] };
      prevInBlock = line;
      prevWasHeading = false;
      return;
    }
    // an indented line under a list item continues it
    if (item && line.textStart > line.start) {
      item.end = line.textStart + line.text.length;
      prevInBlock = line;
      return;
    }
    // blank lines (or the text's edges) on both sides
    const alone = !next && (i === 0 || !lines[i - 1]!.text);
    // a page that writes a paragraph to a line: a line that ends without a stop is a caption,
    // a credit or a link, not the start of a sentence that runs on
    const scraped = unwrapped && (isBoilerplate(line.text) || (prevInBlock !== undefined || next !== undefined) && mayBeHeading(line, true));
    // (a text's opening line heads a story only when the story follows it)
    const opening = !continued && blocks.length === 0 && !paragraph && !item && textAfter(lines, i);
    if (scraped || isHeading(line, item ? undefined : prevInBlock, prevWasHeading, next, alone, opening)) {
      close();
      blocks.push({ kind: 'heading', start: line.textStart, end: line.textStart + line.text.length });
      prevInBlock = undefined;
      prevWasHeading = true;
      return;
    }
    if (item) close();
    // ... and every line of such a page is a paragraph of its own
    if (unwrapped) close();
    paragraphLines.push(line);
    if (paragraph) paragraph.end = line.textStart + line.text.length;
    else paragraph = { kind: 'paragraph', start: line.textStart, end: line.textStart + line.text.length };
    prevInBlock = line;
    prevWasHeading = false;
  });
  close();
  return blocks;
}
