// Who holds the view a sentence reports, and which way their words lean:
// "critics argue ...", "others argue it opens a door ...", "Trump has often criticized ...".
import type { Token, TokenSpan } from '../nlp/wink.js';
import { BEFORE_NAME } from '../segment/words.js';
import type { Clause } from './clause.js';
import { isDenied, isPastForm, sideAsWritten } from './grammar.js';
import { AGENTS, CALENDAR_WORDS, DATE_PREPOSITIONS, DEMONYMS, LAY_PEOPLE, LEADER_TITLES, ORGANISATION_OFFICES, PERIODS, PLACE_MODIFIERS, PLACED_IN, STAFF, TIME_DEICTICS, peopleByEnding } from './lexicons/actors.js';
import { clauseLinks, exampleOpeners, floatingQuantifiers, negators, partitives, percentWords, pollingWords, prescriptive, shareNouns, subordinators } from './lexicons/clauses.js';
import { ADDRESSEES, actingParticles, actionNouns, catenativeLemmas, hearsayLemmas, issuingLemmas, protestLemmas, submittedNouns, turningDownLemmas, nounModifierWords, perceptionLemmas, speechVerbLemmas, STATEMENT_NOUNS, verbNounCompounds, WRITING_LEMMAS } from './lexicons/verbs.js';

export type Side = 'supporter' | 'critic' | null;

export interface Voice {
  /** The holder as written ("critics", "Donald Trump", "he"). */
  holder: string;
  /** The holder's side by name (critics, supporters), or null for neutral holders. */
  holderSide: Side;
  /** The holder is a proper name or pronoun, not a group noun. */
  named: boolean;
  holderTokens: [number, number];
  /** A noun-phrase aside that describes the holder ("Ann Cole, the council's transport chief, said"). */
  aside?: [number, number];
  /** The reporting verb and the side it leans to. */
  verb: string;
  verbIndex: number;
  verbSide: Side;
  /** The view itself: what follows the verb, to the end of the clause. */
  view: [number, number];
  /** Heard in a relative clause on a name ("..., Ann Cole, who said ..."), not the main clause. */
  relative?: boolean;
}

const VERB_CUES: Record<string, Side> = { 'report-verb': null, 'critic-verb': 'critic', 'supporter-verb': 'supporter' };
const HOLDER_CUES: Record<string, Side> = { 'critic-holder': 'critic', 'supporter-holder': 'supporter', 'neutral-holder': null };
/** A holder named by a holder word ("critics", "a spokesman"), with the side the word carries. */
const cueHolder = (tokens: readonly Token[], cue: TokenSpan): Holder => ({
  holder: tokens.slice(cue.first, cue.last + 1).map((t) => t.normal).join(' '),
  holderSide: HOLDER_CUES[cue.name] ?? null,
  named: false,
  holderTokens: [cue.first, cue.last],
});

/** Tokens that may stand between a holder and its verb ("critics have long argued", "critics of the plan say"). */
const GAP_POS = new Set(['AUX', 'ADV', 'PART', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);
const MAX_GAP = 8;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** Pronouns after a preposition, as the subject they stand for ("according to him": "he"). */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we']]);
/** Prepositions by which a name after a noun says what the noun is about ("the report about Bangladesh"). */
const ABOUT = new Set(['about', 'on', 'into', 'regarding', 'concerning']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Marks that may close a quotation. */
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
/** Between a common-noun holder and its verb only auxiliaries and adverbs ("a pharmacist has claimed"). */
const VERB_GROUP_POS = new Set(['AUX', 'ADV', 'PART']);

type Holder = Omit<Voice, 'verb' | 'verbIndex' | 'verbSide' | 'view'>;
/** Where a verb that takes a side stands, and the side: "oppose" at 2 -> critic. */
type LeaningVerbs = ReadonlyMap<number, Exclude<Side, null>>;

/**
 * A day or a month used as a date ("on Tuesday", "in May", "12 June"): capitalised, but naming
 * no one; "Theresa May said" and "June Sarpong said" are people.
 */
function isDate(tokens: Token[], i: number): boolean {
  if (!CALENDAR_WORDS.has(tokens[i]?.normal ?? '')) return false;
  const before = tokens[i - 1];
  return before === undefined || DATE_PREPOSITIONS.has(before.normal) || before.pos === 'NUM' || tokens[i + 1]?.pos === 'NUM';
}

/** A short office between commas, needing no article ("X, chief executive, said", "X, Acme's chief executive, said"). */
export function bareOffice(words: readonly Token[]): boolean {
  return words.length <= BARE_OFFICE_WORDS && words.some((t) => isOffice(t.normal.replace(SHARED_OFFICE, '')));
}

/** "co-chairman", "vice-chair": an office shared or deputised is still the office. */
const SHARED_OFFICE = /^(co|vice)-/;
const isOffice = (word: string): boolean => ORGANISATION_OFFICES.has(word) || LEADER_TITLES.has(word);

/** "writes a weekly column", "posted a video": a writing verb with a thing for its object reports no view. */
export function writesSomething(tokens: readonly Token[], verb: number): boolean {
  return WRITING_LEMMAS.has(tokens[verb]?.lemma ?? '') && ['DET', 'NUM', 'ADJ'].includes(tokens[verb + 1]?.pos ?? '');
}

/** What an object noun phrase may hold before its head ("the tiny West African country", "a $7m"). */
const OBJECT_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'SYM']);

/** An auxiliary before the verb, past adverbs and "all" ("have all spoken out", "has long written"). */
function hasAuxiliary(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && (tokens[k]!.pos === 'ADV' || floatingQuantifiers.has(tokens[k]!.normal))) k--;
  return tokens[k]?.pos === 'AUX';
}

/** A past participle that is never a past tense: "written", "given", "spoken". */
const isEnParticiple = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB' && t.normal.endsWith('en') && t.normal !== t.lemma;

/** A word of an office someone holds in a body: "director", "spokesman", "minister". */
export const isOfficeWord = (word: string): boolean => LEADER_TITLES.has(word) || ORGANISATION_OFFICES.has(word) || AGENTS.has(word);

/** A common noun for people or for someone's office ("parents", "residents", "officials"); names are left to the name rules. */
const namesPeople = (t: Token): boolean => t.pos === 'PROPN' || peopleByEnding(t.normal) || LAY_PEOPLE.has(t.normal) || STAFF.has(t.normal) || isOfficeWord(t.normal);

/** A present participle ("saying", "pointing"), not a noun in "-ing" the tagger left as a verb's base. */
const isParticiple = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB' && t.normal.endsWith('ing') && t.normal !== t.lemma;

/** Does the noun phrase ending at `last` stand as the object of a verb or a preposition ("contacted the show", "in Luxembourg on Monday")? */
function isObjectEndingAt(tokens: readonly Token[], last: number, first: number): boolean {
  if (last < first || !['NOUN', 'PROPN', 'NUM'].includes(tokens[last]!.pos)) return false;
  let start = last;
  while (start > first && (OBJECT_PHRASE_POS.has(tokens[start - 1]!.pos) || POSSESSIVES.has(tokens[start - 1]!.normal))) start--;
  const before = tokens[start - 1];
  return start > first && before !== undefined && (before.pos === 'VERB' || before.pos === 'ADP' || before.normal === 'to');
}

const isName = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'PROPN' || (/^[A-Z]/.test(t.value) && !['PRON', 'DET', 'PUNCT'].includes(t.pos)));

/** The words from `from` to `to` as the text spaces them ("Mr Yushchenko's administration", "Smith-Jones"), each as `word` writes it. */
export function valueOf(tokens: readonly Token[], from: number, to: number, word = (t: Token, _k: number): string => t.value): string {
  let out = '';
  for (let k = from; k <= to; k++) out += (k > from && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + word(tokens[k]!, k);
  return out;
}

/**
 * A holder that names no one, as the text writes it but in lower case ("the union", "critics"),
 * save for acronyms and capitals the writer set inside the sentence ("a BAA spokesman", "House of
 * Commons authorities"); one opening it is kept only on a name that goes on in capitals
 * ("Democratic Party leaders", not "Critics" or "The union").
 */
function commonHolder(tokens: Token[], from: number, to: number): string {
  return valueOf(tokens, from, to, (t, k) => {
    const capital = /^\p{Lu}/u.test(t.value);
    const acronym = /^\p{Lu}[\p{Lu}\d]{1,5}s?$/u.test(t.value);
    const kept = acronym || (capital && k > 0) || (capital && t.pos !== 'DET' && k < to && /^\p{Lu}/u.test(tokens[k + 1]!.value));
    return kept ? t.value : t.value.toLowerCase();
  });
}

/** A proper-noun run ending at `last`, hyphenated names included ("Smith-Jones"). */
function propnRunStart(tokens: Token[], last: number, first: number): number {
  let start = last;
  for (;;) {
    const before = tokens[start - 1];
    // "On Monday Tony Blair said": a day or month dated by what stands before it is no part of the
    // name ("June Sarpong said", opening the sentence, is a name)
    if (start > first && isName(before) && !(start > 1 && isDate(tokens, start - 1))) start--;
    // "Smith-Jones", "Royal College of Surgeons"
    else if (start - 1 > first && (before?.value === '-' || before?.normal === 'of') && isName(tokens[start - 2])) start -= 2;
    else return start;
  }
}

/** Does a verb's word open a noun compound here ("think tank", "think-tank")? */
function opensCompound(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.value === '-') return verbNounCompounds.has(`${tokens[i]!.normal}-${tokens[i + 2]?.normal ?? ''}`);
  return verbNounCompounds.has(`${tokens[i]!.normal} ${next.normal}`);
}

/** Where the word governing a phrase that starts at `start` stands, past one article ("with [the] Post"). */
const governorAt = (tokens: readonly Token[], start: number): number => (tokens[start - 1]?.pos === 'DET' ? start - 2 : start - 1);

/** A possessive written after a word: "the union's", "the Teachers'". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** The name a noun phrase opening at `start` describes after "who is" ("Paul Kanyari who is a former hawker"), if one does. */
function describedName(tokens: Token[], start: number, first: number): Holder | undefined {
  const be = tokens[start - 1];
  if (be?.lemma !== 'be' || tokens[start - 2]?.normal !== 'who' || start - 3 < first || !isName(tokens[start - 3])) return undefined;
  return namedHolder(tokens, start - 3, first, null);
}

/** The holder named by the proper-noun run ending at `last`. */
function namedHolder(tokens: Token[], last: number, first: number, side: Side): Holder {
  const start = propnRunStart(tokens, last, first);
  return { holder: valueOf(tokens, start, last), holderSide: side, named: true, holderTokens: [start, last] };
}

/** What a noun phrase with its prepositional phrases may hold ("the head of the firm's board"). */
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'PART']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const inPhrase = (t: Token): boolean => PHRASE_POS.has(t.pos) || POSSESSIVES.has(t.normal);

/** A plural that names a kind of people ("residents", "teachers"). */
const peoplePlural = (t: Token): boolean => t.normal.endsWith('s') && peopleByEnding(t.normal);

/** The group one word names, as a holder: a plural of people the tagger read as a name because it opens the sentence. */
const groupAt = (tokens: Token[], at: number): Holder => ({ holder: commonHolder(tokens, at, at), holderSide: null, named: false, holderTokens: [at, at] });

