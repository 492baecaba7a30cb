// The only importer of wink-nlp: the model is loaded once per process, and one readDoc per
// text gives the tokens, tags and entities; the cue phrases are found in those tokens by a
// PhraseMatcher (phrases.ts), as wink's custom entities found them. Which phrases is the
// classifier's business (classify/cues.ts); this module knows only how to find them.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { isTitleCase } from './capitals.js';
import { loadModel, withSteadyTokenizer } from './model.js';
import { PhraseMatcher, POS_TAGS, type CompiledPhrase } from './phrases.js';

export interface Token {
  value: string;
  /** Lower-cased, normalised form (wink's `normal`). */
  normal: string;
  readonly lemma: string;
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
  /** Named entities (DATE, CARDINAL, ...). */
  entities: TokenSpan[];
  /** Cue-lexicon hits: `name` is the lexicon's id. */
  cues: TokenSpan[];
}

type WinkNlp = ReturnType<typeof winkNLP>;
let loaded: WinkNlp | undefined;

/** A pattern machine that knows no pattern, as wink-nlp imports one. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

function create(): WinkNlp {
  // wink builds every machine its model has, used or not: the sentiment machine (400 KB of
  // JSON) runs in sentiment.ts instead, so wink is given one that knows nothing
  const model = withSteadyTokenizer(loadModel());
  return winkNLP({ ...model, sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }) } as typeof model, ['pos', 'ner', 'cer']);
}

/**
 * wink-nlp with its model, loaded on first use (about 0.1 s of CPU and 90 MB): the parent
 * thread of a worker pool, --help, init and summarize never need it. Only the annotations
 * evenhand reads are made: tags, entities, and custom entities for cue patterns in wink's own
 * syntax. evenhand splits sentences itself, and scores sentiment from the tokens with the
 * model's own machines (sentiment.ts), so wink's sentence splitter, negation and sentiment
 * would be work thrown away (about 6% of a run).
 */
function wink(): WinkNlp {
  loaded ??= create();
  return loaded;
}

/** Named lists of literal phrases, each found in a text as a cue named by its list. */
export interface CuePatterns {
  name: string;
  patterns: string[];
}

/** A word and its normal form, as wink's tokenizer reads it. */
type WordToken = [value: string, normal: string];

/**
 * How wink's tokenizer reads each word of the shipped lexicons, written at build time by
 * scripts/cue-tokens.mjs: tokenizing ~1,200 phrases at start-up took 40 to 55 ms (through wink's
 * learnCustomEntities or a readDoc). A word it lacks (a config's addition, or a run from the
 * sources) is tokenized now; an entry can never be wrong, as a word's tokens depend only on it.
 */
function knownWords(): Record<string, WordToken[]> {
  try {
    return createRequire(import.meta.url)('./cue-tokens.json') as Record<string, WordToken[]>;
  } catch {
    return {};
  }
}

/** wink's special pattern words other than parts of speech: entity types and the escape "^"; the matcher leaves those to wink. */
const WINK_SPECIALS = /\^|^(?:URL|MENTION|HASHTAG|EMOTICON|EMOJI|EMAIL|TIME|PERCENT|ORDINAL|MONEY|DURATION|DATE|CARDINAL)$/;

/** The patterns as the matcher's token lists, or undefined if one uses wink syntax it does not do. */
function compilePatterns(patterns: readonly CuePatterns[]): CompiledPhrase[] | undefined {
  const known = knownWords();
  const tokensOf = (word: string): WordToken[] => {
    let tokens = known[word];
    if (!tokens) {
      const { its } = wink();
      const doc = wink().readDoc(word);
      const values = doc.tokens().out(its.value) as string[];
      const normals = doc.tokens().out(its.normal) as string[];
      tokens = values.map((v, i): WordToken => [v, normals[i] ?? v]);
      known[word] = tokens;
    }
    return tokens;
  };
  const out: CompiledPhrase[] = [];
  for (const { name, patterns: phrases } of patterns) {
    for (const phrase of phrases) {
      // wink's tokenizer reads a phrase word by word (split at white space)
      const tokens: string[] = [];
      for (const word of phrase.trim().split(/\s+/)) {
        if (word === '') continue;
        // "[a|b]": one of several words, wink's syntax
        if (word.startsWith('[') && word.endsWith(']')) return undefined;
        for (const [value, normal] of tokensOf(word)) {
          if (WINK_SPECIALS.test(value)) return undefined;
          tokens.push(POS_TAGS.has(value) ? value : normal);
        }
      }
      out.push({ name, tokens });
    }
  }
  return out;
}

