// Generated articles for the property tests: lines of words, punctuation, list items and
// headings, joined by any line end, with the unicode that breaks naive offset arithmetic
// and, now and then, arbitrary UTF-16 code units.
import fc from 'fast-check';

/** Cases per property: the issue asks for at least 1,000 in CI. */
export const RUNS = 1_000;

const WORDS = [
  'critics', 'argue', 'supporters', 'say', 'proponents', 'believe', 'others', 'some', 'the', 'a', 'plan',
  'is', 'was', 'flawed', 'summit', 'met', 'in', 'and', 'however', 'while', 'although', 'could', 'may',
  'Trump', 'Kim', 'Lord', 'Smith', 'North', 'Korea', 'Mr.', 'U.S.', 'e.g.', "it's", "Kim's",
];
const UNICODE = [
  'café', 'naïve', 'e\u0301', 're\u0301sume\u0301', '👍🏽', '👩‍👩‍👧‍👦', '🧑‍🚀', '🇺🇸', '北京', 'Москва', 'ﬁne',
  '\u200b', 'a\u00a0b', '½', '²',
];
const PUNCTUATION = ['.', ',', '!', '?', '…', ';', ':', '—', '-', '"', '“', '”', '(', ')', "'", '...', '?!'];
const LIST_MARKERS = ['- ', '* ', '• ', '1. ', '12) ', '(3) ', 'a) ', '(b) '];
const LINE_ENDS = ['\n', '\r\n', '\r'];

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
  // any UTF-16 code units, lone surrogates and control characters too: the library API takes any string
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
);

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0');

const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(word, space), { minLength: min, maxLength: max }).map((ws) => ws.map(([w, s]) => w + s).join('').trimEnd());

const sentenceLine = fc
  .tuple(words(1, 14), fc.constantFrom('', '.', '.', '!', '?', '."', ':'))
  .map(([body, end]) => body + end);
const listItem = fc.tuple(fc.constantFrom(...LIST_MARKERS), sentenceLine).map(([marker, body]) => marker + body);
const heading = fc
  .array(fc.constantFrom('Historical', 'Context', 'of', 'Trump-Kim', 'Meetings', 'Commentary', 'Outlook', '2019'), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.join(' '));
const blank = fc.constantFrom('', '', '   ', '\t');
const indent = fc.constantFrom('', '', '', '  ', '\t');

const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: sentenceLine },
  { weight: 2, arbitrary: listItem },
  { weight: 2, arbitrary: heading },
  { weight: 3, arbitrary: blank },
);

/** An article of up to 12 lines, each indented or not, with mixed line ends. */
export const article: fc.Arbitrary<string> = fc
  .array(fc.tuple(indent, line, fc.constantFrom(...LINE_ENDS)), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([i, l, eol]) => i + l + eol).join(''));