/** A common-noun holder ending at `last` ("a pharmacist", "his lawyer", "the health minister"). */
function nounPhrase(tokens: Token[], last: number, first: number): Holder | undefined {
  if (tokens[last]?.pos !== 'NOUN') return undefined;
  // "the sports minister at the centre of the row says": the head stands before the preposition
  // of its own phrase; a preposition further back belongs to another phrase ("would extort
  // money from his targets ..., prosecutors said")
  // ("... the plan as the police said": "as" joins clauses, it heads no phrase)
  let phrase = last;
  // ("the Kuznetsova doping row": a gerund the tagger calls a verb modifies the noun after it)
  const modifies = (k: number): boolean => inPhrase(tokens[k]!) || (tokens[k]!.pos === 'VERB' && tokens[k]!.normal.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN');
  while (phrase > first && modifies(phrase - 1) && !clauseLinks.has(tokens[phrase - 1]!.normal)) phrase--;
  let preposition = -1;
  for (let i = Math.max(first, phrase); i < last && preposition < 0; i++) if (tokens[i]!.pos === 'ADP' && !clauseLinks.has(tokens[i]!.normal)) preposition = i;
  const modifier = tokens[preposition - 1];
  // ("Democrats on the committee said": a plural name heads its phrase as a noun does)
  if (preposition > first && (modifier?.pos === 'NOUN' || (modifier?.pos === 'PROPN' && modifier.normal.endsWith('s')))) last = preposition - 1;
  // "people familiar with the matter said", "a source briefed on the talks told": the adjective
  // or participle describes the noun before it, which is the holder
  else if (preposition - 1 > first && (modifier?.pos === 'ADJ' || (modifier?.pos === 'VERB' && isPastForm(modifier))) && tokens[preposition - 2]?.pos === 'NOUN') last = preposition - 2;
  // "Lord Butler's report earlier this year said": a time after the head is no holder
  if (PERIODS.has(tokens[last]!.normal) && TIME_DEICTICS.has(tokens[last - 1]?.normal ?? '')) {
    let k = last - 1;
    while (k > first && (TIME_DEICTICS.has(tokens[k]!.normal) || tokens[k]!.pos === 'ADV')) k--;
    if (tokens[k]?.pos !== 'NOUN') return undefined;
    last = k;
  }
  let start = last;
  // ("earlier this year locals had objected": a time before the group is no part of it)
  while (start > first && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[start - 1]!.pos) && !PERIODS.has(tokens[start - 1]!.normal)) start--;
  if (start > first && ['DET', 'PRON'].includes(tokens[start - 1]!.pos)) start--;
  return { holder: commonHolder(tokens, start, last), holderSide: null, named: false, holderTokens: [start, last] };
}

/** Those who speak for whomever they are described by ("lawyers representing the family", "officials at the council"): the name stays their holder. */
const speaksForName = (word: string): boolean => AGENTS.has(word) || AGENTS.has(word.replace(/men$/, 'man')) || STAFF.has(word);

/**
 * The head of a group of people opening a clause, when what follows it describes them and a
 * name at `name` stands inside that description: "Residents living near the Eastmoor site",
 * "Legislators overseeing the CIA", "Parents of pupils at Kennedy High". -1 when there is none,
 * or the group speaks for the name ("officials at the council", "members of the union").
 */
function describedGroupHead(tokens: readonly Token[], name: number, first: number): number {
  let head = first;
  while (head < name && ['DET', 'ADJ', 'NUM'].includes(tokens[head]!.pos)) head++;
  const t = tokens[head];
  // (a plural opening the sentence is often tagged a name: "Residents living near ...")
  const plural = t !== undefined && t.normal.endsWith('s') && ((t.pos === 'NOUN' && t.lemma !== t.normal) || (t.pos === 'PROPN' && head === 0));
  // ... of people ("Fears of retaliation rose" is no group)
  const people = t !== undefined && (LAY_PEOPLE.has(t.normal) || peopleByEnding(t.normal));
  if (head >= name - 1 || !plural || !people || speaksForName(t.normal)) return -1;
  const link = tokens[head + 1]!;
  // a participle ("living near", "overseeing") or "of" a group of others ("of pupils at")
  const participle = link.pos === 'VERB' && link.normal.endsWith('ing');
  const ofOthers = link.normal === 'of' && tokens[head + 2]?.pos === 'NOUN' && head + 2 < name;
  return participle || ofOthers ? head : -1;
}

/** An American legislator's party and state, as written after their name: "R-Fla.", "D-S.C.", "I-Vt". */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;
const PARTY_TAG_TOKENS = 6;

/** The comma that opens a party-and-state tag ending at `end` (", R-Fla."), or -1. */
function partyTagStart(tokens: Token[], end: number, first: number): number {
  for (let k = end; k > first && k >= end - PARTY_TAG_TOKENS; k--) {
    if (tokens[k - 1]!.value !== ',') continue;
    return PARTY_TAG.test(tokens.slice(k, end + 1).map((t) => t.value).join('')) ? k - 1 : -1;
  }
  return -1;
}

/** Words that tie an office to its body: "head of", "analyst at", "spokesman for". */
const OFFICE_OF = new Set(['of', 'at', 'for']);

/**
 * The words naming the body an office between commas belongs to: "president of the Michigan
 * Association of Public School Academies" -> "the Michigan Association of ...".
 */
export function bodyOfOffice(words: readonly Token[]): Token[] | undefined {
  const of = words.findIndex((t) => OFFICE_OF.has(t.normal));
  if (of <= 0) return undefined;
  const office = words.slice(0, of);
  // "the union's head for the United States" holds the union's office, not one of the States
  if (office.some((t) => t.pos === 'PROPN' || t.pos === 'PART')) return undefined;
  if (!bareOffice(office)) return undefined;
  // "leader of the Conservatives on the council": the body is the Conservatives; the council is
  // where they sit
  const body = words.slice(of + 1);
  const where = body.findIndex((t, k) => k > 0 && WHERE_A_BODY_SITS.has(t.normal) && body.slice(0, k).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN'));
  return where > 0 ? body.slice(0, where) : body;
}

/**
 * Prepositions after a body's name that say where it sits, not what it is ("the Conservatives on
 * the council"). Not "in": "chief economist at Aurum Bank in Velmont" would leave the bank's
 * name to be read as the central bank's.
 */
const WHERE_A_BODY_SITS = new Set(['on']);

const SENTENCE_ENDS = new Set(['.', '!', '?']);
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** How long a prepositional aside between commas may be (", by contrast,", ", in an interview with the BBC,"). */
const LINKING_ASIDE = 14;
const SHORT_ASIDE = 3;
const LINKING_POS = new Set(['ADP', 'DET', 'NOUN', 'PRON', 'ADJ', 'PROPN', 'NUM', 'PART']);

/** The comma opening an adverb or prepositional phrase that ends at the comma `close`, or -1. */
function linkingAsideStart(tokens: Token[], close: number, first: number): number {
  // ... or a lone participle: "Sarah Whitlow, prosecuting, told the jury"
  const lone = tokens[close - 1];
  if ((lone?.pos === 'ADV' || isParticiple(lone)) && tokens[close - 2]?.value === ',' && close - 2 > first) return close - 2;
  for (let k = close - 2; k > first && k >= close - 1 - LINKING_ASIDE; k--) {
    if (tokens[k]!.value !== ',') continue;
    const words = tokens.slice(k + 1, close);
    // "Tom Reyes, of the Cyclists' Alliance, said" describes the speaker: asideStart reads it
    // ("The whistleblower, in an email to The Associated Press, said": the Press is no speaker)
    // ... or a list of examples ("Critics of the plan, including several governors, said")
    // (a short one may open with any preposition: ", for their part,")
    const opens = (words[0]?.pos === 'ADP' && (!OFFICE_OF.has(words[0].normal) || words.length <= SHORT_ASIDE)) || exampleOpeners.has(words[0]?.normal ?? '');
    // ("NAOC, in a statement made available to LEADERSHIP yesterday, said": a participle after its noun)
    const described = (w: Token, j: number): boolean => w.pos === 'VERB' && isPastForm(w) && words[j]?.pos === 'NOUN';
    return opens && words.slice(1).every((w, j) => LINKING_POS.has(w.pos) || isName(w) || w.pos === 'CCONJ' || described(w, j)) ? k : -1;
  }
  return -1;
}

/** The dash characters, plain, en and em. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** A dash with a space on each side: a parenthesis, not a hyphen ("R-Fla", "Smith-Jones"). */
export function spacedDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return DASHES.has(t.value) && (tokens[i - 1]?.end ?? t.start) < t.start && (tokens[i + 1]?.start ?? t.end) > t.end;
}

/** The spaced dash that opens an aside closed by the dash at `close`, or -1. */
function asideDashStart(tokens: Token[], close: number, first: number): number {
  for (let k = close - 2; k > first && k >= close - ASIDE_REACH; k--) if (spacedDash(tokens, k)) return k;
  return -1;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'whose']);
/** What opens a relative clause: a relative pronoun or "that". */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'that']);
/** How long an office between commas may be without an article ("chief executive"). */
const BARE_OFFICE_WORDS = 4;
/** How many tokens an abbreviation in brackets after a holder may take ("( NACT )", "( D - N . M. )"). */
const ABBREVIATION_REACH = 6;
const ASIDE_REACH = 25;

/**
 * The comma that opens an aside ending at the comma `close`: a relative clause ("who sits on
 * the committee") or a noun phrase ("the firm's head of sales"); -1 if none.
 */