let matcher: PhraseMatcher | undefined;

/** Learn the cue patterns, replacing any learnt before. */
export function learnCues(patterns: readonly CuePatterns[]): void {
  const compiled = compilePatterns(patterns);
  if (compiled) {
    matcher = new PhraseMatcher(compiled);
    return;
  }
  // wink syntax the matcher does not do (entity types, "^" escapes, [a|b]): wink finds them
  matcher = undefined;
  wink().learnCustomEntities([...patterns], { matchValue: false, usePOS: true, useEntity: false });
}

type WinkDoc = ReturnType<WinkNlp['readDoc']>;

/** Lemmas already read, by word, then by wink's own tag; cleared when full, so memory stays flat over an archive. */
const lemmaOf = new Map<string, Map<string, string>>();
const WORDS_KEPT = 50_000;

/**
 * The lemmas of one document, each read from wink when a rule first asks for it: the rules
 * look at the lemmas of a few verbs per sentence (about 6% of tokens), and reading every
 * token's lemma was about 7% of a run. wink's lemma of a word is a function of the word and
 * the tag wink gave it, except in a contraction ("ca" of "can't"), so a word met before is
 * not read again: a read through wink's item API was about 5% of a run.
 */
class Lemmas {
  /** Sized up front: filled in at random places, a growing array turned into a slow dictionary. */
  private readonly read: Array<string | undefined>;

  constructor(
    private readonly tokens: ReturnType<WinkDoc['tokens']>,
    private readonly values: readonly string[],
    private readonly winkTags: readonly string[],
    private readonly contracted: readonly boolean[],
  ) {
    this.read = new Array<string | undefined>(values.length);
  }

  at(index: number): string {
    let lemma = this.read[index];
    if (lemma !== undefined) return lemma;
    const byTag = this.contracted[index] ? undefined : lemmaOf.get(this.values[index]!);
    const tag = this.winkTags[index]!;
    lemma = byTag?.get(tag);
    if (lemma === undefined) {
      lemma = (this.tokens.itemAt(index).out(wink().its.lemma as never) as string | undefined) ?? '';
      if (!this.contracted[index]) {
        if (byTag) byTag.set(tag, lemma);
        else {
          if (lemmaOf.size >= WORDS_KEPT) lemmaOf.clear();
          lemmaOf.set(this.values[index]!, new Map([[tag, lemma]]));
        }
      }
    }
    this.read[index] = lemma;
    return lemma;
  }
}

class WinkToken implements Token {
  constructor(
    readonly value: string,
    readonly normal: string,
    readonly pos: string,
    readonly start: number,
    readonly end: number,
    private readonly lemmas: Lemmas,
    private readonly index: number,
  ) {}

  get lemma(): string {
    return this.lemmas.at(this.index);
  }

  withPos(pos: string): WinkToken {
    return new WinkToken(this.value, this.normal, pos, this.start, this.end, this.lemmas, this.index);
  }
}

/**
 * `token` with another tag, all else (its lemma too) as it was. A spread copy would lose the
 * lemma, which the class reads on demand, and give V8 a second shape of token, which made it
 * throw away its optimised code for every function that reads tokens.
 */
export function retagged(token: Token, pos: string): Token {
  return token instanceof WinkToken ? token.withPos(pos) : { ...token, pos };
}

function spans(items: { out: (f: never) => unknown }): TokenSpan[] {
  const { its } = wink();
  const names = items.out(its.type as never) as string[];
  const ranges = items.out(its.span as never) as Array<[number, number]>;
  return ranges.map(([first, last], i) => ({ name: names[i] ?? '', first, last }));
}

/** Honorifics before a surname. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);
/** Tags after an adjective that carry its noun phrase on ("chief executive", "chief medical officer"). */
const PHRASE_GOES_ON = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Abbreviations before a saint's or a mountain's name. */
const PLACE_TITLES = new Set(['st.', 'mt.']);
/** A word that opens with a capital; tested only after an honorific or a place title, not of every token. */
const CAPITAL = /^\p{Lu}/u;

