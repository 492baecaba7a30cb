// The sentiment of a run of tokens, scored as wink-nlp's readDoc scored a view read again on its
// own, from the tokens evenhand already has: that second readDoc per view cost about 5% of a run, and
// reading documents without wink's sentence splitter, negation and sentiment about 6% more. The
// model's own machines do the matching: its sentiment machine finds scored words and phrases, its
// negation machine the words that turn what follows ("not good"); each sentence's score is the
// mean of the phrases found in it, a turned one counting against, and the view's is the mean of
// its sentences' (scoreOf says where they end). A negation reaches only as far as the view does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import simpleFSM from 'wink-nlp/src/automaton.js';
import { loadModel } from './model.js';

/** What a matched phrase is worth in the sentiment machine: thousandths of a score. */
const SCALE = 1000;
/** The negation machine's names: "1" turns what follows, "2" is a phrase that only looks like a negation ("not only"). */
const TURNS = '1';

interface Machines {
  sentiment: ReturnType<typeof simpleFSM>;
  negation: ReturnType<typeof simpleFSM>;
}
let machines: Machines | undefined;

type Model = { sa(): { machines: string[] }; negation(): { machines: string[] } };

/** The keys wink's machine keeps for "any other word" and the end of the text: no word may be read as them. */
const MACHINE_KEYS = new Set(['2070000', '2070003']);

/**
 * The model's sentiment and negation machines, each as the JSON wink-nlp imports, with every
 * word's number in the model's word list replaced by the word itself, so they step on the
 * tokens' normal forms. scripts/sentiment-machines.mjs writes them at build time: the word list
 * is 3 MB, read inside wink-nlp out of reach, and reading it again took about 50 ms.
 */
export function machinesByWord(): [sentiment: string, negation: string] {
  const require = createRequire(import.meta.url);
  const model = loadModel() as unknown as Model;
  const core = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: string[] } } };
  const { list } = core.features.lexeme;
  const byWord = (json: string): string => {
    const machine = JSON.parse(json) as [number, number, Record<string, Record<string, number>>, ...unknown[]];
    for (const [state, moves] of Object.entries(machine[2])) {
      const renamed: Record<string, number> = {};
      for (const [key, next] of Object.entries(moves)) renamed[MACHINE_KEYS.has(key) ? key : (list[Number(key)] ?? key)] = next;
      machine[2][state] = renamed;
    }
    return JSON.stringify(machine);
  };
  return [byWord(model.sa().machines[0]!), byWord(model.negation().machines[0]!)];
}

/** The two machines, as written at build time where there is a build. */
function load(): Machines {
  let json: string[];
  try {
    json = readFileSync(new URL('./sentiment-machines.txt', import.meta.url), 'utf8').split('\n');
  } catch {
    json = machinesByWord();
  }
  // the machines step over line breaks, as wink's do
  const cache = { lookup: (text: string): string[] => [text] };
  const sentiment = simpleFSM(cache);
  sentiment.importJSON(json[0]!);
  const negation = simpleFSM(cache);
  negation.importJSON(json[1]!);
  return { sentiment, negation };
}

/** A token as the machines read it: its normal form, and whether it is punctuation (which no negation turns). */
export interface SentimentToken {
  normal: string;
  pos: string;
}

// The rules ask for the sentiment of the same view several times (the speaker's side across the
// article, then the sentence's own stance), and of many views of one sentence: each sentence's
// words and answers are kept with its tokens.
interface Scored {
  words: string[];
  scores: Map<number, number>;
}
const scored = new WeakMap<readonly SentimentToken[], Scored>();

/** wink-nlp's sentiment (-1..1) of tokens `first` to `last` (inclusive). */
export function sentimentOfTokens(tokens: readonly SentimentToken[], first: number, last: number): number {
  let kept = scored.get(tokens);
  if (!kept) {
    const words = tokens.map((t) => (MACHINE_KEYS.has(t.normal) ? '' : t.normal));
    kept = { words, scores: new Map() };
    scored.set(tokens, kept);
  }
  const key = first * tokens.length + last;
  let score = kept.scores.get(key);
  if (score === undefined) {
    score = scoreOf(tokens, kept.words.slice(first, last + 1), first);
    kept.scores.set(key, score);
  }
  return score;
}

/** Forms of "lack", which turn what follows as a negation does. */
const LACKING = new Set(['lack', 'lacks', 'lacked', 'lacking']);

/** Tokens that end a sentence where words follow them. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * The score of `words`, the first of them token `first`, as the model's
 * machines give it and as readDoc weighed the view's tokens joined by spaces, which is how
 * evenhand scored views before: the mean of each sentence's mean, a sentence ending at a full
 * stop, question or exclamation mark with anything after it. In that text a quotation's closing
 * mark after a full stop reads as a sentence of its own (`well . "`), so a quoted view's tone
 * counts half; scoring every view as one sentence lowered cross-validated macro-F1 by 0.006.
 */
function scoreOf(tokens: readonly SentimentToken[], words: readonly string[], first: number): number {
  machines ??= load();
  const { sentiment, negation } = machines;
  const found = sentiment.recognize(words);
  if (found.length === 0) return 0;
  const sentenceOf = new Uint16Array(words.length);
  let sentences = 1;
  for (let i = 0; i < words.length; i++) {
    sentenceOf[i] = sentences - 1;
    if (i + 1 < words.length && SENTENCE_ENDS.has(tokens[first + i]!.normal)) sentences++;
  }
  // as wink's negation setter: a negation turns every word after it up to the next negation
  // phrase or the end of its sentence, punctuation excepted
  const turned = new Uint8Array(words.length);
  const negations = negation.recognize(words);
  // ("the deal lacked transparency", "a lack of trust"): what is lacking is missed, not had;
  // wink's machine turns what follows "without" and "no", but not "lack"
  const machineFound = negations.length;
  for (let i = 0; i < words.length; i++) if (LACKING.has(words[i]!)) negations.push([i, i, TURNS]);
  if (negations.length > machineFound) negations.sort((a, b) => a[0] - b[0]);
  for (let k = 0; k < negations.length; k++) {
    if (negations[k]![2] !== TURNS) continue;
    const until = k + 1 < negations.length ? negations[k + 1]![0] : words.length;
    const own = sentenceOf[negations[k]![1]];
    for (let i = negations[k]![1] + 1; i < until && sentenceOf[i] === own; i++) if (tokens[first + i]!.pos !== 'PUNCT') turned[i] = 1;
  }
  const sums = new Float64Array(sentences);
  const counts = new Uint16Array(sentences);
  for (const [at, , score] of found) {
    const k = sentenceOf[at]!;
    sums[k] = sums[k]! + (turned[at] ? -Number(score) : Number(score)) / SCALE;
    counts[k] = counts[k]! + 1;
  }
  let total = 0;
  for (let k = 0; k < sentences; k++) if (counts[k]) total += sums[k]! / counts[k]!;
  return total / sentences;
}