function asideStart(tokens: Token[], close: number, first: number): number {
  let nearest = -1;
  // the comma before the nearest, for an aside of two parts
  let previous = -1;
  for (let k = close - 1; k > first && k >= close - ASIDE_REACH; k--) {
    if (tokens[k]!.value !== ',') continue;
    // a relative clause may hold commas of its own ("which represents guards, conductors and staff")
    if (RELATIVE_PRONOUNS.has(tokens[k + 1]!.normal)) return k;
    // ... and may open on a part of those it describes ("most of whom have put their savings in")
    if (partitives.has(tokens[k + 1]!.normal) && tokens[k + 2]?.normal === 'of' && RELATIVE_PRONOUNS.has(tokens[k + 3]?.normal ?? '')) return k;
    if (nearest < 0) nearest = k;
    else if (previous < 0) previous = k;
  }
  if (nearest < 0) return -1;
  // a noun phrase, perhaps with a participle after its head ("a trade group representing
  // the makers"): no finite verb of its own
  const opener = tokens[nearest + 1]!;
  // ... which may end in a relative clause of its own ("a nurse who has lived there for years")
  const words = tokens.slice(nearest + 1, close);
  // ("the body that oversees the agreement": "that" after a noun opens a relative clause too)
  const relative = words.findIndex((t, n) => RELATIVE_PRONOUNS.has(t.normal) || (t.normal === 'that' && words[n - 1]?.pos === 'NOUN'));
  // ... or a participle of place or origin ("The company, based in Carrow Bay, said")
  // ... or a participle of what they do ("Adam Schiff, appearing on CNN, said", "Ann Cole,
  // representing the union, said")
  const placed = opener.pos === 'VERB' && ((isPastForm(opener) && words[1]?.pos === 'ADP') || (isParticiple(opener) && words.length > 1));
  const nounPhrase = words
    .slice(0, relative < 0 ? undefined : relative)
    // (a capitalised word past the first is part of a name, whatever the tagger calls it: "a
    // nurse at St. Rose Hospital", "chair of Save the Hospital campaign")
    // ... or a participle the tagger takes for a verb before the noun it describes ("Noah
    // Greenwald, endangered species director, said")
    .every((t, n) => t.pos !== 'AUX' && (t.pos !== 'VERB' || (n > 1 && /(ing|ed)$/.test(t.normal)) || (n > 0 && /^[A-Z]/.test(t.value)) || (n === 0 && (placed || (isPastForm(t) && words[1]?.pos === 'NOUN'))) || opensCompound(words, n)));
  // a bare office needs no article: "Mira Dahl, chief executive, wrote"
  // ... opened by an article, a possessive, "one of" ("one of the three no votes") or a bare office
  // ... or an office of a body, however long its name ("president of the Michigan Association of ...")
  const officeOf = bodyOfOffice(words) !== undefined;
  // ... or a name's possessive, however many words the name has ("Afghanistan's envoy to the
  // United Nations in Geneva", "Margaret Thatcher's former press secretary")
  let owner = 0;
  while (owner + 1 < words.length && isName(words[owner + 1])) owner++;
  const possessed = isName(opener) && POSSESSIVE_MARKS.has(words[owner + 1]?.normal ?? '');
  // ... or "of" and the body ("Tom Reyes, of the Cyclists' Alliance, said")
  // ... or a part of the group ("one of the three no votes", "many of them elderly")
  const partOf = (partitives.has(opener.normal) || opener.pos === 'NUM') && words[1]?.normal === 'of';
  // ... or a bare noun of something, an office or not ("Pia Cayetano, sponsor of the budget, said",
  // "Jane Smith, cabinet member for housing, said")
  const nounOf = bareNounOf(words);
  const opens = opener.pos === 'DET' || opener.pos === 'PRON' || partOf || nounOf || opener.normal === 'of' || placed || officeOf || possessed || bareOffice(words);
  if (nounPhrase && opens) return nearest;
  // "Karen Reissmann, secretary, Bolton Save our Health Service campaign, said": a bare office,
  // then between commas again the body it serves
  // (only after the name it describes: in `"...," the mayor, Ann Cole, said` the name is the holder)
  if (nounPhrase && isName(opener) && previous > 0 && isName(tokens[previous - 1]) && bareOffice(tokens.slice(previous + 1, nearest))) return previous;
  return -1;
}

/** Prepositions that tie a bare office to what it serves ("member for housing", "head of planning"). */
const OFFICE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
/** How many words a bare office may have before its preposition ("deputy cabinet member for"). */
const WORDS_BEFORE_PREPOSITION = 3;

/**
 * A noun phrase with no article whose head a preposition follows: "sponsor of the budget",
 * "cabinet member for housing", and the office capitalised as a title, which the tagger takes
 * for a name ("Member for Central Badibou", "Chairman of the Traders' Association").
 */
function bareNounOf(words: readonly Token[]): boolean {
  const noun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
  if (!noun(words[0]) && words[0]?.pos !== 'ADJ') return false;
  for (let n = 0; n < WORDS_BEFORE_PREPOSITION && n < words.length - 1; n++) {
    const t = words[n]!;
    if (!noun(t) && t.pos !== 'ADJ') return false;
    if (noun(t) && OFFICE_PREPOSITIONS.has(words[n + 1]!.normal)) return true;
  }
  return false;
}

/**
 * "Mary Jo Morandini, the general manager of the authority says": an apposition the writer left
 * unclosed before the verb describes the name that opens the clause, and that name holds the view
 * (not "the authority" or the office's last words).
 */
function unclosedApposition(tokens: Token[], verbAt: number, first: number): Holder | undefined {
  if (tokens[verbAt - 1]?.value === ',') return undefined;
  const comma = asideStart(tokens, verbAt, first);
  if (comma < 0 || RELATIVE_PRONOUNS.has(tokens[comma + 1]!.normal)) return undefined;
  // "Britain, the US and France said" lists holders; it describes none
  if (tokens.slice(comma + 1, verbAt).some((t) => t.pos === 'CCONJ')) return undefined;
  const end = comma - 1;
  if (tokens[end]?.pos !== 'PROPN' || isDate(tokens, end) || propnRunStart(tokens, end, first) !== first) return undefined;
  return { holder: valueOf(tokens, first, end), holderSide: null, named: true, holderTokens: [first, end], aside: [comma + 1, verbAt - 1] };
}

/**
 * The holder before the verb, with the side a holder word gives it where the finder kept none: a
 * word heading the holder's phrase ("Supporters of the amendment, enacted in March, say"), or one
 * that opens the clause to describe the name after its comma ("Another protester, Ann Cole, said",
 * "One supporter of the school, Ann Cole, said").
 */
function holderBefore(tokens: Token[], holderEndingAt: Map<number, TokenSpan>, verbAt: number, first: number, leans: boolean, leaningAt: LeaningVerbs): Holder | undefined {
  const holder = findHolderBefore(tokens, holderEndingAt, verbAt, first, leans, leaningAt);
  if (!holder || holder.holderSide !== null) return holder;
  const [start, end] = holder.holderTokens;
  const head = holderEndingAt.get(end);
  const cue = head && head.first >= start ? head : tokens[start - 1]?.value === ',' ? describingCue(tokens, holderEndingAt, start - 2, first) : undefined;
  const side = cue ? (HOLDER_CUES[cue.name] ?? null) : null;
  return side ? { ...holder, holderSide: side } : holder;
}

