// The sentiment of a run of tokens, scored as wink-nlp's readDoc scores a one-sentence document,
// from the tokens evenhand already has: a second readDoc per view cost about 5% of a run, and
// reading documents without wink's sentence splitter, negation and sentiment about 6% more. The
// model's own machines do the matching: its sentiment machine finds scored words and phrases, its
// negation machine the words that turn what follows ("not good"); each sentence's score is the
// mean of the phrases found in it, a turned one counting against, and the view's is the mean of
// its sentences' (scoreOf says where they end). A negation reaches only as far as the view does.
import { createRequire } from 'node:module';
import simpleFSM from 'wink-nlp/src/automaton.js';
import { loadModel } from './model.js';

/** What a matched phrase is worth in the sentiment machine: thousandths of a score. */
const SCALE = 1000;
/** The negation machine's names: "1" turns what follows, "2" is a phrase that only looks like a negation ("not only"). */
const TURNS = '1';

interface Machines {
  words: Map<string, number>;
  sentiment: ReturnType<typeof simpleFSM>;
  negation: ReturnType<typeof simpleFSM>;
}
let machines: Machines | undefined;

type Model = { sa(): { machines: string[] }; negation(): { machines: string[] } };

/**
 * The words the two machines step on, each with its number in the model's word list (what
 * scripts/sentiment-words.mjs writes at build time: the list is 3 MB, read inside wink-nlp
 * out of reach, and reading it again took about 50 ms).
 */
export function machineWords(): Record<string, number> {
  const require = createRequire(import.meta.url);
  const model = loadModel() as unknown as Model;
  const core = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: string[] } } };
  const { list } = core.features.lexeme;
  const words: Record<string, number> = {};
  for (const json of [model.sa().machines[0]!, model.negation().machines[0]!]) {
    const states = (JSON.parse(json) as [number, number, Record<string, Record<string, number>>])[2];
    for (const state of Object.values(states)) {
      for (const key of Object.keys(state)) {
        const word = list[Number(key)];
        if (word !== undefined) words[word] = Number(key);
      }
    }
  }
  // the machines step over line breaks
  words['\n'] = list.indexOf('\n');
  return words;
}

/** The model's two machines and the numbers of the words they step on, written at build time where there is a build. */
function load(): Machines {
  let known: Record<string, number>;
  try {
    known = createRequire(import.meta.url)('./sentiment-words.json') as Record<string, number>;
  } catch {
    known = machineWords();
  }
  const words = new Map(Object.entries(known));
  const model = loadModel() as unknown as Model;
  const cache = { lookup: (text: string): number[] => [words.get(text) ?? -1] };
  const sentiment = simpleFSM(cache);
  sentiment.importJSON(model.sa().machines[0]!);
  const negation = simpleFSM(cache);
  negation.importJSON(model.negation().machines[0]!);
  return { words, sentiment, negation };
}

/** A token as the machines read it: its normal form, and whether it is punctuation (which no negation turns). */
export interface SentimentToken {
  normal: string;
  pos: string;
}

// The rules ask for the sentiment of the same view several times (the speaker's side across the
// article, then the sentence's own stance), and of many views of one sentence: each sentence's
// word numbers and answers are kept with its tokens.
interface Scored {
  ids: Int32Array;
  scores: Map<number, number>;
}
const scored = new WeakMap<readonly SentimentToken[], Scored>();

/** wink-nlp's sentiment (-1..1) of tokens `first` to `last` (inclusive). */
export function sentimentOfTokens(tokens: readonly SentimentToken[], first: number, last: number): number {
  let kept = scored.get(tokens);
  if (!kept) {
    machines ??= load();
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = machines.words.get(tokens[i]!.normal) ?? -1;
    kept = { ids, scores: new Map() };
    scored.set(tokens, kept);
  }
  const key = first * tokens.length + last;
  let score = kept.scores.get(key);
  if (score === undefined) {
    score = scoreOf(tokens, kept.ids.subarray(first, last + 1), first);
    kept.scores.set(key, score);
  }
  return score;
}

/** Tokens that end a sentence where words follow them. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * The score of the words numbered `ids`, the first of them token `first`, as the model's
 * machines give it and as readDoc weighed the view's tokens joined by spaces, which is how
 * evenhand scored views before: the mean of each sentence's mean, a sentence ending at a full
 * stop, question or exclamation mark with anything after it. In that text a quotation's closing
 * mark after a full stop reads as a sentence of its own (`well . "`), so a quoted view's tone
 * counts half; scoring every view as one sentence lowered cross-validated macro-F1 by 0.006.
 */
function scoreOf(tokens: readonly SentimentToken[], ids: Int32Array, first: number): number {
  const { sentiment, negation } = machines!;
  const found = sentiment.recognize(ids);
  if (found.length === 0) return 0;
  const sentenceOf = new Uint16Array(ids.length);
  let sentences = 1;
  for (let i = 0; i < ids.length; i++) {
    sentenceOf[i] = sentences - 1;
    if (i + 1 < ids.length && SENTENCE_ENDS.has(tokens[first + i]!.normal)) sentences++;
  }
  // as wink's negation setter: a negation turns every word after it up to the next negation
  // phrase or the end of its sentence, punctuation excepted
  const turned = new Uint8Array(ids.length);
  const negations = negation.recognize(ids);
  for (let k = 0; k < negations.length; k++) {
    if (negations[k]![2] !== TURNS) continue;
    const until = k + 1 < negations.length ? negations[k + 1]![0] : ids.length;
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