/** A capitalised word with a lower-case letter: "Grant", not "GRANT" or "grant". */
export const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Verb endings that mark a headline's verb ("Says", "Rejects", "Expected"), not a first name. */
const VERB_ENDING = /(?:s|ing|ed)$/;
/** Sentence ends and opening quotes: after them a capitalised verb is the sentence's first word. */
const SENTENCE_START = new Set(['.', '!', '?', '"', '\u201c', ':', ';', '(']);

/**
 * The tagger reads first names that are also verbs as verbs ("said Grant Ellery", "Hope Hicks
 * said", "professor Josh Inwood"), and the name then loses its first word or, read as a verb,
 * its speaker. Such a word, capitalised inside running text and followed by a capitalised name,
 * is part of the name. Title-case headlines are left alone: there the word before is
 * capitalised too, or the verb carries an ending ("Says", "Rejects"), or it follows "to".
 */
function retagFirstNames(values: readonly string[], tags: string[]): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== 'VERB' && tags[i] !== 'AUX') continue;
    const value = values[i]!;
    if (!CAPITALISED.test(value) || VERB_ENDING.test(value) || tags[i + 1] !== 'PROPN' || !CAPITALISED.test(values[i + 1]!)) continue;
    const before = i > 0 ? values[i - 1]! : '';
    let after = i + 1;
    while (tags[after] === 'PROPN') after++;
    const atStart = i === 0 || SENTENCE_START.has(before) || /\n/.test(before);
    // at a sentence's start only a name followed by its verb ("Hope Hicks said"), never a
    // headline's "Cut Taxes, Says Party"
    const inText = atStart
      ? /^\p{Ll}/u.test(values[after] ?? '')
      : before === ',' || (/^\p{Ll}/u.test(before) && before !== 'to') || /^\p{Lu}\p{Ll}*\.$/u.test(before) || (CAPITALISED.test(before) && tags[i - 1] === 'NOUN');
    if (inText) tags[i] = 'PROPN';
  }
}

/**
 * ... and surnames that are also words as those words ("Robin Cook said", "Lord Dubs said", "the
 * Black Watch was"): a capitalised verb or noun right after a capitalised name is the name's
 * last word when running text goes on with a lower-case verb, as a subject's does. A headline's
 * "Trump Dismisses claims" goes on with a noun, and is left alone.
 */
function retagSurnames(values: readonly string[], tags: string[]): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if ((tags[i] !== 'VERB' && tags[i] !== 'NOUN') || tags[i - 1] !== 'PROPN') continue;
    if (!CAPITALISED.test(values[i]!) || !CAPITALISED.test(values[i - 1]!)) continue;
    if ((tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX') && /^\p{Ll}/u.test(values[i + 1]!)) tags[i] = 'PROPN';
  }
}

/**
 * "Ker Chien-ming said", "Lai Ching-te": the tagger splits a hyphenated given name and reads its
 * lower-case half as a word. A short lower-case syllable glued by a hyphen to a name that follows
 * another name is that name's; a compound's word is longer or ends in "-ed" ("New York-based",
 * "the Tory-led council"), or follows one name only ("Hamas-run").
 */
function retagHyphenatedNames(values: readonly string[], spaces: readonly string[], tags: string[]): void {
  for (let i = 3; i < tags.length; i++) {
    if (values[i - 1] !== '-' || spaces[i - 1] !== '' || spaces[i] !== '' || !/^\p{Ll}{1,4}$/u.test(values[i]!) || values[i]!.endsWith('ed')) continue;
    if (tags[i - 2] === 'PROPN' && CAPITALISED.test(values[i - 2]!) && tags[i - 3] === 'PROPN' && CAPITALISED.test(values[i - 3]!)) tags[i] = 'PROPN';
  }
}

/** "Number 10 said", "No 10 said": the British prime minister's office by its address is a name. */
function retagNumberTen(values: readonly string[], tags: string[]): void {
  for (let i = 1; i < tags.length; i++) {
    if ((values[i - 1] === 'Number' || values[i - 1] === 'No') && (values[i] === '10' || values[i] === 'Ten')) tags[i - 1] = tags[i] = 'PROPN';
  }
}