/** A holder word opening the clause (after an article or a number) and ending at `end`, or followed there by its prepositional phrase. */
function describingCue(tokens: readonly Token[], holderEndingAt: Map<number, TokenSpan>, end: number, first: number): TokenSpan | undefined {
  for (let k = end; k >= first; k--) {
    const cue = holderEndingAt.get(k);
    if (cue) return tokens.slice(first, cue.first).every((t) => ['DET', 'NUM', 'ADJ'].includes(t.pos)) ? cue : undefined;
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

function findHolderBefore(tokens: Token[], holderEndingAt: Map<number, TokenSpan>, verbAt: number, first: number, leans: boolean, leaningAt: LeaningVerbs): Holder | undefined {
  // "Ann Reyes joined fellow councillors in opposing the toll": the one who joins holds the view
  if (tokens[verbAt - 1]?.normal === 'in') {
    let k = verbAt - 2;
    while (k > first && inPhrase(tokens[k]!) && tokens[k]!.pos !== 'ADP') k--;
    if (k < verbAt - 2 && tokens[k]!.pos === 'VERB' && tokens[k]!.lemma === 'join') return holderBefore(tokens, holderEndingAt, k, first, leans, leaningAt);
  }
  const unclosed = unclosedApposition(tokens, verbAt, first);
  if (unclosed) return unclosed;
  let verbGroup = true;
  const hearsay = hearsayBefore(tokens, verbAt);
  // a common noun right before the verb holds the view unless a cue or name stands further back
  let fallback: Holder | undefined;
  const verb = tokens[verbAt]!;
  // a common noun holds a view it speaks ("a judge claimed") or takes a side with ("the regulator defended")
  const speaks = speechVerbLemmas.has(verb.lemma) || speechVerbLemmas.has(verb.normal) || leans;
  let afterComma = false;
  let steppedAside = false;
  let skipped = 0;
  // "Ann Cole, who led the opposition, said": what the aside says of the holder is their side
  let asideSide: Side = null;
  let aside: [number, number] | undefined;
  const sideWithin = (from: number, to: number): Side => {
    for (let k = from; k <= to; k++) {
      const cue = holderEndingAt.get(k);
      const side = cue && cue.first >= from ? HOLDER_CUES[cue.name] : null;
      if (side) return side;
    }
    return null;
  };
  for (let i = verbAt - 1; i >= first && i >= verbAt - 1 - MAX_GAP - skipped; i--) {
    const cue = holderEndingAt.get(i);
    // "a spokesman for the supporters club said": a holder word that modifies a noun after it
    // names a kind of that noun; the noun phrase found before it holds the view
    if (cue && fallback && tokens[cue.last + 1]?.pos === 'NOUN' && cue.last + 1 < verbAt) return fallback;
    if (cue) {
      // "Groups that represent teachers said": a holder word that is a relative clause's object
      // is not the holder; the noun the clause hangs on is
      let object = cue.first - 1;
      while (object > first && ['DET', 'ADJ', 'NUM'].includes(tokens[object]!.pos)) object--;
      const hung = tokens[object]?.pos === 'VERB' ? hungOn(tokens, object, first, speaks, leaningAt) : undefined;
      if (hung) return hung;
      return cueHolder(tokens, cue);
    }
    const t = tokens[i]!;
    // "The Teachers' Association (TA) said": an abbreviation in brackets adds nothing
    if (t.value === ')') {
      let open = i - 1;
      while (open > first && i - open <= ABBREVIATION_REACH && tokens[open]!.value !== '(') open--;
      if (tokens[open]?.value === '(' && open > first) {
        skipped += i - open + 1;
        i = open;
        continue;
      }
    }
    // "Marcus Bell, 34, said": an age between commas is an aside
    if (afterComma && t.pos === 'NUM' && tokens[i - 1]?.value === ',') {
      skipped += 2;
      i--;
      continue;
    }
    // "Sen. Ann Cole, R-Fla., said": a party and state between commas is an aside
    const tag = afterComma ? partyTagStart(tokens, i, first) : -1;
    if (tag > 0) {
      skipped += i - tag + 1;
      i = tag;
      continue;
    }
    // "restaurant owners, who employ half the staff, warned": a group behind a relative clause
    if (afterComma && steppedAside && t.pos === 'NOUN' && speaks) return nounPhrase(tokens, i, first);
    // past a comma only an apposition may stand: "the envoy, Ines Moll, accused"
    if (afterComma && (!isName(t) || isDate(tokens, i))) return fallback;
    if ((t.pos === 'PROPN' && !isDate(tokens, i)) || afterComma) {
      afterComma = false;
      const start = propnRunStart(tokens, i, first);
      // "Residents of Hartleigh said": a run of names reaching back over "of" to a plural of
      // people that opens the sentence (the tagger reads it as a name) is that group's
      if (start === first && start + 1 < i && tokens[start + 1]!.normal === 'of' && peoplePlural(tokens[start]!)) return groupAt(tokens, start);
      // "On Friday a pharmacist claimed": a name governed by a preposition is no subject,
      // the noun phrase after it is
      // ("critics in neighbouring Hvidovre say": words for which part of a place, or where it
      // lies, may stand between it and its preposition)
      let lead = start;
      while (lead - 1 > first && PLACE_MODIFIERS.has(tokens[lead - 1]!.normal)) lead--;
      const governed = tokens[start]?.pos === 'ADP' || tokens[lead - 1]?.pos === 'ADP';
      if (fallback && governed) return fallback;
      // "one lawyer who worked with Sessions claimed": a name governed by a relative clause's
      // verb is no holder; the noun the clause hangs on is
      const governor = governorAt(tokens, start);
      const hung = !fallback && tokens[governor]?.pos === 'ADP' && tokens[governor - 1]?.pos === 'VERB' ? hungOn(tokens, governor - 1, first, speaks, leaningAt) : undefined;
      if (hung) return hung;
      // "Some traders whose stalls were demolished over the weekend by the Lusaka City Council
      // have accused ...": a name a preposition governs inside a relative clause is no holder
      // either, however far from the clause's verb; the noun the clause hangs on is
      const opener = tokens[governor]?.pos === 'ADP' ? relativeOpenerBefore(tokens, governor, first) : -1;
      const head = tokens[opener - 1];
      if (opener > first && head?.pos === 'NOUN') return speaks ? nounPhrase(tokens, opener - 1, first) : undefined;
      if (opener > first && isName(head)) return namedHolder(tokens, opener - 1, first, null);
      // "... faith in Ukraine, said Stuart Hensel": a name governed by a preposition just before
      // the verb's comma ends the reported words; the speaker stands after the verb
      if (governed && i === verbAt - 2 && tokens[verbAt - 1]?.value === ',') return undefined;
      // "Moira Lewis from Goodwick, who is opposed ..., said": the place says where the person
      // before it lives; the person speaks
      if (tokens[start - 1]?.normal === 'from' && start - 2 >= first && isName(tokens[start - 2])) return { ...namedHolder(tokens, start - 2, first, asideSide), ...(aside && { aside }) };
      // "A student from the Department of Animal Science said": one of the lay people a body
      // serves speaks for themselves, not for the body
      const person = tokens[governor - 1];
      if (tokens[governor]?.normal === 'from' && governor - 1 >= first && person?.pos === 'NOUN' && LAY_PEOPLE.has(person.normal)) return nounPhrase(tokens, governor - 1, first);
      // "Some businesses in Sheffield have told ...": the name is where the noun before it is
      // (and "The report about Bangladesh stated ...": what it is about)
      // ... and "Residents of Baracoa said", people of a place or a body; a plural of people that
      // opens the sentence is such a noun, though the tagger reads it as a name ("Teachers in Mali")
      const people = tokens[lead - 2];
      const plural = people !== undefined && peoplePlural(people);
      const where = PLACED_IN.has(tokens[lead - 1]?.normal ?? '') || ABOUT.has(tokens[lead - 1]?.normal ?? '') || ((tokens[lead - 1]?.normal === 'of' || tokens[lead - 1]?.normal === 'at') && plural);
      if (governed && speaks && where) {
        if (people?.pos === 'NOUN') return nounPhrase(tokens, lead - 2, first);
        if (people?.pos === 'PROPN' && plural && lead - 2 === first) return groupAt(tokens, lead - 2);
      }
      // "Trump's interactions aim ..." names Trump but it is the interactions that aim; the
      // noun phrase after the name holds a view it speaks, and speaks for the name's owner
      // ("Ellard's attorney said": LABELS.md, a speaker's lawyer or office speaks for them)
      if (tokens[i + 1]?.normal === "'s" || tokens[i + 1]?.normal === '’s') {
        if (!fallback) return undefined;
        // "The union that represents Air Canada's flight attendants said": the owner's noun phrase
        // is the relative clause's object; the noun the clause hangs on holds the view
        const object = tokens[governor]?.pos === 'VERB' ? hungOn(tokens, governor, first, speaks, leaningAt) : undefined;
        if (object) return object;
        // "A spokeswoman for the Information Commissioner's Office said": the noun phrase stands before the name
        if (fallback.holderTokens[1] < start) return fallback;
        const end = fallback.holderTokens[1];
        return { holder: valueOf(tokens, start, end), holderSide: asideSide, named: false, holderTokens: [start, end] };
      }
      // "Local traders hit out", "Labour MPs said": a name modifying a group noun is part of it
      let end = i;
      while (end + 1 < verbAt && tokens[end + 1]!.pos === 'NOUN') end++;
      // "The Japanese company also feels": a demonym says where the noun after it is from, and
      // the noun phrase, its article with it, holds the view
      if (end > i && start === i && DEMONYMS.has(t.normal)) {
        const from = tokens[start - 1]?.pos === 'DET' && start - 1 >= first ? start - 1 : start;
        return { holder: commonHolder(tokens, from, end), holderSide: asideSide, named: false, holderTokens: [from, end] };
      }
      if (end > i && /s$/.test(tokens[end]!.normal)) {
        return { holder: commonHolder(tokens, start, end), holderSide: asideSide, named: false, holderTokens: [start, end] };
      }
      // "Residents living near the Eastmoor site said", "Parents of pupils at Kennedy High said":
      // a name inside what describes a group opening the clause says where or whom; the group speaks
      const group = speaks ? describedGroupHead(tokens, start, first) : -1;
      if (group >= 0) return { holder: commonHolder(tokens, first, group), holderSide: null, named: false, holderTokens: [first, group] };
      return { holder: valueOf(tokens, start, i), holderSide: asideSide, named: true, holderTokens: [start, i], ...(aside && { aside }) };
    }
    if (t.pos === 'PRON' && PRONOUNS.has(t.normal)) {
      return { holder: t.normal, holderSide: null, named: true, holderTokens: [i, i] };
    }
    // "They have all spoken out", "he went on to accuse": the subject stands further back
    if (verbGroup && floatingQuantifiers.has(t.normal)) continue;
    // "Tom Reyes was quoted as saying": the subject of "was quoted" is the speaker
    if (t.pos === 'VERB' && t.lemma === 'quote' && tokens[i + 1]?.normal === 'as' && i + 2 === verbAt) {
      verbGroup = true;
      continue;
    }
    // "Mr Bosu is reported to have said": what others report of the subject is still the subject's view
    if (i >= hearsay) {
      verbGroup = true;
      continue;
    }
    if (t.pos === 'VERB' && catenativeLemmas.has(t.lemma) && tokens.slice(i + 1, verbAt).every((x) => x.normal === 'on' || x.normal === 'to' || x.pos === 'ADV')) {
      verbGroup = true;
      continue;
    }
    // "Some investors, however, said", "The EU, by contrast, urged": an adverb or a short
    // prepositional phrase between commas stands aside
    const linking = t.value === ',' ? linkingAsideStart(tokens, i, first) : -1;
    if (linking > 0) {
      skipped += i - linking + 1;
      i = linking;
      continue;
    }
    // "Mr Blunkett himself described ...": a reflexive stands beside its subject
    if (REFLEXIVES.has(t.normal)) continue;
    // "Deutsche Bank - itself a target of a lawsuit - said": an aside between spaced dashes
    const dash = spacedDash(tokens, i) ? asideDashStart(tokens, i, first) : -1;
    if (dash > 0) {
      skipped += i - dash + 1;
      i = dash;
      afterComma = true;
      continue;
    }
    if (verbGroup && t.pos === 'NOUN' && speaks) fallback = nounPhrase(tokens, i, first);
    // "Paul Kanyari who is a former hawker echoed": the noun phrase says what the named person is
    const described = fallback && i === fallback.holderTokens[1] ? describedName(tokens, fallback.holderTokens[0], first) : undefined;
    if (described) return { ...described, ...(aside && { aside }) };
    verbGroup &&= VERB_GROUP_POS.has(t.pos);
    // an apposition between holder and verb: "the envoy, Ines Moll, accused"
    if (t.value === ',') {
      // "Marcus Reid, who sits on the committee, condemned": step over the aside
      const relative = asideStart(tokens, i, first);
      steppedAside = relative > 0;
      if (relative > 0) {
        // ... as does the relative clause's own verb ("Ann Cole, who backs the cuts, said")
        asideSide ??= sideWithin(relative + 1, i - 1) ?? (RELATIVE_PRONOUNS.has(tokens[relative + 1]!.normal) ? relativeSide(tokens, relative + 1, i - 1, leaningAt) : null);
        if (!RELATIVE_PRONOUNS.has(tokens[relative + 1]!.normal)) aside ??= [relative + 1, i - 1];
        skipped += i - relative + 1;
        i = relative;
      }
      afterComma = true;
      continue;
    }
    // "did not comment on the claims when asked": the verb opens a clause of its own, with no subject
    if (subordinators.has(t.normal)) return fallback;
    // "Parents who oppose the cuts said": the noun the relative clause hangs on holds the view,
    // not the relative clause's own object
    if (t.pos === 'VERB') {
      const hung = hungOn(tokens, i, first, speaks, leaningAt);
      if (hung) return hung;
      // "A statement issued today said", "Residents affected by the closure said": a participle
      // after a noun describes it, and the noun holds the view (not "The vote came five days
      // after a consultant told": a past verb with a clause of its own)
      if (speaks && verb.pos === 'VERB' && isPastForm(t) && i - 1 >= first && tokens[i - 1]!.pos === 'NOUN' && describesNoun(tokens, i, verbAt)) return nounPhrase(tokens, i - 1, first);
      return fallback;
    }
    if (!GAP_POS.has(t.pos)) return fallback;
  }
  return fallback;
}

/**
 * The holder a relative clause whose verb is at `verb` hangs on ("Parents who oppose the cuts
 * said"), or undefined; a common noun only for a speech verb, as anywhere ("the record of
 * states that moved first points to ..."). A verb that takes a side gives the holder that
 * side: "parents who oppose the cuts" are its critics, as "opponents" would be.
 */
function hungOn(tokens: Token[], verb: number, first: number, speaks: boolean, leaningAt: LeaningVerbs): Holder | undefined {
  const relative = relativeBefore(tokens, verb, first);
  if (relative <= first) return undefined;
  const side = relativeSide(tokens, relative, verb, leaningAt);
  if (tokens[relative - 1]!.pos === 'NOUN') {
    const holder = speaks ? nounPhrase(tokens, relative - 1, first) : undefined;
    return holder && { ...holder, holderSide: holder.holderSide ?? side };
  }
  if (!isName(tokens[relative - 1])) return undefined;
  return namedHolder(tokens, relative - 1, first, side);
}

/**
 * The side a relative clause opened at `pronoun` takes by its verb ("who backs the cuts",
 * "who has long opposed it"; "who did not support it" takes none), or null.
 */
function relativeSide(tokens: readonly Token[], pronoun: number, last: number, leaningAt: LeaningVerbs): Side {
  let verb = pronoun + 1;
  while (verb < last && VERB_GROUP_POS.has(tokens[verb]!.pos)) verb++;
  // after "who" a word the tagger reads as a noun is the verb all the same ("who backs the cuts")
  const isVerb = tokens[verb]?.pos === 'VERB' || (tokens[pronoun]!.normal === 'who' && tokens[verb]?.pos === 'NOUN');
  if (!isVerb || isDenied(tokens, verb)) return null;
  return leaningAt.get(verb) ?? null;
}

/** What may follow a participle that describes the noun before it: its agent, whom or when ("issued today", "sent to parents", "affected by"). */
const PARTICIPLE_COMPLEMENTS: ReadonlySet<string> = new Set(['by', 'to', 'on', 'today', 'yesterday', 'tonight', ...TIME_DEICTICS, ...CALENDAR_WORDS]);

/** Does the past form at `i` describe the noun before it ("A statement issued today said", "nurses interviewed said")? */
function describesNoun(tokens: readonly Token[], i: number, verbAt: number): boolean {
  return i + 1 === verbAt || PARTICIPLE_COMPLEMENTS.has(tokens[i + 1]?.normal ?? '');
}

/** The nearest "who", "whom", "which" or "whose" before `at` and after `first`, or -1. */
function relativeOpenerBefore(tokens: readonly Token[], at: number, first: number): number {
  for (let k = at - 1; k > first; k--) if (RELATIVE_PRONOUNS.has(tokens[k]!.normal)) return k;
  return -1;
}

/** The "who" or "that" opening a relative clause whose verb is at `verb` ("who have long opposed"), or -1. */
function relativeBefore(tokens: readonly Token[], verb: number, first: number): number {
  let k = verb - 1;
  // "an official who was not authorized to discuss the matter said": a verb taking an infinitive
  // belongs to the same clause
  while (k > first && (['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos) || (tokens[k]!.pos === 'VERB' && tokens[k + 1]?.normal === 'to'))) k--;
  const word = tokens[k]?.normal;
  return RELATIVE_PRONOUNS.has(word ?? '') || (word === 'that' && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')) ? k : -1;
}

/** Verbs that news English puts before their speaker (`"...," said the minister`). */
const INVERTED_VERBS = new Set([
  'say', 'add', 'ask', 'write', 'tell', 'reply', 'explain', 'insist', 'tweet', 'continue', 'yell', 'shout', 'exclaim',
  'argue', 'warn', 'claim', 'note', 'admit', 'complain', 'declare', 'state', 'suggest', 'concede',
  'counter', 'retort', 'conclude', 'observe', 'remark', 'acknowledge', 'predict', 'recall', 'quip', 'implore', 'confide',
]);

/** The holder right after a verb that follows a quote or comma: `"...," said the minister`. */
function holderAfter(tokens: Token[], cues: TokenSpan[], verbAt: number, verbLast: number, last: number): Holder | undefined {
  const before = tokens[verbAt - 1];
  const verb = tokens[verbAt]!;
  // right after a closing quote any reporting verb attributes it ('...," lamented Ann Cole');
  // after a bare comma only the verbs news puts first
  if (!before || !(QUOTES.has(before.value) || (before.value === ',' && INVERTED_VERBS.has(verb.lemma)))) return undefined;
  // ", adding 24 hours" is a participle, not an attribution
  if (verb.normal.endsWith('ing')) return undefined;
  return speakerPhraseAt(tokens, cues, verbLast + 1, last);
}

/**
 * The speaker named by the phrase starting at token `i` and ending the clause or an aside:
 * what follows an inverted reporting verb (`said the minister`) or "according to".
 */
function speakerPhraseAt(tokens: Token[], cues: TokenSpan[], i: number, last: number): Holder | undefined {
  // "said one of the organisers": the group speaks, as in "One of the organisers said"
  if ((partitives.has(tokens[i]?.normal ?? '') || tokens[i]?.pos === 'NUM') && tokens[i + 1]?.normal === 'of') i += 2;
  const t = tokens[i];
  // ("said one woman", "said two residents": a number opens the phrase as an article does)
  if (!t || i > last || !['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(t.pos)) return undefined;
  const cue = cues.find((c) => c.first === i && c.name in HOLDER_CUES);
  if (cue) return cueHolder(tokens, cue);
  // `..., said it was wrong`: a pronoun that goes on with a verb is the reported clause's subject
  const ends = (tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT';
  if (t.pos === 'PRON' && PRONOUNS.has(t.normal)) return ends ? { holder: t.normal, holderSide: null, named: true, holderTokens: [i, i] } : undefined;
  // "according to him", "said one of them": the one just heard, as "he said" would be
  const subject = OBJECT_PRONOUNS.get(t.normal);
  if (subject && ends) return { holder: subject, holderSide: null, named: true, holderTokens: [i, i] };
  let end = i;
  if (t.pos === 'DET' || t.pos === 'NUM') end++;
  // "said the bank's governor, Mira Holt": a possessive carries the phrase on
  const continues = (k: number): boolean =>
    ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k]?.pos ?? '') || (tokens[k]?.pos === 'PART' && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? ''));
  // ... and so do a hyphen inside a word and a title's full stop before a name ("said
  // guitar-toting campaigner Barry Lim", "said Coun. Matt Whitman", where the tagger splits off
  // the stop); "said the 74-year-old comedian" is left to the speaker of the quotation before
  const hyphen = (k: number): boolean => DASHES.has(tokens[k]?.value ?? '') && tokens[k - 1]!.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end;
  const titleStop = (k: number): boolean => tokens[k]?.value === '.' && BEFORE_NAME.has(tokens[k - 1]!.normal) && tokens[k - 1]!.end === tokens[k]!.start && tokens[k + 1]?.pos === 'PROPN';
  const joins = (k: number): boolean => (hyphen(k) || titleStop(k)) && k + 1 <= last;
  const start = end;
  while (end + 1 <= last && (continues(end + 1) || joins(end + 1))) end += joins(end + 1) ? 2 : 1;
  if (tokens[end]?.pos !== 'PROPN') {
    end = start;
    while (end + 1 <= last && continues(end + 1)) end++;
  }
  const head = tokens[end];
  if (!head || (head.pos !== 'PROPN' && head.pos !== 'NOUN')) return undefined;
  // `..., said his rent has risen`: a phrase that goes on with a verb is the reported
  // clause's subject, not an inverted speaker; a speaker ends the clause or takes an aside
  // ("said the man who led the march": a relative clause describes the speaker)
  const next = tokens[end + 1];
  if (next && !['PUNCT', 'ADP'].includes(next.pos) && next.normal !== 'who') return undefined;
  // ... also past a prepositional phrase: `X, Tory co-chairman, said the return of Mr Campbell was ...`
  if (next?.pos === 'ADP') {
    let k = end + 2;
    while (k <= last && inPhrase(tokens[k]!)) k++;
    const after = k <= last ? tokens[k] : undefined;
    if (after?.pos === 'AUX' || (after?.pos === 'VERB' && !after.normal.endsWith('ing'))) return undefined;
  }
  // `"...," said Sheffield resident, Chris Howard.`: a description, a comma, then the name
  if (head.pos === 'NOUN' && tokens[end + 1]?.value === ',' && tokens[end + 2]?.pos === 'PROPN') {
    let name = end + 2;
    while (name + 1 <= last && tokens[name + 1]!.pos === 'PROPN') name++;
    if (name === last || tokens[name + 1]?.pos === 'PUNCT') end = name;
  }
  const named = tokens.slice(i, end + 1).some((x) => x.pos === 'PROPN');
  const holder: Holder = { holder: named ? valueOf(tokens, i, end) : commonHolder(tokens, i, end), holderSide: null, named, holderTokens: [i, end] };
  // `"...," said Ann Cole, the council's chair.`: the aside after the name describes her
  if (tokens[end + 1]?.value === ',' && ['DET', 'PRON'].includes(tokens[end + 2]?.pos ?? '')) {
    let close = end + 2;
    while (close + 1 <= last && tokens[close + 1]!.value !== ',' && tokens[close + 1]!.pos !== 'PUNCT') close++;
    holder.aside = [end + 2, close];
  }
  return holder;
}

/** Tokens a reported clause's own verb may stand after ("said it opposed", "said her client denies"). */
const EMBEDDED_REACH = 4;

/** The side of the reported clause's own verb, when it leans: "the college said it opposed the plan". */
function embeddedLean(tokens: Token[], leaningAt: LeaningVerbs, view: [number, number]): Side {
  const [from] = view;
  const start = tokens[from]?.normal === 'that' ? from + 1 : from;
  for (let i = start; i <= view[1] && i < start + EMBEDDED_REACH; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') return leaningAt.get(i) ?? null;
    if (!['PRON', 'NOUN', 'PROPN', 'DET', 'AUX', 'ADV'].includes(t.pos)) return null;
  }
  return null;
}

/** The voice a reporting verb's cue gives, if it reports someone's view in the clause. */
/** "In favour of doing" is "rather than", a preference between courses, not a view of anyone's. */
const PREFERENCE = new Set(['favor', 'favour']);

function voiceAt(tokens: Token[], cues: TokenSpan[], clause: Clause, quoted: readonly boolean[], holderEndingAt: Map<number, TokenSpan>, leaningAt: LeaningVerbs, cue: TokenSpan): Voice | undefined {
  // a trailing participle (", using a letter ... saying") frames the clause; its voice is not the
  // clause's ... unless a quotation closes after it, and the attribution after the mark reports
  // the whole ('"..., preferring conflict instead," a union leader told the agency')
  const quotedParticiple = cue.first > clause.coreLast && tokens.slice(clause.coreLast + 1, cue.first).some((t) => CLOSING_QUOTES.has(t.value));
  if (!(cue.name in VERB_CUES) || cue.first < clause.first || (cue.first > clause.coreLast && !quotedParticiple) || reportsAnAct(tokens, cue)) return undefined;
  // a verb inside a quotation is the speaker's own wording, not the attribution
  if (quoted[cue.first]) return undefined;
  // "the United States", "in the state": a name or a noun after a determiner, not a verb
  // ... unless the determiner is the holder itself ("Some argue that ...")
  const determiner = tokens[cue.first - 1]?.pos === 'DET' && !holderEndingAt.has(cue.first - 1) && !floatingQuantifiers.has(tokens[cue.first - 1]!.normal);
  if (tokens[cue.first]!.pos === 'PROPN' || determiner) return undefined;
  // "front counters", "price claims", "the anti-Semitism claims": a plural noun in a compound, not a verb
  // ... though a holder word right before it is the verb's subject ("Many supporters point to a
  // 2013 study", where the tagger reads "point" as a noun), outside a relative clause ("a scheme
  // which opponents say ...": there the view is heard, not voiced)
  const holderWord = holderEndingAt.get(cue.first - 1);
  const subject = holderWord !== undefined && !RELATIVE_OPENERS.has(tokens[holderWord.first - 1]?.normal ?? '');
  const compound = ['ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[cue.first - 1]?.pos ?? '') && !subject;
  // ("staged a street protest this Thursday": a determiner pointing a period at the story's time opens no clause)
  const period = TIME_DEICTICS.has(tokens[cue.last + 1]?.normal ?? '') && (PERIODS.has(tokens[cue.last + 2]?.normal ?? '') || CALENDAR_WORDS.has(tokens[cue.last + 2]?.normal ?? ''));
  const takesClause = tokens[cue.last + 1]?.normal === 'that' || (['PRON', 'DET'].includes(tokens[cue.last + 1]?.pos ?? '') && !period);
  if (tokens[cue.first]!.pos === 'NOUN' && compound && !takesClause) return undefined;
  // "sacrificed some projects in favour of staying focused": preferring one course to another, no view
  if (PREFERENCE.has(tokens[cue.first]!.lemma) && tokens[cue.first - 1]?.normal === 'in' && tokens[cue.first + 1]?.normal === 'of' && tokens[cue.first + 2]?.pos === 'VERB') return undefined;
  // "Telephone call centres", "the smaller EU states.": a noun before a noun or ending the
  // sentence after a name is a compound, not a verb
  const next = tokens[cue.last + 1];
  if (tokens[cue.first]!.pos === 'NOUN' && (next?.pos === 'NOUN' || (tokens[cue.first - 1]?.pos === 'PROPN' && SENTENCE_ENDS.has(next?.value ?? '')))) return undefined;
  if (reportsNothing(tokens, cue, clause)) return undefined;
  // "councillors should back it" prescribes, in the writer's voice; it reports no one's view
  if (prescriptive.has(tokens[cue.first - 1]?.normal ?? '')) return undefined;
  // "is expected to", "was said to": a passive reports no one's view
  // ("the court was told" too: a past participle is passive whatever its ending; "is saying" is not)
  // ... also with an adverb between ("is widely expected to")
  if (isPassiveAt(tokens, cue.first)) return undefined;
  // "cannot support", "did not welcome": a verb of support denied is opposition; of opposition denied, no side
  const verb = { ...verbOf(tokens, cue), verbSide: sideAsWritten(VERB_CUES[cue.name] ?? null, tokens, cue.first) };
  const before = holderBefore(tokens, holderEndingAt, cue.first, clause.first, VERB_CUES[cue.name] !== null, leaningAt);
  // "to tackle what he calls a skills gap", "what the tariffs say about ...": the writer's
  // clause names someone's view as a thing; nobody voices it here
  if (before && tokens[before.holderTokens[0] - 1]?.normal === 'what') return undefined;
  // "have closed their shops protesting the fees", "a court case challenging the legality": a
  // participle after the main verb continues the clause or describes a thing; the common noun
  // before it voices nothing unless it names people ("letters from parents protesting")
  if (before && isParticiple(tokens[cue.first]) && clause.verb >= clause.first && before.holderTokens[0] > clause.verb && !holderEndingAt.has(before.holderTokens[1]) && !namesPeople(tokens[before.holderTokens[1]]!)) return undefined;
  if (before) {
    // "..., she added." reports what stands before the holder
    // (and "..., the company said on Tuesday.", "..., she said in a statement.": a closing
    // attribution with only a time or a place after its verb)
    const after = tokens[cue.last + 1];
    const adjunct = after !== undefined && (['ADP', 'ADV', 'PUNCT'].includes(after.pos) || CALENDAR_WORDS.has(after.normal));
    const closing =
      adjunct &&
      before.holderTokens[1] >= cue.first - 2 &&
      closingAttributionAt(tokens, before.holderTokens[0], clause.first) &&
      !verbBetween(tokens, cue.last + 1, clause.last);
    const trailing = (cue.last + 1 >= clause.last || closing) && before.holderTokens[0] - 2 > clause.first;
    // ... but "toward the file they want." ends on a relative clause with its "that" left out:
    // a holder right after a noun, no comma or quotation between, reports nothing
    const relative = ['NOUN', 'PROPN', 'ADJ'].includes(tokens[before.holderTokens[0] - 1]?.pos ?? '') && !closingAttributionAt(tokens, before.holderTokens[0], clause.first);
    if (trailing && relative && !tokens.slice(cue.last + 1, clause.last + 1).some((t) => t.pos !== 'PUNCT')) return undefined;
    // (a concession set aside before the attribution, "regardless of objections from cab
    // operators", is the others' view, not the speaker's)
    const aside = clause.concessive && clause.concessive[0] > clause.first && clause.concessive[1] < before.holderTokens[0] ? clause.concessive[0] - 1 : Infinity;
    const view: [number, number] = trailing ? [clause.first, Math.min(aside, before.holderTokens[0] - 2)] : [cue.last + 1, clause.last];
    return { ...before, ...verb, verbSide: verb.verbSide ?? embeddedLean(tokens, leaningAt, view), view };
  }
  const after = holderAfter(tokens, cues, cue.first, cue.last, clause.last);
  if (after) return { ...after, ...verb, view: [clause.first, cue.first - 1] };
  return undefined;
}

/**
 * Does the voice close the sentence after a comma (", Arceiz said.", ", said a spokesman on
 * Monday.")? Then it reports all that stands before it, any reporting verb there included.
 */
function closesSentence(tokens: readonly Token[], clause: Clause, voice: Voice): boolean {
  const from = Math.min(voice.holderTokens[0], voice.verbIndex);
  const to = Math.max(voice.holderTokens[1], voice.verbIndex);
  if (tokens[from - 1]?.value !== ',') return false;
  // ("small shops, whose staff would have to explain it": a relative clause closes nothing)
  if (RELATIVE_PRONOUNS.has(tokens[from]!.normal)) return false;
  return !verbBetween(tokens, to + 1, clause.last);
}

/** Find the first holder + reporting verb in the main clause, outside any quotation (a closing attribution first). */
export function findVoice(tokens: Token[], cues: TokenSpan[], clause: Clause, quoted: readonly boolean[] = []): Voice | undefined {
  // indexed once: scanning every cue for each word before each verb took 40 s on a 1 MB sentence
  const holderEndingAt = new Map<number, TokenSpan>();
  const leaningAt = new Map<number, Exclude<Side, null>>();
  for (const cue of cues) {
    if (cue.name in HOLDER_CUES && !holderEndingAt.has(cue.last)) holderEndingAt.set(cue.last, cue);
    if (VERB_CUES[cue.name] && !leaningAt.has(cue.first)) leaningAt.set(cue.first, VERB_CUES[cue.name]!);
  }
  for (let n = 0; n < cues.length; n++) {
    const voice = voiceAt(tokens, cues, clause, quoted, holderEndingAt, leaningAt, cues[n]!);
    if (!voice) continue;
    // "Magna said it wants layoffs ..., Arceiz said.": the closing attribution is the speaker
    if (!closesSentence(tokens, clause, voice)) {
      for (let m = n + 1; m < cues.length; m++) {
        const closing = voiceAt(tokens, cues, clause, quoted, holderEndingAt, leaningAt, cues[m]!);
        if (closing && closesSentence(tokens, clause, closing)) return closing;
      }
    }
    return voice;
  }
  return trailingVoice(tokens, cues, clause, quoted, holderEndingAt, leaningAt);
}

/** How long the holder of ", with ... saying" may be ("with some Labour backbenchers warning"). */
const WITH_REACH = 5;

/** The holder between ", with" and a participle at `verbAt` ("..., with critics saying"), if any. */
function withHolder(tokens: Token[], holderEndingAt: Map<number, TokenSpan>, verbAt: number): Holder | undefined {
  let k = verbAt - 1;
  while (k > 0 && verbAt - k <= WITH_REACH && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]!.pos)) k--;
  if (tokens[k]?.normal !== 'with' || tokens[k - 1]?.value !== ',' || k + 1 >= verbAt) return undefined;
  const cue = holderEndingAt.get(verbAt - 1);
  if (cue && cue.first > k) return cueHolder(tokens, cue);
  const words = tokens.slice(k + 1, verbAt);
  if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  const named = tokens[verbAt - 1]!.pos === 'PROPN';
  return { holder: named ? valueOf(tokens, k + 1, verbAt - 1) : commonHolder(tokens, k + 1, verbAt - 1), holderSide: null, named, holderTokens: [k + 1, verbAt - 1] };
}

/** How many words a statement's phrase may take between the verb that issues it and the participle ("released a short statement"). */
const ISSUED_REACH = 4;

/** Is the participle at `at` said by a statement the clause's main verb issues ("released a statement saying")? */
function issuedStatement(tokens: readonly Token[], clause: Clause, at: number): boolean {
  if (!STATEMENT_NOUNS.has(tokens[at - 1]?.normal ?? '') || !issuingLemmas.has(tokens[clause.verb]?.lemma ?? '')) return false;
  return at - clause.verb <= ISSUED_REACH + 1 && tokens.slice(clause.verb + 1, at - 1).every((t) => ['DET', 'ADJ', 'NOUN', 'PRON'].includes(t.pos));
}

/**
 * "Freeh expressed no such concerns, calling Sessions a friend": a participle after the main
 * clause has the main clause's subject; when the main verb reports nothing, that subject speaks
 * through the participle.
 */
function trailingVoice(tokens: Token[], cues: TokenSpan[], clause: Clause, quoted: readonly boolean[], holderEndingAt: Map<number, TokenSpan>, leaningAt: LeaningVerbs): Voice | undefined {
  if (clause.verb <= clause.first) return undefined;
  for (const cue of cues) {
    if (!(cue.name in VERB_CUES) || cue.first <= clause.first || cue.first > clause.last || quoted[cue.first]) continue;
    if (reportsAnAct(tokens, cue)) continue;
    if (!isParticiple(tokens[cue.first])) continue;
    // "..., with critics saying it would cost jobs": the absolute phrase names its own holder
    const absolute = withHolder(tokens, holderEndingAt, cue.first);
    if (absolute) return { ...absolute, ...verbOf(tokens, cue), view: [cue.last + 1, clause.last] };
    // "Anthony then released a statement saying ...": the statement the subject issued speaks for them
    const issued = issuedStatement(tokens, clause, cue.first);
    if (issued) {
      const before = holderBefore(tokens, holderEndingAt, clause.verb, clause.first, true, leaningAt);
      if (before) return { ...before, ...verbOf(tokens, cue), view: [cue.last + 1, clause.last] };
    }
    if (cue.first <= clause.coreLast || tokens[cue.first - 1]?.value !== ',') continue;
    // the main verb, or, where the clause's verb is a relative clause's ("Freeh, who served as
    // director, expressed no such concerns, calling ..."), the last verb before the participle's comma
    let main = cue.first - 2;
    while (main > clause.verb && (tokens[main]!.pos !== 'VERB' || isParticiple(tokens[main]) || tokens[main - 1]?.normal === 'to')) main--;
    const before = holderBefore(tokens, holderEndingAt, clause.verb, clause.first, true, leaningAt) ?? (main > clause.verb ? holderBefore(tokens, holderEndingAt, main, clause.first, true, leaningAt) : undefined);
    // ("His willingness to engage with Kim reflects ..., emphasizing": a preposition's object is no subject)
    const start = before?.holderTokens[0] ?? 0;
    if (!before || tokens[governorAt(tokens, start)]?.pos === 'ADP') return undefined;
    return { ...before, ...verbOf(tokens, cue), view: [cue.last + 1, clause.last] };
  }
  return undefined;
}

/** How many words of a time or place may stand between "agreed" and "to" ("agreed in September to"). */
const AGREED_ADJUNCT = 4;
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** After "agreed" at `from`: "to" and a verb or a noun phrase, perhaps after a time or place, with no clause ("agreed to the deal"). */
function agreesTo(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (tokens[k]?.pos === 'ADP' && tokens[k]!.normal !== 'to' && tokens[k]!.normal !== 'with') {
    while (k < from + AGREED_ADJUNCT && tokens[k]?.normal !== 'to' && ADJUNCT_POS.has(tokens[k]?.pos ?? '')) k++;
  }
  if (tokens[k]?.normal !== 'to') return false;
  const next = tokens[k + 1];
  return next?.pos === 'VERB' || next?.pos === 'DET' || next?.pos === 'ADJ' || next?.pos === 'NOUN';
}

/**
 * A reporting verb's word used here for something else: a noun, a description of a noun, an
 * act. None of these voices a view, and a fact given a false speaker teaches the model that
 * reported views can be facts.
 */
export function reportsNothing(tokens: Token[], cue: TokenSpan, clause: Clause): boolean {
  const word = tokens[cue.first]!;
  const next = tokens[cue.last + 1];
  // "a whistleblower's claims of ...", "the union's criticism": after a possessive the cue is a noun
  // (a bare mark after a comma closes a quotation in single marks: "'...,' said Ann Cole")
  if (POSSESSIVE_MARKS.has(tokens[cue.first - 1]?.normal ?? '') && tokens[cue.first - 2]?.pos !== 'PUNCT') return true;
  // "a senior fellow at the Halden think tank": a noun, whatever its tag
  if (opensCompound(tokens, cue.first)) return true;
  // "contributed $7m to state lawmakers": "state" before a noun is the state's
  if (nounModifierWords.has(word.normal) && (next?.pos === 'NOUN' || next?.pos === 'PROPN')) return true;
  // "Tom Reyes, defending, said": a lone participle between commas names a part in court, not a view
  if (isParticiple(word) && tokens[cue.first - 1]?.value === ',' && tokens[cue.last + 1]?.value === ',') return true;
  // "Mr Letwin, speaking on the Today programme, added": a participle opening an aside before
  // the main verb frames it; the main verb reports
  if (isParticiple(word) && tokens[cue.first - 1]?.value === ',' && asideClosesBeforeVerb(tokens, cue.last + 1, clause.last)) return true;
  // "police responded by dispersing them": what is done in answer is an act
  if (next?.normal === 'by' && tokens[cue.last + 2]?.pos === 'VERB') return true;
  // "did not immediately respond to a request for comment": silence is an act, and no view
  if (word.lemma === 'respond' && isDenied(tokens, cue.first, 3)) return true;
  // "it is worth noting that": the writer's aside, not someone's view
  if (tokens[cue.first - 1]?.normal === 'worth') return true;
  // "agreed to withdraw the bill", "agreed to some new measures", "agreed in September to
  // acquire": agreeing to do or to accept something is an act; agreeing that is a view
  if (word.lemma === 'agree' && agreesTo(tokens, cue.last + 1)) return true;
  // "called in the application", "called off the strike": a phrasal verb of acting, not of saying
  if (word.lemma === 'call' && cue.last === cue.first && actingParticles.has(next?.normal ?? '')) return true;
  // "writes a weekly column", "posted a video": a thing written is an act, not a reported view
  if (writesSomething(tokens, cue.first)) return true;
  // "obliges MSPs to declare", "met in Luxembourg on Monday to consider": an infinitive after a
  // verb's or a preposition's object says what someone is made or meant to do, not what they say
  if (tokens[cue.first - 1]?.normal === 'to' && isObjectEndingAt(tokens, cue.first - 2, clause.first)) return true;
  // "contacted the show saying ...", "got a message saying ...": a neutral participle after an
  // object describes that object; the object voices no view of its own
  if (VERB_CUES[cue.name] === null && isParticiple(word) && isObjectEndingAt(tokens, cue.first - 1, clause.first)) return true;
  // "viruses written by criminals", "programs written to ...": a participle that is never a
  // past tense ("-en"), with no auxiliary, describes the noun before it
  if (isEnParticiple(word) && !hasAuxiliary(tokens, cue.first)) return true;
  // "a $27.5bn back tax bill", "talk of a move back to", "should be back in": "back" backs
  // someone only with an object after it
  if (word.pos === 'ADV' && (!OBJECT_STARTS.has(next?.pos ?? '') || tokens[cue.first - 1]?.lemma === 'be')) return true;
  // "Around 20 fishermen protested at the Orange Valley Junction": a protest placed and aimed at
  // nothing is an act; "protested against", "over" or "at the decision" aim it
  if (word.lemma === 'protest' && protestedWhere(tokens, cue.last + 1, clause.last)) return true;
  // "jurors saw the film", "viewed the footage": having seen a thing is an act; a view is seeing
  // it "as" something, or in the present ("sees no reason to change it")
  return perceptionLemmas.has(word.lemma) && isPastForm(word) && ['DET', 'NOUN', 'PROPN'].includes(next?.pos ?? '') && !tokens.slice(cue.last + 1, clause.last + 1).some((t) => t.normal === 'as');
}

/** Prepositions of where a protest is held ("outside City Hall", "in the streets"); "at" only before a name ("at the Orange Valley Junction"). */
const PROTEST_PLACES = new Set(['in', 'outside', 'near', 'across', 'along', 'on', 'at']);
/** Words that aim a protest at what it is about. */
const PROTEST_AIMS = new Set(['against', 'over', 'about', 'that', 'to', 'for']);

/** Does a protest verb's clause, from `from`, only say where it was held? */
function protestedWhere(tokens: readonly Token[], from: number, last: number): boolean {
  const preposition = tokens[from];
  if (!preposition || !PROTEST_PLACES.has(preposition.normal)) return false;
  const named = tokens[from + 1]?.pos === 'PROPN' || (tokens[from + 1]?.pos === 'DET' && tokens[from + 2]?.pos === 'PROPN');
  if (preposition.normal === 'at' && !named) return false;
  // (up to a comma: what follows it, ", saying ...", is heard on its own)
  for (let k = from; k <= last && tokens[k]!.value !== ','; k++) if (PROTEST_AIMS.has(tokens[k]!.normal)) return false;
  return true;
}

/** What stands right before a closing attribution's holder: "..., she added.", "'...' he said", "as he said." */
const CLOSING_ATTRIBUTION_AFTER: ReadonlySet<string> = new Set([',', '"', '”', "'", '’', 'as', ...DASHES]);

/** Words of a holder's description, which may stand between the comma and the holder ("..., Liberal Democrat leader Charles Kennedy has claimed"). */
const DESCRIPTION_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'ADP', 'CCONJ']);
/** How far back over a description a closing attribution's comma may stand. */
const DESCRIPTION_REACH = 10;

/** Does a comma, a quotation or "as" stand before the holder starting at `holder`, perhaps with a description between? */
function closingAttributionAt(tokens: readonly Token[], holder: number, first: number): boolean {
  let k = holder - 1;
  while (k > first && holder - k < DESCRIPTION_REACH && DESCRIPTION_POS.has(tokens[k]!.pos) && !CLOSING_ATTRIBUTION_AFTER.has(tokens[k]!.value)) k--;
  return CLOSING_ATTRIBUTION_AFTER.has(tokens[k]?.value ?? '');
}

/** Is there a verb or an auxiliary among tokens [from, to]? */
const verbBetween = (tokens: readonly Token[], from: number, to: number): boolean => tokens.slice(from, to + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');

/** Does an aside starting at `from` close with a comma that a verb follows ("..., speaking on Today, added")? */
function asideClosesBeforeVerb(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k < from + ASIDE_REACH; k++) {
    if (tokens[k]!.value !== ',') continue;
    return ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '') && !isParticiple(tokens[k + 1]);
  }
  return false;
}

/** Words that may open a verb's object ("back the plan", "back Perez", "back him"). */
const OBJECT_STARTS = new Set(['DET', 'PROPN', 'NOUN', 'PRON']);

/** How far after "who" its reporting verb may stand ("who has long argued"). */
const RELATIVE_VERB_REACH = 3;

/** The reporting verb a cue marks, and the side it leans to. */
function verbOf(tokens: Token[], cue: TokenSpan): Pick<Voice, 'verb' | 'verbIndex' | 'verbSide'> {
  return { verb: tokens.slice(cue.first, cue.last + 1).map((t) => t.normal).join(' '), verbIndex: cue.first, verbSide: VERB_CUES[cue.name] ?? null };
}

/** A past participle after a form of "be", perhaps with an adverb between: "is widely expected", "was backed". */
function isPassiveAt(tokens: Token[], i: number): boolean {
  const at = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  const auxiliary = tokens[at];
  if (hasContracted(tokens, at)) return false;
  // the tagger leaves "being" as its own lemma ("was being written")
  return (auxiliary?.lemma === 'be' || auxiliary?.normal === 'being') && isPastForm(tokens[i]);
}

/** Pronouns of people, whose "'s" before a past participle is "has". */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'who']);

/** Is the "'s" at `at` a contracted "has" after a person ("she's said", "he's told"), not "is" ("it's said") or a possessive? */
function hasContracted(tokens: readonly Token[], at: number): boolean {
  // (wink gives the contraction's normal as "is" whatever it stands for; its value is as written)
  return (tokens[at]?.value === "'s" || tokens[at]?.value === '’s') && tokens[at]!.pos === 'AUX' && PERSONAL_PRONOUNS.has(tokens[at - 1]?.normal ?? '');
}

/**
 * LABELS.md: a side's view heard only in a relative clause gives the sentence that side. When
 * the main clause reports no one, the name a "who" or "which" clause hangs on is the speaker:
 * "The only vote against came from Ann Cole, who said the deal lacked safeguards."
 */
export function findRelativeVoice(tokens: Token[], cues: TokenSpan[], clause: Clause, quoted: readonly boolean[] = []): Voice | undefined {
  // only a verb of speech: "who supported Sanders" and "who later dismissed Drogba" report acts
  const speechAt = new Map<number, TokenSpan>();
  for (const c of cues) if (c.name in VERB_CUES && !quoted[c.first] && speechVerbLemmas.has(tokens[c.first]!.lemma)) speechAt.set(c.first, c);
  if (speechAt.size === 0) return undefined;
  for (let r = clause.first + 1; r < tokens.length; r++) {
    // "a bill which critics claim would legalise euthanasia": a holder word inside the clause
    // on a thing is the speaker (LABELS.md's own example)
    const held = heldInRelative(tokens, cues, r, speechAt, quoted);
    if (held) return held;
    if (!RELATIVE_PRONOUNS.has(tokens[r]!.normal) || tokens[r]!.normal === 'whose' || quoted[r]) continue;
    const antecedent = tokens[r - 1]?.value === ',' ? r - 2 : r - 1;
    if (tokens[antecedent]?.pos !== 'PROPN') continue;
    let verb = r + 1;
    while (verb <= r + RELATIVE_VERB_REACH && !speechAt.has(verb) && VERB_GROUP_POS.has(tokens[verb]?.pos ?? '')) verb++;
    const cue = speechAt.get(verb);
    if (!cue) continue;
    const start = propnRunStart(tokens, antecedent, clause.first);
    return { holder: valueOf(tokens, start, antecedent), holderSide: null, named: true, holderTokens: [start, antecedent], ...verbOf(tokens, cue), view: relativeView(tokens, cue), relative: true };
  }
  return undefined;
}