/** Tags that open a headline verb's object ("bans EndSARS protests", "axes 120 jobs", "stops the vote"). */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'PRON', 'PROPN']);
/** How far into a headline its verb may stand ("Nigerian state bans ...", "Hellas Gold hints at ..."). */
const HEADLINE_VERB_REACH = 5;

/** Does wink read `word` as a verb after a subject ("It bans them.")? A verb's -s form the tagger read as a plural noun in a headline. */
function readsAsVerb(word: string): boolean {
  const nlp = wink();
  return nlp.readDoc(`It ${word} them.`).tokens().out(nlp.its.pos)[1] === 'VERB';
}

/**
 * Headlines drop the articles that tell a verb from a plural noun, and the tagger reads "Nigerian
 * state bans EndSARS protests" and "Hellas Gold hints at leaving ..." as verbless. The first such
 * -s word after the subject, before any verb, with an object after it (or "at leaving"), is the
 * verb when wink reads the word as one after a subject.
 */
function retagHeadlineVerb(text: string, normals: readonly string[], tags: string[]): void {
  // ("Taiwan Hikes Electricity Prices": in a headline In Title Case, as the segmenter reads
  // headings, the tagger calls the verb a name)
  const titleCase = isTitleCase(text);
  for (let i = 1; i < Math.min(tags.length - 1, HEADLINE_VERB_REACH); i++) {
    if (tags[i - 1] === 'VERB' || tags[i - 1] === 'AUX') return;
    const noun = tags[i] === 'NOUN' || (titleCase && tags[i] === 'PROPN');
    if (!noun || !/[^s]s$/.test(normals[i]!) || (tags[i - 1] !== 'NOUN' && tags[i - 1] !== 'PROPN')) continue;
    const object = OBJECT_OPENERS.has(tags[i + 1]!) || (tags[i + 1] === 'ADP' && tags[i + 2] === 'VERB' && normals[i + 2]!.endsWith('ing'));
    if (object && readsAsVerb(normals[i]!)) tags[i] = 'VERB';
    if (object) return;
  }
}

/**
 * Letters beyond Latin-1 (Latin Extended, IPA, Vietnamese): wink's tokenizer breaks a word at
 * each ("Erdoğan" is read "Erdo ğ an", "Vučić" "Vu č i ć"), so the names of half of Europe and
 * Asia lose their speaker.
 */
const BEYOND_LATIN1 = /[\u0100-\u02AF\u1E00-\u1EFF]/;
const BEYOND_LATIN1_ALL = /[\u0100-\u02AF\u1E00-\u1EFF]/g;
/** Those that carry no mark to strip: their nearest plain letter. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ı: 'i', ə: 'e', Ə: 'E', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', ſ: 's', ƒ: 'f', ø: 'o' };

/**
 * The text wink reads: each such letter as its plain letter, and each guillemet as the curly
 * quote it stands for, one character for one, so every offset still points into the text as
 * written and the tokens keep the letters they had.
 */
function plainLetters(text: string): string {
  if (BEYOND_LATIN1.test(text)) {
    text = text.replace(BEYOND_LATIN1_ALL, (c) => {
      const base = c.normalize('NFD')[0]!;
      return /[A-Za-z]/.test(base) ? base : (PLAIN_LETTERS[c] ?? c);
    });
  }
  return GUILLEMETS.test(text) ? text.replace(GUILLEMETS_ALL, (c) => CURLY_QUOTES[c]!) : text;
}

/**
 * Guillemets, the quotation marks of European and Russian print ("«It is about values,» said the
 * deputy"): read as the English curly marks they stand for, so the quotation and its speaker are
 * found. ("„...“" is left: its closing mark is the English opening one.)
 */
const GUILLEMETS = /[«»]/;
const GUILLEMETS_ALL = /[«»]/g;
const CURLY_QUOTES: Readonly<Record<string, string>> = { '«': '“', '»': '”' };

/**
 * Run wink-nlp on `text` and rebuild each token's character offsets from its preceding
 * spaces and value, since wink keeps none. `base` is added to every offset. A `headline` is
 * read as headlines are written (`retagHeadlineVerb`).
 */