/** How many words a holder inside a relative clause may have ("which some business owners say"). */
const RELATIVE_HOLDER_REACH = 4;

/**
 * A view whose holder stands inside a relative clause on a thing, opened at `r`: "a bill which
 * critics claim would ...", "a development that some business owners say will ...".
 */
function heldInRelative(tokens: Token[], cues: TokenSpan[], r: number, speechAt: ReadonlyMap<number, TokenSpan>, quoted: readonly boolean[]): Voice | undefined {
  // ... or a clause that is its own thing: "in what critics say is a crackdown"
  const opener = tokens[r]!.normal;
  if (quoted[r] || !(opener === 'what' || (['which', 'that'].includes(opener) && tokens[r - 1]?.pos === 'NOUN'))) return undefined;
  const holder = cues.find((c) => c.name in HOLDER_CUES && c.first === r + 1);
  if (!holder) return undefined;
  // the holder word may head a short noun phrase ("some business owners")
  let last = holder.last;
  while (last < r + RELATIVE_HOLDER_REACH && tokens[last + 1]?.pos === 'NOUN' && !speechAt.has(last + 1)) last++;
  const cue = speechAt.get(last + 1);
  if (!cue) return undefined;
  return { holder: commonHolder(tokens, r + 1, last), holderSide: HOLDER_CUES[holder.name] ?? null, named: false, holderTokens: [r + 1, last], ...verbOf(tokens, cue), view: relativeView(tokens, cue), relative: true };
}

/** What a relative clause's reporting verb reports: up to the comma that closes the clause ("Ann Cole, who said the deal was unsafe, voted against"). */
function relativeView(tokens: readonly Token[], cue: TokenSpan): [number, number] {
  let end = cue.last + 1;
  while (end + 1 < tokens.length && tokens[end + 1]!.value !== ',') end++;
  return [cue.last + 1, end];
}

/** Neutral reporting verbs whose passive still carries the agent's judgement ("described as 'outrageous' by ..."). */
const PASSIVE_JUDGING = new Set(['describe', 'echo', 'call']);

/** How far after a passive verb its agent may stand ("described as 'irresponsible' and 'outrageous' by ..."). */
const AGENT_REACH = 12;

/**
 * A view attributed with "according to" ("According to Ann Cole, the council's finance chief,
 * the closure is unavoidable", "..., according to the residents' association"): the phrase
 * after it is the holder, whoever it names (a caller keeps only people and bodies: "according
 * to the affidavit" names a document). Opening the sentence, it reports the whole main clause;
 * closing it, what stands before.
 */
export function findAccordingVoice(tokens: Token[], cues: TokenSpan[], clause: Clause, quoted: readonly boolean[] = []): Voice | undefined {
  for (let a = 0; a < clause.last; a++) {
    if (tokens[a]!.normal !== 'according' || tokens[a + 1]?.normal !== 'to' || quoted[a]) continue;
    const opening = a < clause.first;
    const holder = speakerPhraseAt(tokens, cues, a + 2, opening ? clause.first - 1 : clause.last);
    if (!holder) continue;
    const end = holder.aside?.[1] ?? holder.holderTokens[1];
    const closing = !opening && tokens[a - 1]?.value === ',' && !tokens.slice(end + 1, clause.last + 1).some((t) => t.pos !== 'PUNCT');
    const view: [number, number] = closing ? [clause.first, a - 2] : [clause.first, clause.last];
    return { ...holder, verb: 'according to', verbIndex: a, verbSide: null, view };
  }
  return undefined;
}