export function analyzeText(text: string, base = 0, headline = false): AnalyzedText {
  const nlp = wink();
  const { its } = nlp;
  const read = plainLetters(text);
  const doc = nlp.readDoc(read);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normals = tokens.out(its.normal) as string[];
  const winkTags = tokens.out(its.pos) as string[];
  const tags = winkTags.slice();
  // one pass, each word read against the words before it, already retagged
  for (let i = 1; i < tags.length; i++) {
    const before = normals[i - 1] ?? '';
    // the tagger reads some surnames as the words they spell ("Mr Cook said", "Ms Wood"): after
    // an honorific a capitalised word is a name
    if (HONORIFICS.has(before) && CAPITAL.test(values[i] ?? '')) tags[i] = 'PROPN';
    // "Sen. Bernie Sanders (I-Vt.)", "(I)": a US party label, as "(D-Vt.)" is, not the pronoun
    else if (values[i] === 'I' && values[i - 1] === '(' && (values[i + 1] === '-' || values[i + 1] === ')')) tags[i] = 'PROPN';
    // after "St." or "Mt." a capitalised word names a saint or a mountain ("St. Rose Hospital"),
    // unless a name stands before it ("Main St.")
    else if (PLACE_TITLES.has(before) && tags[i - 2] !== 'PROPN' && CAPITAL.test(values[i] ?? '')) tags[i] = 'PROPN';
    // "the port chief said", "the police chief, Ann Cole,": a "chief" heading its phrase is a
    // noun, whatever the tagger makes of it; before a noun it describes ("chief executive")
    if (normals[i] === 'chief' && tags[i] === 'ADJ' && !PHRASE_GOES_ON.has(tags[i + 1] ?? '')) tags[i] = 'NOUN';
    // "He further criticized the deployment": after a pronoun the tagger reads "further" as the
    // verb (as in "to further a cause"), and the sentence lost its speaker; before a verb it is the adverb
    if (normals[i] === 'further' && tags[i] === 'VERB' && tags[i + 1] === 'VERB') tags[i] = 'ADV';
  }
  // the model keeps "I'm" whole and tags it a proper noun, so a quoted "I'm saying ..." became
  // a speaker named "I'm"; it is the pronoun
  for (let i = 0; i < tags.length; i++) if (normals[i] === "i'm" || normals[i] === 'i’m') tags[i] = 'PRON';
  retagFirstNames(values, tags);
  retagNumberTen(values, tags);
  retagSurnames(values, tags);
  retagHyphenatedNames(values, spaces, tags);
  if (headline) retagHeadlineVerb(text, normals, tags);
  const lemmas = new Lemmas(tokens, values, winkTags, tokens.out(its.contractionFlag) as boolean[]);
  const out: Token[] = new Array(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let start = pos + (spaces[i]?.length ?? 0);
    // wink reproduces the text exactly in every case we know; if it ever does not, find the
    // token rather than drift, so offsets never point at the wrong characters. (startsWith
    // compares in place: a slice made a string per token)
    if (!read.startsWith(value, start)) {
      const found = read.indexOf(value, pos);
      start = found >= 0 ? found : pos;
    }
    pos = start + value.length;
    // (a guillemet's token keeps the curly mark it was read as: the rules know only those)
    out[i] = new WinkToken(read === text || CURLY_QUOTE_MARKS.has(value) ? value : text.slice(start, pos), normals[i] ?? value.toLowerCase(), tags[i] ?? 'X', base + start, base + pos, lemmas, i);
  }
  return {
    tokens: out,
    entities: spans(doc.entities() as never),
    cues: matcher ? matcher.match(values, normals, tags) : spans(doc.customEntities() as never),
  };
}

const CURLY_QUOTE_MARKS = new Set(Object.values(CURLY_QUOTES));

/** Runs of letters (with their combining marks): the words whose letters are counted. */
const WORDS = /[\p{L}\p{M}]+/gu;
let lexicon: ReturnType<WinkNlp['readDoc']> | undefined;

/**
 * How much of `text` the English model knows: letters in words it has in its vocabulary,
 * out of letters in all words. Only the model's word list is asked, a lookup per word: a
 * readDoc of the sample would cost more than analysing the article itself.
 */
export function knownLetters(text: string): { letters: number; known: number } {
  lexicon ??= wink().readDoc('');
  let letters = 0;
  let known = 0;
  for (const [word] of text.toLowerCase().matchAll(WORDS)) {
    letters += word.length;
    if (!lexicon.isOOV(word)) known += word.length;
  }
  return { letters, known };
}