/**
 * A view reported in the passive with its holder after "by" ("the assessment was backed by
 * Lord Armstrong", "her comments have been described as 'outrageous' by the commission"),
 * when the main clause reports no one in the active.
 */
export function findPassiveVoice(tokens: Token[], cues: TokenSpan[], clause: Clause, quoted: readonly boolean[] = []): Voice | undefined {
  for (const cue of cues) {
    // ... or in an aside that opens with a participle taking a side ("The decision - criticised by
    // doctors and dentists - came after ...": LABELS.md hears a side in an apposition)
    const aside = VERB_CUES[cue.name] !== null && cue.first > 0 && isPastForm(tokens[cue.first]) && spacedDash(tokens, cue.first - 1);
    if (!(cue.name in VERB_CUES) || cue.first < clause.first || cue.first > clause.coreLast || quoted[cue.first] || !(isPassiveAt(tokens, cue.first) || aside)) continue;
    // a verb that takes a side, or one that judges; "was asked by journalists" and "can be
    // viewed by browsers" report no view of the agent's
    if (VERB_CUES[cue.name] === null && !PASSIVE_JUDGING.has(tokens[cue.first]!.lemma)) continue;
    let by = -1;
    for (let k = cue.last + 1; k <= clause.last && k <= cue.last + AGENT_REACH && by < 0; k++) {
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') break;
      if (tokens[k]!.normal === 'by') by = k;
    }
    if (by < 0) continue;
    const agent = tokens[by + 1];
    if (agent?.pos === 'PRON' && PRONOUNS.has(agent.normal)) {
      return { holder: agent.normal, holderSide: null, named: true, holderTokens: [by + 1, by + 1], ...verbOf(tokens, cue), view: [clause.first, by - 1] };
    }
    let end = by + 1;
    if (agent?.pos === 'DET' || POSSESSIVES.has(agent?.normal ?? '')) end++;
    while (end + 1 <= clause.last && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[end + 1]!.pos)) end++;
    const head = tokens[end];
    if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) continue;
    const named = tokens.slice(by + 1, end + 1).some((t) => t.pos === 'PROPN');
    const words = named ? valueOf(tokens, by + 1, end) : commonHolder(tokens, by + 1, end);
    return { holder: words, holderSide: null, named, holderTokens: [by + 1, end], ...verbOf(tokens, cue), view: [clause.first, by - 1] };
  }
  return undefined;
}

/** How far into the main clause a survey's share may start ("But only 40%", "A total of 53%"). */
const SHARE_LEAD = 4;
/** How far from its share the answer's verb may stand ("Almost a quarter (21%) of those polled for the Sunday Times said"). */
const SHARE_REACH = 14;

/** The last token of a percentage or a "one in four" starting at `i`, or -1. */
function percentEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.pos !== 'NUM') return -1;
  let k = i;
  // "Forty-three per cent", "Three-quarters"
  while (DASHES.has(tokens[k + 1]?.value ?? '') && tokens[k + 2]?.pos === 'NUM') k += 2;
  const next = tokens[k + 1]?.normal ?? '';
  if (percentWords.has(next)) return k + 1;
  if (next === 'per' && tokens[k + 2]?.normal === 'cent') return k + 2;
  if (next === 'in' && tokens[k + 2]?.pos === 'NUM') return k + 2;
  if (DASHES.has(next) && shareNouns.has(tokens[k + 2]?.normal ?? '')) return k + 2;
  return -1;
}

/**
 * The words of a survey's share heading the main clause, when what follows is their answer
 * ("32% said", "one in four think", "Three-quarters said", "a majority of voters (68%)
 * believe"): those asked are no speaker, and the sentence reports the survey's finding. A
 * fraction alone ("a majority of MPs said") is a headcount unless a percentage or the polling
 * ("of those polled") comes with it, or nothing stands between it and the answer.
 */
export function pollShare(tokens: readonly Token[], cues: readonly TokenSpan[], clause: Clause): string[] | undefined {
  // (read for every sentence, twice: nothing is allocated until a share is found)
  const answerAt = (j: number): boolean => cues.some((c) => c.first === j && c.name in VERB_CUES);
  for (let i = clause.first; i <= clause.last && i < clause.first + SHARE_LEAD; i++) {
    const t = tokens[i]!;
    if (['VERB', 'AUX', 'PRON', 'PROPN'].includes(t.pos)) return undefined;
    const percent = percentEnd(tokens, i);
    const end = percent >= 0 ? percent : shareNouns.has(t.normal) ? i : -1;
    if (end < 0) continue;
    let asked = percent >= 0;
    for (let j = end + 1; j <= clause.last && j <= end + SHARE_REACH; j++) {
      const w = tokens[j]!;
      if (answerAt(j)) return asked || j === end + 1 ? tokens.slice(i, end + 1).map((x) => x.value) : undefined;
      if (pollingWords.has(w.normal) || percentEnd(tokens, j) >= 0) asked = true;
      else if (w.pos === 'VERB' || w.pos === 'AUX') return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Where a passive hearsay verb stands before "to have" and the verb of speech ("is reported to have said"), or Infinity. */
function hearsayBefore(tokens: readonly Token[], verbAt: number): number {
  const at = verbAt - 3;
  const t = tokens[at];
  const passive = t?.pos === 'VERB' && hearsayLemmas.has(t.lemma) && tokens[at - 1]?.pos === 'AUX';
  return passive && tokens[at + 1]!.normal === 'to' && tokens[at + 2]!.normal === 'have' ? at : Infinity;
}

/** A critic's verb that reports what a side did, not what it thinks (LABELS.md: a side's action is a fact). */
function reportsAnAct(tokens: readonly Token[], cue: TokenSpan): boolean {
  return protestsAct(tokens, cue) || turnsDown(tokens, cue) || announcesAction(tokens, cue) || addsToThing(tokens, cue);
}

/**
 * "The rising cost of fuel has added to the hardship", "adds to growing discontent": what is
 * added to a thing is no one's words; added to whom it is told ("added to reporters", "added
 * to The Associated Press") it is.
 */
function addsToThing(tokens: readonly Token[], cue: TokenSpan): boolean {
  if (tokens[cue.first]!.lemma !== 'add' || tokens[cue.last + 1]?.normal !== 'to') return false;
  const at = tokens[cue.last + 2]?.pos === 'DET' ? cue.last + 3 : cue.last + 2;
  const whom = tokens[at];
  return whom !== undefined && whom.pos !== 'PROPN' && !ADDRESSEES.has(whom.normal);
}

/**
 * "Traders protested against the levy", "staged a sit-in to protest the tax": a protest is an
 * act, not a view (LABELS.md: a side's action is a fact), unless it says something ("protested
 * that ..."); "..., saying the hike is exploitative" after it is still heard.
 */
function protestsAct(tokens: readonly Token[], cue: TokenSpan): boolean {
  const verb = tokens[cue.first]!;
  return cue.first === cue.last && verb.pos === 'VERB' && protestLemmas.has(verb.lemma) && tokens[cue.last + 1]?.normal !== 'that';
}

/** Words that may stand between "rejected" and what was put to it ("the government's latest offer"). Tags. */
const SUBMITTED_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PRON']);

/** "The union has rejected the offer", "rejected a proposal from ...": turning down what was put to one is a decision, an act. */
function turnsDown(tokens: readonly Token[], cue: TokenSpan): boolean {
  if (!turningDownLemmas.has(tokens[cue.first]!.lemma) || cue.first !== cue.last) return false;
  let k = cue.last + 1;
  // ("the latest pay offer", "residents' request", "a proposed ordinance": a noun before a noun
  // or its possessive, or a participle before it, describes it)
  const possessive = (t: Token | undefined): boolean => POSSESSIVE_MARKS.has(t?.normal ?? '');
  const describes = (t: Token, next: Token | undefined): boolean => (t.pos === 'NOUN' || (t.pos === 'VERB' && isPastForm(t))) && (next?.pos === 'NOUN' || possessive(next));
  while (tokens[k] && (SUBMITTED_MODIFIERS.has(tokens[k]!.pos) || possessive(tokens[k]) || describes(tokens[k]!, tokens[k + 1]))) k++;
  return submittedNouns.has(tokens[k]?.normal ?? '');
}

/** "Women's organizations ... warned of new action": a warning that announces action is an act, not a view of the story's thing. */
function announcesAction(tokens: readonly Token[], cue: TokenSpan): boolean {
  if (tokens[cue.first]!.lemma !== 'warn' || cue.first !== cue.last || tokens[cue.last + 1]?.normal !== 'of') return false;
  let k = cue.last + 2;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'DET') k++;
  return actionNouns.has(tokens[k]?.normal ?? '');
}
