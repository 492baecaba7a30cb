// The article's central actor (LABELS.md: "the person, policy or action the article is
// about"): the title's subject when it names an actor, else the proper noun that most often
// stands as a subject, with the title and the lede counting extra. Its own statements are
// claims, not a side's view.
import { sentimentOfTokens } from '../nlp/sentiment.js';
import { CAPITALISED, retagged, type Token, type TokenSpan } from '../nlp/wink.js';
import { abbreviationAfter, centralCandidates, INSTITUTION_KEY, aimedMoodSide, institutionIndex, mentionsIn, titleVerb as readTitleVerb, VIEW_SOURCES, type Candidate, type Mention, type TitleReading, type TitleVerb } from './candidates.js';
import type { CentralReport } from '../types.js';
import { findMainClause } from './clause.js';
import { roleOf, sideOf } from './lexicons/index.js';
import { lightVerbLemmas } from './lexicons/verbs.js';
import { AGENTS, ALLY_OFFICES, BODY_WORDS, COURTS, DEMONYMS, FORMER, INSTITUTIONS, LAY_PEOPLE, LEADER_TITLES, LOCAL_PEOPLE, LOCATIVE, NAME_PARTICLES, NOT_ACTORS, OFFICE_RANKS, OPPOSITION, ORGANISATION_NOUNS, ORGANISATION_OFFICES, OTHER_FIRM, PARTY_NAMES, PARTY_WORDS, PERSONAL_TITLES, PLACED_IN, SELF_ACTING_PEOPLE, STAFF, TITLE_ABBREVIATIONS } from './lexicons/actors.js';
import { isPastForm, sideAsWritten } from './grammar.js';
import { DASHES, POSSESSIVE_MARKS, spacedDash, type Side } from './voice.js';
import type { SentenceSpan } from '../segment/sentences.js';

export interface Central {
  /** Lower-case proper-noun tokens that name the central actor ("trump"). */
  names: Set<string>;
  /** Common nouns that stand for the central actor by role ("minister", "government"). */
  roles: Set<string>;
  /**
   * Office holders tied to the actor without leading it ("a Russian senator" in an
   * article about Russia): their voices are its allies'.
   */
  allies: Set<string>;
  /** Names the title itself puts on a side ("Farmers opposing ..." makes the farmers critics). */
  sides: Map<string, Exclude<Side, null>>;
  /** Every name and institution the article mentions, by key, with where the title and lede put it. */
  candidates: ReadonlyMap<string, Candidate>;
  /** What the title's verb does to its subject: attacks, backs, defends, says ... */
  titleVerb: TitleVerb;
  /** The actor's offices, which speak for it, each as its words: "white house" for a president, "downing street" for a prime minister. */
  offices?: ReadonlyArray<readonly string[]>;
  /** The kind of body the actor is, as the article writes it beside its name ("campaign group Save the Regiments"): "the group" is the actor. */
  kinds?: ReadonlySet<string>;
  /** Staff the article writes under the actor's name ("KDMC officials"): "a senior official" alone is then the actor's. */
  staff?: ReadonlySet<string>;
}

/** The offices that speak for a head of government, by the title that holds them; each office as its words. */
const SEATS_OF_OFFICE: ReadonlyArray<{ title: string[]; offices: string[][]; country: string }> = [
  { title: ['president'], offices: ['white house'], country: 'american' },
  { title: ['prime', 'minister'], offices: ['downing street', 'number 10', 'no 10', 'number ten'], country: 'british' },
].map((seat) => ({ ...seat, offices: seat.offices.map((o) => o.split(' ')) }));

/** Do `words` stand in the tokens from index `at` on? (A loop: asked at every token of every sentence, `every` made a closure each time.) */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.normal !== words[k]) return false;
  return true;
}

/** The last token of the run of proper nouns that starts at token `j` ("Ann Cole"), or -1 when none starts there. */
export function nameEnd(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.pos !== 'PROPN') return -1;
  while (tokens[j + 1]?.pos === 'PROPN') j++;
  return j;
}

/** The first token of the run of proper nouns that ends at token `j` ("Jane Roe" of "Jane Roe, a parent"). */
export function nameStart(tokens: readonly Token[], j: number): number {
  while (j > 0 && tokens[j - 1]!.pos === 'PROPN') j--;
  return j;
}

/** Is the run of proper nouns from token `j` on one of `names`, by its last word? */
function nameAt(tokens: readonly Token[], j: number, names: ReadonlySet<string>): boolean {
  const end = nameEnd(tokens, j);
  return end >= 0 && names.has(tokens[end]!.normal);
}

/** "President Ann Cole", "Prime Minister Ann Cole" where Cole is the actor: her office speaks for her. */
function seatsOf(sentences: readonly SentenceSpan[], names: ReadonlySet<string>): ReadonlyArray<readonly string[]> {
  const held = new Set<(typeof SEATS_OF_OFFICE)[number]>();
  if (names.size === 0) return [];
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      for (const seat of SEATS_OF_OFFICE) {
        if (!wordsAt(tokens, i, seat.title)) continue;
        // "vice president", "former prime minister", "President-elect" hold no office yet or any
        // more, and "Russian President Vladimir Putin" has no White House
        const before = tokens[i - 1]?.normal ?? '';
        if (before === 'vice' || FORMER.has(before) || (DEMONYMS.has(before) && before !== seat.country)) continue;
        const j = i + seat.title.length;
        if (tokens[j]?.value === '-' || tokens[j]?.normal === 'elect') continue;
        if (nameAt(tokens, j, names)) held.add(seat);
      }
    });
  }
  return [...held].flatMap((seat) => seat.offices);
}

/** Titles of a government's ministers ("Home Secretary", "Finance Minister", "Chancellor"). */
const MINISTERIAL = new Set(['minister', 'secretary', 'chancellor']);
/** Words before such a title that make it another kind of office: a party's, a union's, a spokesman's. */
const NOT_MINISTERIAL = new Set([...OPPOSITION, 'press', 'general', 'permanent', 'party', 'union']);
/** The offices that speak for any government minister's government, each as its words. */
const GOVERNMENT_SEATS: ReadonlyArray<readonly string[]> = SEATS_OF_OFFICE.flatMap((seat) => seat.offices);

/** Is the actor a government minister: a ministerial title right before their name ("Home Secretary David Renshaw")? */
function holdsMinistry(sentences: readonly SentenceSpan[], names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  return sentences.some(({ tokens }) =>
    tokens.some((t, i) => {
      // "Secretary of State John Kerry"
      if (!MINISTERIAL.has(t.normal) || !nameAt(tokens, tokens[i + 1]?.normal === 'of' ? i + 2 : i + 1, names)) return false;
      const before = tokens.slice(Math.max(0, i - 3), i);
      // "Russian Foreign Minister", "Labour's general secretary": another government's, or no government's
      return !before.some((b) => NOT_MINISTERIAL.has(b.normal) || DEMONYMS.has(b.normal) || b.pos === 'PART');
    }),
  );
}

const COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values());
/** Does `word` name a country, or its people, other than one in `names` ("peruvian", "peru")? */
function otherCountry(word: string, names: ReadonlySet<string>): boolean {
  const country = DEMONYMS.get(word) ?? (COUNTRIES.has(word) ? word : undefined);
  return country !== undefined && !names.has(country);
}

/** The bodies, not the people, through which a country acts. */
const GOVERNMENT_BODIES = ['government', 'administration', 'ministry', 'cabinet'];

/** Nouns for a person chosen for an office: "Kessler's Labor pick", "Trump's choice for education secretary". */
const PICKS = new Set(['pick', 'choice', 'nominee', 'nomination', 'appointee']);
/** How many words may stand between the chooser's possessive and the pick ("Trump's Attorney General Pick"). */
const PICK_REACH = 3;

/** Whoever made the pick a title speaks of ("kessler" in "Kessler's Interior pick"). */
function pickerInTitle(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!PICKS.has(tokens[i]!.normal)) continue;
    for (let k = i - 1; k > 0 && i - k <= PICK_REACH + 1; k--) {
      if (POSSESSIVE_MARKS.has(tokens[k]!.normal) && tokens[k - 1]!.pos === 'PROPN') {
        return tokens[k - 1]!.normal;
      }
    }
  }
  return undefined;
}

/** How many words of title may stand before the chooser's name ("President-elect Warren Kessler's"). */
const CHOOSER_TITLE_REACH = 5;

/** A word of the chooser's name or capitalised title ("President-elect Warren Kessler"), nothing else. */
const inChooser = (t: Token): boolean => t.pos === 'PROPN' || t.value === '-' || t.normal === 'the' || (/^[A-Z]/.test(t.value) && (t.pos === 'NOUN' || t.pos === 'ADJ'));

/**
 * The person picked, where `tokens` name them: right after the pick ("Attorney General Pick Jeff
 * Sessions", "the nomination of Betsy DeVos") or before the chooser, in apposition ("Curtis
 * Vandermeer, President-elect Warren Kessler's choice for Interior secretary,"); the surname.
 */
function pickedIn(tokens: readonly Token[], picker: string): string | undefined {
  const surname = (from: number): string | undefined => {
    const name = tokens[nameEnd(tokens, from)]?.normal;
    return name === undefined || name === picker || NOT_ACTORS.has(name) ? undefined : name;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!PICKS.has(tokens[i]!.normal)) continue;
    const after = surname(tokens[i + 1]?.normal === 'of' ? i + 2 : i + 1);
    if (after) return after;
    // back to the chooser's possessive, over the chooser's name and title, to the comma after the name
    let mark = i - 1;
    while (mark > 0 && i - mark <= PICK_REACH + 1 && !POSSESSIVE_MARKS.has(tokens[mark]!.normal)) mark--;
    if (!POSSESSIVE_MARKS.has(tokens[mark]?.normal ?? '')) continue;
    let comma = mark - 1;
    while (comma > 0 && mark - comma <= CHOOSER_TITLE_REACH + 1 && inChooser(tokens[comma]!)) comma--;
    if (tokens[comma]?.value !== ',' || tokens[comma - 1]?.pos !== 'PROPN') continue;
    let start = comma - 1;
    while (tokens[start - 1]?.pos === 'PROPN') start--;
    const before = surname(start);
    if (before) return before;
  }
  return undefined;
}

/** The key counted most (the first of equals), or undefined when none was; an institution's only `withInstitutions`. */
function mostCounted(counts: ReadonlyMap<string, number>, withInstitutions: boolean): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) if (count > bestCount && (withInstitutions || !key.startsWith(INSTITUTION_KEY))) [best, bestCount] = [key, count];
  return best;
}

/**
 * The word that ends the first name `word` opens ("Dana" -> "Kirsch"), if any: a person counted
 * by the first word of their name is named on by the last ("Kirsch said").
 */
function surnameAfter(sentences: readonly SentenceSpan[], word: string): string | undefined {
  if (PARTY_WORDS.has(word)) return undefined;
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const before = tokens[i - 1];
      const opens = before !== undefined && (PERSONAL_TITLES.has(before.normal) || LEADER_TITLES.has(before.normal));
      if (tokens[i]!.normal !== word || tokens[i]!.pos !== 'PROPN' || !opens) continue;
      const j = nameEnd(tokens, i);
      if (j === i || j - i > 2) return undefined;
      const run = tokens.slice(i + 1, j + 1);
      return run.some((t) => BODY_WORDS.has(t.normal) || institutionOf(t.normal) || NOT_ACTORS.has(t.normal) || PARTY_WORDS.has(t.normal)) ? undefined : tokens[j]!.normal;
    }
  }
  return undefined;
}

/** The names the text writes before a surname ("Ronnie" of "Ronnie Corbett"). */
function givenNamesOf(sentences: readonly SentenceSpan[], surname: string): Set<string> {
  const given = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (t.normal !== surname || t.pos !== 'PROPN' || tokens[i + 1]?.pos === 'PROPN') return;
      // ("Mr. Roget": a title is no given name)
      for (let j = i - 1; j >= 0 && tokens[j]!.pos === 'PROPN'; j--) if (!PERSONAL_TITLES.has(tokens[j]!.normal)) given.add(tokens[j]!.normal);
    });
  }
  return given;
}

/**
 * The side a group the title names gives one of its members ("parent" of "Parents angry over
 * ..."); a single title subject ("Gambian President rejects ...") is that one person, no group.
 */
function memberSide(word: Token | undefined, sides: ReadonlyMap<string, Exclude<Side, null>>, localSide: Side): Side {
  if (word?.pos !== 'NOUN') return null;
  return sides.get(`${word.normal}s`) ?? (LOCAL_PEOPLE.has(word.normal) ? localSide : null);
}

/**
 * People the text introduces as members of a group the title puts on a side: "parent Joanne
 * Richick", "resident Jennie Oakley", "Jane Roe, a parent of two," under "Parents angry over
 * bus cuts". They speak for that side (LABELS.md: the side comes from who they are), and are
 * never the actor the story's thing belongs to. Keyed by surname, with their given names.
 */
function membersOfSides(sentences: readonly SentenceSpan[], sides: ReadonlyMap<string, Exclude<Side, null>>): Map<string, Exclude<Side, null>> {
  const members = new Map<string, Exclude<Side, null>>();
  if (sides.size === 0) return members;
  // the side the title gives the people of the place, by whichever word it calls them
  const local = [...LOCAL_PEOPLE].find((w) => w.endsWith('s') && sides.has(w));
  const localSide = local ? sides.get(local)! : null;
  const add = (tokens: readonly Token[], from: number, to: number, side: Exclude<Side, null>): void => {
    for (let k = from; k <= to; k++) members.set(tokens[k]!.normal, side);
  };
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      const side = memberSide(t, sides, localSide);
      if (!side) return;
      // "parent Joanne Richick"
      if (tokens[i + 1]?.pos === 'PROPN') add(tokens, i + 1, nameEnd(tokens, i + 1), side);
      // "Jane Roe, a parent of two,"
      if (['a', 'an'].includes(tokens[i - 1]?.normal ?? '') && tokens[i - 2]?.value === ',' && tokens[i - 3]?.pos === 'PROPN') add(tokens, nameStart(tokens, i - 3), i - 3, side);
    });
  }
  return members;
}

const TITLE_WEIGHT = 3;
const TITLE_SUBJECT_WEIGHT = 12;
const LEDE_WEIGHT = 2;
const SUBJECT_WEIGHT = 2;
/** How far into a verbless title an institution may stand and still be its subject. */
const INSTITUTION_REACH = 3;
const HOLDER_LEXICONS = new Set(['critic-holder', 'supporter-holder', 'neutral-holder']);
/** Where the thing a headline's verb acts on ends ("praises Tory campaign in ..."). */
const OBJECT_ENDS = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'VERB']);

/** The institution a word names, singular or plural ("regulator", "prosecutors", "councillors"). */
const institutionSetOf = (word: string): ReadonlySet<string> | undefined => INSTITUTIONS[institutionIndex(word)];
/** Does a word name an institution, singular or plural? */
export const institutionOf = (word: string): boolean => institutionSetOf(word) !== undefined;

/** Does a determiner or possessive open the noun phrase that token `i` heads? */
function determined(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]!.pos)) k--;
  return ['DET', 'PRON'].includes(tokens[k]?.pos ?? '');
}

function countNames(counts: Map<string, number>, tokens: Token[], from: number, to: number, weight: number, cues: TokenSpan[] = []): void {
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + weight);
  for (let i = from; i <= to && i < tokens.length; i++) {
    const t = tokens[i]!;
    // "the trust", "its board", "the city council"; "erode trust" and "would force them" are no institution
    if (t.pos === 'NOUN' && institutionOf(t.normal) && determined(tokens, i)) add(INSTITUTION_KEY + t.normal);
    // "Scottish", "Russian": a demonym says whose, it names no one
    if (t.pos !== 'PROPN' || NOT_ACTORS.has(t.normal) || DEMONYMS.has(t.normal) || t.normal.length < 2) continue;
    // "Mayor Dana Kirsch": a title before a name is not the name
    if ((PERSONAL_TITLES.has(t.normal) || LEADER_TITLES.has(t.normal)) && tokens[i + 1]?.pos === 'PROPN') continue;
    // "Critics" opening a sentence may be tagged a proper noun; a side is never the actor
    if (cues.some((c) => HOLDER_LEXICONS.has(c.name) && c.first <= i && c.last >= i)) continue;
    // "in Hartleigh": a place, where things happen, not who acts; and "Spokesperson Dean Zanoni",
    // an agent whose principal goes unnamed, speaks for another, who is the one to count
    const agent = AGENTS.has(tokens[i - 1]?.normal ?? '') && !['PROPN', 'NOUN', 'PART'].includes(tokens[i - 2]?.pos ?? '');
    if (LOCATIVE.has(tokens[i - 1]?.normal ?? '') || agent) {
      while (tokens[i + 1]?.pos === 'PROPN') i++;
      continue;
    }
    // a place naming an institution ("Hartleigh City Council") counts for the institution
    let j = i;
    while (tokens[j + 1]?.pos === 'PROPN') j++;
    // ... where the institution ends the name ("Mayor Angela Ruiz" is a person)
    const institution = institutionOf(tokens[j]!.normal) ? tokens[j] : undefined;
    if (institution) {
      add(INSTITUTION_KEY + institution.normal);
      i = j;
      continue;
    }
    add(t.normal);
  }
}

/**
 * Is `name` part of a person's full name that ends in a possessive ("Rishi Sunak's")? A single
 * name before one is most often a place ("Calderport's visitor levy"), which acts through a body.
 */
function personOwns(tokens: readonly Token[], name: Token): boolean {
  let first = tokens.indexOf(name);
  if (first < 0) return false;
  let last = first;
  while (tokens[first - 1]?.pos === 'PROPN') first--;
  while (tokens[last + 1]?.pos === 'PROPN') last++;
  return last > first && POSSESSIVE_MARKS.has(tokens[last + 1]?.normal ?? '') && !tokens.slice(first, last + 1).some((t) => NOT_ACTORS.has(t.normal));
}

/** The title's subject tokens and the side its verb leans to, if the verb is a cue. */
interface TitleSubject {
  subject: Token[];
  side: Side;
  object: Token[];
  /** Names a passive title acts on ("Harrowmere Water fined ..."): never the actor. */
  patient?: Token[];
}

function titleSubject(tokens: Token[], cues: TokenSpan[], prose = false): TitleSubject {
  // "Police: ..." or "Regulator: ..." names the story's source before the colon; a topic
  // prefix ("Brexit: May says ...") does not, so only a role or an institution counts
  const colon = tokens.findIndex((t) => t.value === ':');
  const source = tokens.slice(0, Math.max(colon, 0));
  if (colon > 0 && colon <= 3 && source.some((t) => isRoleWord(t.normal))) return { subject: source, side: null, object: [] };
  const clause = findMainClause(tokens, cues);
  // the title proper starts after a topic prefix
  const first = colon > 0 && colon <= 3 ? Math.max(clause.first, colon + 1) : clause.first;
  let verb = clause.verb;
  // headline tags often miss the verb ("Mayor Backs Down"): a lexicon verb cue counts too
  // (after a determiner it is a noun: "Kirsch has no regrets")
  const verbCue = cues.find((c) => c.first >= first && /-verb$/.test(c.name) && tokens[c.first]?.pos === 'VERB' && tokens[c.first - 1]?.pos !== 'DET');
  // ... but only where no other verb comes first ("fights back" is not "backs")
  const firstVerb = tokens.findIndex((t, i) => i >= first && t.pos === 'VERB');
  if (verbCue && (verb < 0 || verbCue.first < verb) && (firstVerb < 0 || firstVerb >= verbCue.first)) verb = verbCue.first;
  // "Harlow Falls council votes ...": a capitalised "verb" right before an institution is part
  // of the place's name
  if (verb > first && /^[A-Z]/.test(tokens[verb]!.value) && isRoleWord(tokens[verb + 1]?.normal ?? '')) verb = -1;
  if (verb <= first) {
    // a verb the tagger missed ("Northmoor council orders ..." reads as nouns): an institution
    // opening the title is its subject all the same
    const head = tokens.slice(first, first + INSTITUTION_REACH).findIndex((t) => institutionOf(t.normal));
    // ... unless a word between a name and it is that verb, in the present's "-s" ("Trump signs
    // executive order": the name acts, and "executive" only modifies what it signs; "Taylor
    // school board votes" has no such word)
    const between = head >= 2 ? tokens[first + head - 1]! : undefined;
    if (between?.pos === 'NOUN' && between.normal.endsWith('s') && tokens[first + head - 2]!.pos === 'PROPN') return { subject: tokens.slice(first, first + head - 1), side: null, object: [] };
    return { subject: head < 0 ? [] : tokens.slice(first, first + head + 1), side: null, object: [] };
  }
  // headlines put what happened in the present ("Council fines firm"): a past form is a passive
  // ("Water firm fined £4m", "Teachers offered 3% rise"), whose subject is acted on, not acting
  const verbToken = tokens[verb]!;
  // right after its noun, in headlinese without articles; "The governor just told ..." is a
  // column's headline in the past tense
  const passive = !prose && isPastForm(verbToken) && ['NOUN', 'PROPN'].includes(tokens[verb - 1]?.pos ?? '') && tokens[first]?.pos !== 'DET';
  if (passive) return { subject: [], side: null, object: [], patient: tokens.slice(first, verb).filter((t) => t.pos === 'PROPN') };
  const subject = tokens.slice(first, verb).filter((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
  const said: Side = verbCue?.first === verb ? (verbCue.name === 'critic-verb' ? 'critic' : verbCue.name === 'supporter-verb' ? 'supporter' : null) : null;
  const side = sideAsWritten(said, tokens, verb);
  // what the verb acts on, up to a preposition or conjunction ("rejects president's re-election as ...")
  let end = verb + 1;
  while (end < tokens.length && !['ADP', 'SCONJ', 'CCONJ', 'PUNCT'].includes(tokens[end]!.pos)) end++;
  return { subject, side, object: tokens.slice(verb + 1, end) };
}

/** How many words a headline's source may have ("Labor Secretary Tom Perez: ...", "... - Trillanes"). */
const SOURCE_REACH = 4;

/**
 * The country a title opens with before a colon ("Senegal: Teachers suspend lectures ..."): where
 * the story is filed, like a dateline ("Police: ..." or "Anwar: ..." names a source instead).
 */
function countryBeforeColon(titleTokens: readonly Token[]): Token[] {
  const colon = titleTokens.findIndex((t) => t.value === ':');
  const before = titleTokens.slice(0, Math.max(colon, 0));
  return colon > 0 && colon <= 3 && COUNTRIES.has(before.map((t) => t.normal).join(' ')) ? before : [];
}

/** Where a headline's closing source starts: a spaced dash (or, with `colon`, a colon) within a source's reach of its end, or -1. */
function closingMark(tokens: readonly Token[], colon: boolean): number {
  for (let k = tokens.length - 2; k > 0 && k >= tokens.length - 1 - SOURCE_REACH; k--) if ((colon && tokens[k]!.value === ':') || spacedDash(tokens, k)) return k;
  return -1;
}

/** A headline's quoted verdict on what another owns, and who gives it. */
interface TitleVerdict {
  /** Who gives the verdict: a side, not the actor. */
  source: Token[];
  /** Whose thing is judged ("Duterte" of "Duterte admin's tax plan"): the actor. */
  owners: Token[];
  side: Exclude<Side, null>;
}

/**
 * A headline that quotes a verdict on something another owns, and names who gives it before a
 * colon or after a closing dash or colon: "Labor Secretary Tom Perez: Trump transition probes
 * “illegal”", "Duterte admin's tax plan 'heartless,' 'unreasonable' - Trillanes". It attacks or
 * backs that thing as a verb would (LABELS.md, "Which subject is central"), by the verdict's
 * sentiment; a thing no other name owns ("Campbell: E-mail row 'silly fuss'") is the source's own.
 */
function titleVerdict(tokens: readonly Token[]): TitleVerdict | undefined {
  const isName = (t: Token): boolean => t.pos === 'PROPN' || t.pos === 'NOUN';
  const opening = tokens.findIndex((t) => t.value === ':');
  const closing = closingMark(tokens, true);
  let source: Token[] = [];
  let rest: Token[] = [];
  if (opening > 0 && opening <= SOURCE_REACH && tokens.slice(0, opening).every(isName)) [source, rest] = [tokens.slice(0, opening), tokens.slice(opening + 1)];
  else if (closing > 0 && tokens.slice(closing + 1).every(isName)) [source, rest] = [tokens.slice(closing + 1), tokens.slice(0, closing)];
  else return undefined;
  // the thing judged comes first, a noun phrase right before the quoted verdict
  let quote = rest.findIndex((t) => QUOTE_MARKS.has(t.value));
  let close = rest.length - 1;
  while (close > quote && !QUOTE_MARKS.has(rest[close]!.value)) close--;
  // ... or, with the source after a dash, an adjective closing it unquoted ("Transport fare
  // hikes disappointing - AFAG"): the source's verdict puts it on a side, whoever owns the thing
  const unquoted = quote < 0 && opening < 0 && rest.length > 2 && rest.at(-1)!.pos === 'ADJ' && rest.at(-2)!.pos === 'NOUN';
  if (unquoted) [quote, close] = [rest.length - 1, rest.length];
  if (quote < 2 || close <= quote) return undefined;
  const thing = rest.slice(0, quote);
  if (thing.at(-1)!.pos !== 'NOUN' || !thing.every((t) => isName(t) || POSSESSIVE_MARKS.has(t.normal))) return undefined;
  const sources = new Set(source.map((t) => t.normal));
  const owners = thing.filter((t) => t.pos === 'PROPN' && !sources.has(t.normal) && !NOT_ACTORS.has(t.normal));
  const at = tokens.indexOf(rest[quote]!);
  const verdict = unquoted ? sentimentOfTokens(tokens, at, at) : sentimentOfTokens(tokens, at, tokens.indexOf(rest[close]!));
  if ((owners.length === 0 && !unquoted) || verdict === 0) return undefined;
  return { source: source.filter((t) => t.pos === 'PROPN' || isRoleWord(t.normal)), owners, side: verdict < 0 ? 'critic' : 'supporter' };
}

/** The names after a headline's closing dash, within a source's reach, when nothing but names follows it ("... – Troy"). */
function dashSource(tokens: readonly Token[]): Token[] {
  const closing = closingMark(tokens, false);
  if (closing <= 0) return [];
  const source = tokens.slice(closing + 1);
  return source.every((t) => t.pos === 'PROPN' || t.pos === 'NOUN') ? source.filter((t) => t.pos === 'PROPN') : [];
}

/** The names a title's attacking or backing verb acts on ("Mandelson warning to BBC": the preposition opens the object). */
function titleObjectNames(titleTokens: readonly Token[], verb: number): Token[] {
  return titleObject(titleTokens, verb).filter((t) => t.pos === 'PROPN' && !NOT_ACTORS.has(t.normal));
}

/** What a title's verb acts on, up to a preposition, conjunction, verb or punctuation. */
function titleObject(titleTokens: readonly Token[], verb: number): Token[] {
  let from = verb + 1;
  while (titleTokens[from]?.pos === 'ADP') from++;
  let to = from;
  while (to < titleTokens.length && !OBJECT_ENDS.has(titleTokens[to]!.pos)) to++;
  return titleTokens.slice(from, to);
}

/** The head noun of what a title's attacking or backing verb acts on ("'pay later' Budget" -> budget, "ID card plans" -> plans). */
function titleObjectHead(titleTokens: readonly Token[], verb: number): string | undefined {
  let from = verb + 1;
  while (titleTokens[from]?.pos === 'ADP') from++;
  // (a quoted modifier is part of it: "'pay later' Budget")
  const ends = (t: Token): boolean => ['ADP', 'SCONJ', 'CCONJ'].includes(t.pos) || (t.pos === 'PUNCT' && !QUOTE_MARKS.has(t.value));
  let head: Token | undefined;
  for (let i = from; i < titleTokens.length && !ends(titleTokens[i]!); i++) if (titleTokens[i]!.pos === 'NOUN' || titleTokens[i]!.pos === 'PROPN') head = titleTokens[i];
  return head?.normal;
}

/** How many words may stand between an owner's possessive and the thing owned ("the government's identity card plans"). */
const OWNED_REACH = 3;
/** How many sentences of the lede are read for the owner. */
const OWNER_SENTENCES = 2;

/**
 * The owner the lede gives the thing a headline acts on: the name or institution before a
 * possessive right before its head ("Gordon Brown's Budget", "the government's identity card plans").
 */
function ownerInLede(sentences: readonly SentenceSpan[], head: string | undefined): Token | undefined {
  if (!head) return undefined;
  for (const { tokens } of sentences.slice(0, OWNER_SENTENCES)) {
    for (let k = 1; k < tokens.length; k++) {
      if (!POSSESSIVE_MARKS.has(tokens[k]!.normal)) continue;
      const owner = tokens[k - 1]!;
      if (owner.pos !== 'PROPN' && !(owner.pos === 'NOUN' && institutionOf(owner.normal))) continue;
      for (let j = k + 1; j <= k + 1 + OWNED_REACH && j < tokens.length; j++) {
        if (tokens[j]!.normal === head) return owner;
        if (!['ADJ', 'NOUN', 'PROPN', 'PUNCT'].includes(tokens[j]!.pos)) break;
      }
    }
  }
  return undefined;
}

/** Does the lede's main verb attack its subject, in the passive ("has been accused of ...")? */
function ledeIsAttacked(lede: SentenceSpan, [, subjectEnd]: [number, number], subject: Token[]): boolean {
  const verb = lede.tokens[subjectEnd + 1];
  const cue = lede.cues.find((c) => c.first === subjectEnd + 1 && roleOf(c.name) === 'reporting-verb');
  // (a passive: "has been accused"; "has rejected" is the subject attacking)
  return verb !== undefined && cue !== undefined && sideOf(cue.name) === 'critic' && isPastForm(verb) && subject.some((t) => t.pos === 'AUX' && t.lemma === 'be');
}

/** A role or an institution, singular or plural ("regulator", "prosecutors"). */
function isRoleWord(word: string): boolean {
  return LEADER_TITLES.has(word) || LEADER_TITLES.has(word.replace(/s$/, '')) || institutionOf(word);
}

/** Token range [first, last] of the subject of a sentence's main clause (empty when last < first). */
/**
 * The side of a mood the sentence's speakers are given before their verb aims at something
 * ("Cook Islanders upset over the government's bill say ..."), if they are. The tagger reads such
 * a subject too loosely ("Cook" a verb) for its clause to bound it.
 */
function aimedMood(span: SentenceSpan): Side {
  const verb = span.cues.find((c) => roleOf(c.name) === 'reporting-verb');
  const mood = verb && span.cues.find((c) => c.last < verb.first && aimedMoodSide(span.tokens, c));
  return mood ? aimedMoodSide(span.tokens, mood) : null;
}

function subjectRange(span: SentenceSpan): [number, number] {
  const clause = findMainClause(span.tokens, span.cues);
  return [clause.first, clause.verb > clause.first ? clause.verb - 1 : clause.first - 1];
}

/** How many opening sentences may say who did what a passive title reports. */
const AGENT_REACH = 3;

/** Does the main verb after a subject ending at `last` do `lemma` in the active ("has given", "approved")? */
function doesInActive(tokens: readonly Token[], last: number, lemma: string): boolean {
  for (let j = last + 1; j < tokens.length && j <= last + 3; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return t.lemma === lemma && !tokens.slice(last + 1, j).some((a) => a.lemma === 'be');
    if (t.pos !== 'AUX' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** How many words may stand between a passive verb and its "by" ("was served a closure order by"). */
const AGENT_BY_REACH = 6;
/** What the agent's noun phrase after "by" is made of ("by the city government"). */
const AGENT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * The agent of a passive main verb after a subject ending at `last` ("was voted down by
 * government members", "has been served a closure order by the city government"): where its
 * noun phrase runs, if the clause names one.
 */
function passiveAgent(tokens: readonly Token[], last: number): [number, number] | undefined {
  // (the main clause's verb may be read as an earlier participle's: "A motion calling for a
  // referendum ... was voted down by ...", so the first "be" after the subject opens the passive)
  const be = tokens.findIndex((t, k) => k > last && t.pos === 'AUX' && t.lemma === 'be');
  let verb = be + 1;
  while (tokens[verb] && (tokens[verb]!.pos === 'AUX' || tokens[verb]!.pos === 'ADV')) verb++;
  if (be < 0 || tokens[verb]?.pos !== 'VERB' || !isPastForm(tokens[verb])) return undefined;
  for (let k = verb + 1; k < tokens.length && k <= verb + AGENT_BY_REACH; k++) {
    if (tokens[k]!.normal === 'by') {
      let end = k + 1;
      while (AGENT_PHRASE_POS.has(tokens[end + 1]?.pos ?? '')) end++;
      return AGENT_PHRASE_POS.has(tokens[k + 1]?.pos ?? '') ? [k + 1, end] : undefined;
    }
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'SCONJ') return undefined;
  }
  return undefined;
}

/** The last word of the name set between commas after the first words of a subject ("The Governor, Nasir Kolo,"), if any. */
function appositionName(subject: readonly Token[]): Token | undefined {
  const open = subject.findIndex((t) => t.value === ',');
  const end = open > 0 ? nameEnd(subject, open + 1) : -1;
  return end >= 0 && (end === subject.length - 1 || subject[end + 1]!.value === ',') ? subject[end] : undefined;
}

/** A word in capitals: two letters or more, none in lower case. */
const inCapitals = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.value);

/**
 * The words a newspaper sets in capitals to open its lede ("PLANNING permission has been
 * granted", "A HIGH court judge has ordered"): the tagger takes them for names. An acronym
 * ("UNISON said", "BBC bosses") is written in capitals wherever it stands; these words are
 * written otherwise elsewhere in the article ("Planning committee chairman"), so only those are
 * taken.
 */
function capitalisedOpening(sentences: readonly SentenceSpan[]): string[] {
  const lede = sentences[0]?.tokens ?? [];
  let i = lede[0] && ['a', 'an', 'the'].includes(lede[0].normal) ? 1 : 0;
  const opening = new Set<string>();
  for (; lede[i] && inCapitals(lede[i]!); i++) opening.add(lede[i]!.normal);
  if (opening.size === 0) return [];
  const otherwise = new Set<string>();
  for (const { tokens } of sentences) for (const t of tokens) if (opening.has(t.normal) && !inCapitals(t)) otherwise.add(t.normal);
  return [...otherwise];
}

/** How many tokens a dateline may take ("HONIARA, Solomon Islands (Solomon Star, July 31, 2012) –"). */
const DATELINE_REACH = 20;

/**
 * The last token of a dateline opening the lede ("PARKLAND, Fla. –", "WASHINGTON (AP) —",
 * "ARVESUND, March 12 (Reuters) -"), or -1: a place in capitals, then only names, dates, an
 * agency in brackets and punctuation before a dash; after a date stamp, if one opens the lede,
 * and otherwise the stamp's own last token.
 */
function datelineEnd(lede: readonly Token[]): number {
  const stamp = dateStampEnd(lede);
  const from = stamp + 1;
  if (!lede[from] || !inCapitals(lede[from]!)) return stamp;
  for (let i = from + 1; i < Math.min(lede.length, from + DATELINE_REACH); i++) {
    const t = lede[i]!;
    if (DASHES.has(t.value)) return i;
    if (!['PROPN', 'NUM', 'PUNCT'].includes(t.pos) && !inCapitals(t) && !/^[A-Z]/.test(t.value)) return stamp;
  }
  return stamp;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The last token of a date stamp opening the lede ("2023-09-13 Mayor LaToya Cantrell ...", or
 * "date 2023-09-13 ..." as a page's metadata is often left before the text), or -1: it says
 * when the story was filed, and "date" is no one the story is about.
 */
function dateStampEnd(lede: readonly Token[]): number {
  const at = lede[0]?.normal === 'date' ? 1 : 0;
  return ISO_DATE.test(lede[at]?.value ?? '') ? at : -1;
}

/** The lede after its dateline, with its cues and its verb read as a headline's, where it attacks or backs something. */
function ledeAsTitle({ tokens, cues }: SentenceSpan): { tokens: Token[]; cues: TokenSpan[]; reading: TitleReading } | undefined {
  const from = datelineEnd(tokens) + 1;
  const words = tokens.slice(from);
  const shifted = cues.filter((c) => c.first >= from).map((c) => ({ ...c, first: c.first - from, last: c.last - from }));
  const reading = readTitleVerb(words, shifted, true);
  return reading.kind === 'attack' || reading.kind === 'back' ? { tokens: words, cues: shifted, reading } : undefined;
}

/** Party names that stand for a party without the word "party" ("Labour", "the Lib Dems"). */
const PARTIES: ReadonlySet<string> = new Set([...PARTY_WORDS, 'labour']);

/**
 * The kinds of body the actor is, as the article writes them next to its name or as its name's
 * last word: "campaign group Save the Scottish Regiments", "the Liberal Democrat party", "the
 * Caledon Football League"; and "party" for a party. Only
 * body words ("group", "party", "union", ...), never an office: "the group said" speaks for the
 * actor, "the minister said" is decided by who was introduced so.
 */
function kindsOf(sentences: readonly SentenceSpan[], names: ReadonlySet<string>): Set<string> {
  const kinds = new Set<string>();
  if ([...names].some((n) => PARTIES.has(n))) kinds.add('party');
  const isKind = (t: Token | undefined): boolean => t !== undefined && t.pos === 'NOUN' && BODY_WORDS.has(t.normal) && !/^[A-Z]/.test(t.value);
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (t.pos !== 'PROPN' || !names.has(t.normal)) return;
      // the whole capitalised name, whatever its words are tagged ("Save Our Regiments")
      let start = i;
      while (start > 0 && /^[A-Z]/.test(tokens[start - 1]!.value)) start--;
      let end = i;
      while (tokens[end + 1] && /^[A-Z]/.test(tokens[end + 1]!.value)) end++;
      for (const k of [tokens[start - 1], tokens[end + 1]]) if (isKind(k)) kinds.add(k!.normal);
      // ... or as the name's own last word: "the Caledon Football League" is "the league"
      if (end > i && BODY_WORDS.has(tokens[end]!.normal)) kinds.add(tokens[end]!.normal);
    });
  }
  return kinds;
}

/** The staff words the article writes right after the actor's name ("KDMC officials"), singular and plural. */
function staffOf(sentences: readonly SentenceSpan[], names: ReadonlySet<string>): Set<string> {
  const staff = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (t.pos !== 'PROPN' || !names.has(t.normal) || !next || !STAFF.has(next.normal)) return;
      staff.add(next.normal);
      staff.add(next.normal.endsWith('s') ? next.normal.slice(0, -1) : `${next.normal}s`);
    });
  }
  return staff;
}

/** Words inside a body's written-out name that give it no initial ("Royal College of Nursing"). */
const INITIAL_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'for', 'the']);

/** A written-out body's name that initials may stand for: its initials and the token it starts at. */
interface SpeltOut {
  initials: string;
  first: number;
}

/**
 * Each written-out body's name ending at token `last` ("the British Medical Association"), one
 * per first word it may start at, at least two words long, with its initials ("bma"): news gives
 * a body's name once and its initials after, often without the brackets that would tie them
 * ("the British Medical Association ... the BMA rejected").
 */
function speltOutEndingAt(tokens: readonly Token[], last: number): SpeltOut[] {
  const head = tokens[last];
  if (!head || !CAPITALISED.test(head.value) || !(BODY_WORDS.has(head.normal) || institutionIndex(head.normal) >= 0)) return [];
  const out: SpeltOut[] = [];
  let letters = '';
  for (let k = last; k >= 0; k--) {
    const t = tokens[k]!;
    if (CAPITALISED.test(t.value)) {
      letters = t.value[0]!.toLowerCase() + letters;
      if (k < last) out.push({ initials: letters, first: k });
    } else if (!(INITIAL_JOINERS.has(t.normal) && k > 0 && CAPITALISED.test(tokens[k - 1]!.value))) break;
  }
  return out;
}

/**
 * Does a written-out body's name among `tokens` have the actor's initials ("the British Medical
 * Association" for the BMA)? One that shares a word with the actor's names is judged by that word
 * ("the Seychelles Labour Union (SLU)" in a story whose actor is Seychelles is another body).
 */
function spellsOut(tokens: readonly Token[], names: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (const { initials, first } of speltOutEndingAt(tokens, i)) {
      if (names.has(initials) && !tokens.slice(first, i + 1).some((t) => names.has(t.normal))) return true;
    }
  }
  return false;
}

/**
 * Pick the central actor from the article's sentences and title tokens. `named` (from
 * config) wins over the count.
 */
export function findCentral(sentences: SentenceSpan[], titleTokens: Token[], named?: string, titleCues: TokenSpan[] = []): Central {
  const sides = new Map<string, Exclude<Side, null>>();
  const roles = new Set<string>();
  const allies = new Set<string>();
  // an untitled story's lede stands as its headline where it attacks or backs something ("The
  // city council has criticised the state's plan to ...": the plan is central, the council a side)
  const lede = titleTokens.length === 0 && sentences[0] ? ledeAsTitle(sentences[0]) : undefined;
  if (lede) ({ tokens: titleTokens, cues: titleCues } = lede);
  const candidates = new Map(centralCandidates(sentences, titleTokens, titleCues).map((c) => [c.key, c]));
  // LABELS.md, "Which subject is central": a headline that attacks or backs something makes
  // its subject a side, one whose subject defends itself or says its piece makes it the actor.
  // Headline tags often read "attacks" or "hits" as nouns, so the verb is read by its cue.
  const reading = lede?.reading ?? readTitleVerb(titleTokens, titleCues);
  const titleVerb = reading.kind;
  if (named) {
    const names = new Set(named.toLowerCase().split(/\s+/).filter(Boolean));
    return { names, roles, sides, allies, candidates, titleVerb, kinds: kindsOf(sentences, names) };
  }
  const counts = new Map<string, number>();
  // a title capitalises every word: one the body writes in lower case ("bus lanes") is no name
  // (only the title's names are looked up, and only when there is a title: a pass over every
  // token of a long untitled input raised peak memory by 40 MB in the bench)
  const titleNames = new Set(titleTokens.filter((t) => t.pos === 'PROPN').map((t) => t.normal));
  const lowerCase = new Set<string>();
  for (const s of titleNames.size > 0 ? sentences : []) {
    for (const t of s.tokens) {
      const first = t.value.charCodeAt(0);
      if (first >= 97 && first <= 122 && titleNames.has(t.normal)) lowerCase.add(t.normal);
    }
  }
  const isCommon = (t: Token): boolean => t.pos === 'PROPN' && lowerCase.has(t.normal);
  const title = titleSubject(titleTokens, titleCues, lede !== undefined);
  // "Cook Island landowners say consultations just window dressing" over "Cook Islanders upset
  // over the government's ... bill say ...": who say it aim a mood at something; they are its side
  if (!title.side && reading.kind === 'say' && sentences[0]) title.side = aimedMood(sentences[0]);
  // the place names a headline's residents are of ("Pleasant Garden neighbors"): no actor
  const places = new Set<string>();
  // ... and the country a title opens with before a colon, when the rest names who acts ("Senegal:
  // Teachers suspend lectures"); "Norway: Criticism of new licences" is about what Norway did
  if (title.subject.length > 0) for (const t of countryBeforeColon(titleTokens)) places.add(t.normal);
  // who a headline's closing dash says reports it ("... – Troy"): no actor
  const reporters = new Set<string>();
  // "Butler launches attack on Blair": the tagger often reads the light verb as a noun
  const namesBefore = titleTokens.slice(0, Math.max(reading.from ?? reading.at, 0)).filter((t) => (t.pos === 'PROPN' || t.pos === 'NOUN') && !lightVerbLemmas.has(t.lemma));
  if (!title.side && (reading.kind === 'attack' || reading.kind === 'back') && namesBefore.length > 0) {
    title.side = reading.kind === 'attack' ? 'critic' : 'supporter';
    title.subject = namesBefore;
  } else if ((reading.kind === 'defend' || reading.kind === 'accused') && namesBefore.length > 0) {
    title.subject = namesBefore;
    // "denies" is a critic's verb elsewhere; here the subject answers for itself and takes no side
    title.side = null;
    delete title.patient;
    // ... and whoever the title says attacks it is a critic ("draws criticism from Players Association")
    const source = reading.kind === 'accused' ? titleTokens.findIndex((t, k) => k > reading.at && VIEW_SOURCES.has(t.normal)) : -1;
    for (let k = source + 1; source > 0 && k < titleTokens.length && (titleTokens[k]!.pos === 'PROPN' || titleTokens[k]!.pos === 'NOUN'); k++) sides.set(titleTokens[k]!.normal, 'critic');
  }
  // ", Brown says": whoever says it is the headline's source, and its actor
  // (a lone office there is often tagged an adjective: ", premier says")
  else if (reading.kind === 'attribution') {
    // "Anger at plans to ban dogs on beach 'widespread', say owners": what the source says aims a
    // mood at something, so the source is its side, not the actor
    const aimed = titleCues.map((c) => (c.last < reading.at ? aimedMoodSide(titleTokens, c) : null)).find((side) => side);
    const source = titleTokens.slice(reading.at + 1).filter((t) => t.lemma !== 'say');
    if (aimed) {
      for (const t of source) if (t.pos === 'NOUN' || t.pos === 'PROPN') sides.set(t.normal, aimed);
    } else title.subject = source.filter((t) => t.pos === 'PROPN' || ((t.pos === 'NOUN' || LEADER_TITLES.has(t.normal)) && isRoleWord(t.normal)));
  }
  // "Labor Secretary Tom Perez: Trump transition probes “illegal”": whose thing the quoted verdict
  // judges stands as the title's subject; who gives it is a side
  const verdict = title.side ? undefined : titleVerdict(titleTokens);
  if (verdict) {
    title.subject = verdict.owners;
    for (const t of verdict.source) for (const name of [t.normal, ...givenNamesOf(sentences, t.normal)]) sides.set(name, verdict.side);
  }
  // "Minister refuses to give commitment on Garda stations – Troy": the name after a closing dash
  // reports the headline; whoever its clause makes act is the actor, never the one reporting it
  if (!verdict && title.subject.length > 0) for (const t of dashSource(titleTokens)) for (const name of [t.normal, ...givenNamesOf(sentences, t.normal)]) reporters.add(name);
  // ... though the head of the title's subject is the actor all the same ("Library extends ...")
  title.subject = title.subject.filter((t, i) => !isCommon(t) || i === title.subject.length - 1);
  titleTokens = titleTokens.map((t) => (isCommon(t) ? retagged(t, 'NOUN') : t));
  // each sentence's main clause is read once, here, for every use below
  const subjectRanges = sentences.map(subjectRange);
  // a dateline names where the story was filed, never who acts in it
  const dateline = datelineEnd(sentences[0]?.tokens ?? []);
  if (subjectRanges[0] && subjectRanges[0][0] <= dateline) subjectRanges[0] = [dateline + 1, subjectRanges[0][1]];
  const subjectOf = (i: number): Token[] => {
    const [first, last] = subjectRanges[i] ?? [0, -1];
    return sentences[i]?.tokens.slice(first, last + 1) ?? [];
  };
  const addInstitution = (word: string): boolean => {
    const institution = institutionSetOf(word);
    for (const role of institution ?? []) roles.add(role);
    return institution !== undefined;
  };
  // "High Court backs HA on downgrade": a court rules on another's decision, so one that backs
  // or attacks in a headline is a side like any other, and the decision's maker the actor
  // ... and so is one that attacks or backs what someone it names has done ("Police slam Tory
  // commissioner plans": the Tories are the actor); an institution that backs or attacks with no
  // one named acts itself ("Council backs new stadium")
  // ... but people who act for themselves are the actor when attacked or backed ("Samoa PM slams
  // players", "Minister backs striking nurses"), and the institution that does it a side
  const people = title.side ? titleObjectHead(titleTokens, reading.at) : undefined;
  const peopleActing = people !== undefined && SELF_ACTING_PEOPLE.has(people);
  if (peopleActing) roles.add(people);
  // ... but not one that attacks or backs another institution's doing ("Council criticises
  // government's stadium move")
  const institutional = !peopleActing && title.subject.some((t) => isRoleWord(t.normal) && !COURTS.has(t.normal)) && titleObjectNames(titleTokens, reading.at).length === 0 && !titleObject(titleTokens, reading.at).some((t) => institutionOf(t.normal));
  if (title.side && !institutional) {
    // the title's subject opposes or backs a policy: a side, not the actor; the government
    // is the actor only when a main clause makes it the one acting ("ministers say the
    // plan will go ahead"), not when a minister is merely mentioned
    // "Istrania opposition rejects ...": the group is the side, not the country it belongs to
    // ("Workers at CN Rail reject ...": people of a body or place are the side, and the name after
    // the preposition says whose or where they are)
    const at = titleTokens.findIndex((t, k) => k > 0 && k < reading.at && t.pos === 'ADP');
    const people = at > 0 && LAY_PEOPLE.has(titleTokens[at - 1]!.normal) ? titleTokens.slice(0, at).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN') : [];
    const heads = people.length > 0 ? people : title.subject.some((t) => t.pos === 'NOUN') ? title.subject.filter((t) => t.pos === 'NOUN') : title.subject;
    for (const t of heads) sides.set(t.normal, title.side);
    // ("The Edward Francis Small Centre for Rights and Justice (EFSCRJ) has condemned ...": the
    // initials in brackets before the verb name the same body, and the article goes on to use them)
    for (let k = 0; k < reading.at; k++) {
      const initials = abbreviationAfter(titleTokens, k);
      if (initials && k + 2 < reading.at) sides.set(initials.normal, title.side);
    }
    // ("Action group vows to fight ...": the capitalised words before a body word are its name)
    const head = heads.at(-1);
    if (head?.pos === 'NOUN' && BODY_WORDS.has(head.normal)) for (const t of title.subject) if (t.pos === 'PROPN') sides.set(t.normal, title.side);
    // "Pleasant Garden neighbors speak out ...": the name before the people of a place says
    // where they live; the place is no actor ("IIT Bombay students" are the institute's own)
    if (heads.some((t) => LOCAL_PEOPLE.has(t.normal))) for (const t of title.subject) if (t.pos === 'PROPN') places.add(t.normal);
    // ("Tories opposing 24-hour drinking" over "The Conservatives have said ...": one party, one side)
    for (const party of PARTY_NAMES) if (heads.some((t) => party.has(t.normal))) for (const n of party) sides.set(n, title.side);
    // ("Corbett attacks ..." over "Ronnie Corbett has joined ...": one person, one side)
    for (const t of heads) if (t.pos === 'PROPN') for (const given of givenNamesOf(sentences, t.normal)) sides.set(given, title.side);
    // ... and an office or institution the title opposes is the actor ("rejects president's re-election")
    for (const t of title.object) if (!addInstitution(t.normal) && LEADER_TITLES.has(t.normal)) roles.add(t.normal);
    const governmentActs = sentences.some((_, i) => subjectOf(i).some((t) => INSTITUTIONS[0]!.has(t.normal)));
    // ... unless the title names whom it attacks or backs ("Republicans begin to buck Trump")
    if (governmentActs && !peopleActing && !titleObjectNames(titleTokens, reading.at).length) addInstitution('government');
  } else {
    title.subject.forEach((t, i) => {
      if (addInstitution(t.normal)) return;
      // "Northmoor council": the place names the institution, it is not an actor of its own
      if (t.pos === 'PROPN' && title.subject.slice(i + 1).some((u) => institutionOf(u.normal))) return;
      // "Harnford maternity unit": a name before the head noun says where or whose, and is only counted
      // ... but a person whose possessive owns it is its maker ("Rishi Sunak's smoking ban clears ...")
      const owner = personOwns(titleTokens, t);
      const modifier = title.subject.slice(i + 1).some((u) => u.pos === 'NOUN') && !owner;
      if (t.pos === 'PROPN' && !NOT_ACTORS.has(t.normal) && !modifier) counts.set(t.normal, (counts.get(t.normal) ?? 0) + TITLE_SUBJECT_WEIGHT);
      else if (LEADER_TITLES.has(t.normal)) roles.add(t.normal);
    });
  }
  countNames(counts, titleTokens, 0, titleTokens.length - 1, TITLE_WEIGHT);
  // "Labour MP praises Tory campaign": what the headline attacks or backs is central, and its
  // name counts as a title subject's would
  if ((reading.kind === 'attack' || reading.kind === 'back') && namesBefore.length > 0) {
    for (const t of titleObjectNames(titleTokens, reading.at)) counts.set(t.normal, (counts.get(t.normal) ?? 0) + TITLE_SUBJECT_WEIGHT);
  }
  for (const [name, side] of membersOfSides(sentences, sides)) if (!sides.has(name)) sides.set(name, side);
  for (const name of sides.keys()) counts.delete(name);
  sentences.forEach((s, i) => {
    const [first, last] = subjectRanges[i]!;
    countNames(counts, s.tokens, first, last, i === 0 ? LEDE_WEIGHT * SUBJECT_WEIGHT : SUBJECT_WEIGHT, s.cues);
    countNames(counts, s.tokens, i === 0 ? dateline + 1 : 0, s.tokens.length - 1, 1, s.cues);
  });
  // "Coal mine's expansion plans given the go-ahead" over "The Planning Minister, Tony Kelly, has
  // given the go-ahead to ...": who does in the opening sentences what the title's passive did
  // is the one who decided, and the actor
  if (reading.kind === 'passive' && reading.at >= 0) {
    const done = titleTokens[reading.at]!.lemma;
    // ("births moved" over "Births at Kelby will move": what the title's verb was done to, moving itself)
    const patient = new Set(titleTokens.slice(0, reading.at).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.normal));
    const agent = sentences.findIndex((s, i) => i < AGENT_REACH && doesInActive(s.tokens, subjectRanges[i]![1], done) && !subjectOf(i).some((t) => patient.has(t.normal)));
    // ("Motion on cruise berth referendum defeated" over "A private member's motion ... was voted
    // down by government members": the agent of the lede's own passive, when it speaks of the same thing)
    const byAgent = agent >= 0 ? -1 : sentences.findIndex((s, i) => i < AGENT_REACH && subjectOf(i).some((t) => patient.has(t.normal)) && passiveAgent(s.tokens, subjectRanges[i]![1]));
    if (agent >= 0) countNames(counts, sentences[agent]!.tokens, subjectRanges[agent]![0], subjectRanges[agent]![1], TITLE_SUBJECT_WEIGHT, sentences[agent]!.cues);
    else if (byAgent >= 0) {
      const { tokens } = sentences[byAgent]!;
      const [from, to] = passiveAgent(tokens, subjectRanges[byAgent]![1])!;
      for (let k = from; k <= to; k++) if (tokens[k]!.pos === 'NOUN') addInstitution(tokens[k]!.normal);
      countNames(counts, tokens, from, to, TITLE_SUBJECT_WEIGHT);
    }
    // "E-hailing, taxi services to be streamlined" over "The government will press ahead with
    // new regulations ...": an institution the lede makes its subject is the one deciding
    if (agent < 0 && byAgent < 0 && roles.size === 0) for (const t of subjectOf(0)) if (t.pos === 'NOUN') addInstitution(t.normal);
    // ("Johnstone Shire Council sacked": the institution acted on is no actor, however often named)
    for (const word of patient) counts.delete(INSTITUTION_KEY + word);
  }
  for (const name of [...sides.keys(), ...places, ...reporters]) counts.delete(name);
  for (const t of title.patient ?? []) counts.delete(t.normal);
  for (const word of capitalisedOpening(sentences)) counts.delete(word);

  const names = new Set<string>();
  // a lede that introduces the actor by role ("The city's mayor ... says") names them in
  // the next sentence's subject ("Dana Kirsch claims ...")
  const ledeSubject = subjectOf(0);
  // ... only where a person's title heads the lede's subject (minister, secretary, mayor): "Nine
  // police stations" are no police officer, and "The council" is no person to be named next
  const beforePreposition = ledeSubject.findIndex((t) => t.pos === 'ADP');
  const ledeHead = ledeSubject.slice(0, beforePreposition < 0 ? undefined : beforePreposition).filter((t) => t.pos === 'NOUN').at(-1);
  if (ledeHead && roles.has(ledeHead.normal) && LEADER_TITLES.has(ledeHead.normal) && sentences[1]) {
    const subject = subjectOf(1);
    const from = subject.findIndex((t) => t.pos === 'PROPN');
    for (let i = from; i >= 0 && subject[i]?.pos === 'PROPN'; i++) names.add(subject[i]!.normal);
  }
  // "Tory leader quits ..." over "David McLetchie has resigned ...": a title that names its
  // subject only by office is about the person the lede names doing it
  // ("Governor replies critics": a title may capitalise the office as if it were a name)
  const titleHead = title.subject.filter((t) => t.pos === 'NOUN' || (t.pos === 'PROPN' && LEADER_TITLES.has(t.normal))).at(-1);
  const titleOffice = titleHead && LEADER_TITLES.has(titleHead.normal) ? titleHead.normal : undefined;
  const ledeName = ledeSubject.filter((t) => !['AUX', 'PART', 'ADV'].includes(t.pos));
  const ledeNamesOne = ledeName.length > 0 && ledeName.every((t) => t.pos === 'PROPN');
  if (titleOffice && names.size === 0 && ledeNamesOne) names.add(ledeName.at(-1)!.normal);
  // ... or names them after the office, between commas ("The State Governor, Nasir Kolo, has
  // ..."); then "the governor said" is theirs too
  const apposed = appositionName(ledeSubject);
  if (titleOffice && names.size === 0 && apposed && ledeSubject.some((t) => t.normal === titleOffice)) {
    names.add(apposed.normal);
    roles.add(titleOffice);
  }
  // "Tories attack EU asylum moves" over "David Blunkett has been accused of ...": the one the
  // lede says is attacked answers for what the headline attacks, and is its actor
  if (title.side === 'critic' && names.size === 0 && ledeNamesOne && ledeIsAttacked(sentences[0]!, subjectRanges[0]!, ledeSubject)) names.add(ledeName.at(-1)!.normal);
  // ... and another party's leader is not that leader ("SNP deputy leader Nicola Sturgeon")
  const officeQualifiers = new Set(titleOffice ? title.subject.slice(0, title.subject.indexOf(titleHead!)).map((t) => t.normal) : []);
  // "Kessler's Interior pick", "Trump's choice for education secretary": the one picked is the
  // actor, whom the title names only by the office, and the one who picked speaks for them
  const picker = pickerInTitle(titleTokens);
  if (picker && names.size === 0) {
    // a title that does not name the one picked names only others: the chooser, the office,
    // those who back or attack the pick
    let picked = pickedIn(titleTokens, picker);
    for (let i = 0; !picked && i < sentences.length; i++) picked = pickedIn(sentences[i]!.tokens, picker);
    for (const t of titleTokens) counts.delete(t.normal);
    const actor = picked ?? mostCounted(counts, false);
    if (actor) {
      roles.clear();
      names.add(actor);
      names.add(picker);
    }
  }
  // "Howard attacks 'pay later' Budget" over "... has attacked Gordon Brown's Budget": whose
  // thing a headline attacks or backs answers for it, and is the actor
  if (names.size === 0 && roles.size === 0 && (reading.kind === 'attack' || reading.kind === 'back') && namesBefore.length > 0) {
    const owner = ownerInLede(sentences, titleObjectHead(titleTokens, reading.at));
    if (owner && !sides.has(owner.normal) && !(owner.pos === 'NOUN' && addInstitution(owner.normal))) names.add(owner.normal);
  }
  // an institution named by the title is the actor; counting names would find its target
  if (names.size === 0 && roles.size === 0) {
    const best = mostCounted(counts, true) ?? '';
    if (best.startsWith(INSTITUTION_KEY)) addInstitution(best.slice(INSTITUTION_KEY.length));
    else if (best) {
      names.add(best);
      const surname = surnameAfter(sentences, best);
      if (surname) names.add(surname);
    }
  }
  for (const party of PARTY_NAMES) if ([...party].some((n) => names.has(n))) for (const n of party) names.add(n);
  // "British Airways (BA)": the abbreviation after the actor's name names it too ("said a BA statement")
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      const abbreviation = abbreviationAfter(tokens, i);
      if (!abbreviation) return;
      let k = i;
      while (k >= 0 && tokens[k]!.pos === 'PROPN' && !names.has(tokens[k]!.normal)) k--;
      if (k >= 0 && tokens[k]!.pos === 'PROPN') names.add(abbreviation.normal);
    });
  }
  // "White House sticks to plan": a seat of office the title names as the actor is the office,
  // not its last word ("House Republicans" are Congress), and speaks with the leader it houses
  // and their government ("the president", "Homeland Security Secretary Jeh Johnson")
  const seat = SEATS_OF_OFFICE.find((s) => s.offices.some((o) => o.length > 1 && o.some((w) => names.has(w)) && titleTokens.some((_, i) => wordsAt(titleTokens, i, o))));
  if (seat) {
    for (const office of seat.offices) for (const w of office) names.delete(w);
    roles.add(seat.title.at(-1)!);
    addInstitution('government');
  }
  // the headline's side is never the actor it takes a side on ("Blair disputes Howard's tax claim")
  for (const side of [...sides.keys(), ...reporters]) names.delete(side);
  // "Home Secretary David Renshaw" as the actor: the government's other ministers, its
  // spokesmen and Downing Street speak for the government he serves, not for a side
  const ministry = roles.size === 0 && holdsMinistry(sentences, names);
  // "India suspends wrestling federation": a country acts through its government, so "the
  // ministry said" and "the government said" speak for it (a minister named by title alone
  // may be another country's)
  const country = roles.size === 0 && !ministry && [...names].some((n) => COUNTRIES.has(n));
  if (ministry) addInstitution('government');
  else if (country) for (const body of GOVERNMENT_BODIES) roles.add(body);
  // "Hamilton to end fluoridation" over "The Hamilton City Council has voted ...": a place named
  // as the actor acts through the council or authority the text names after it, so "the deputy
  // mayor" and "a council spokesman" speak for it
  // (that body only, not its whole family: "the Waikato District Health Board" is another body)
  else if (roles.size === 0) {
    const body = institutionAfterName(sentences, names, titleTokens);
    if (body) roles.add(body);
    if (body === 'council') for (const member of COUNCIL_MEMBERS) roles.add(member);
  }
  const seats = seatsOf(sentences, names);
  const kinds = kindsOf(sentences, names);
  for (const role of roles) kinds.delete(role);
  // the side of "Majlis Al Shura" is not that of every "Al" the story quotes
  for (const particle of NAME_PARTICLES) sides.delete(particle);
  const central: Central = { names, roles, sides, allies, candidates, titleVerb, offices: [...seats, ...(ministry ? GOVERNMENT_SEATS : []), ...(seat?.offices ?? [])], kinds, staff: staffOf(sentences, names) };
  // "French President Anne Roux", "company president Ian Lo": a person titled as the
  // actor's leader speaks for it wherever they are named; one tied to it by a demonym or
  // name but with another title is an ally
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      // "Gov. Ruth Kessler" holds the governor's title
      const title = TITLE_ABBREVIATIONS.get(t.normal) ?? t.normal;
      if (t.pos !== 'NOUN' && !LEADER_TITLES.has(title)) return;
      if (s.tokens[i + 1]?.pos !== 'PROPN') return;
      // ("Bangladesh Information and Broadcasting Minister Hasan Mahmud": the whole portfolio, and
      // what stands before it)
      let portfolio = i;
      while (portfolio > 0 && i - portfolio < PORTFOLIO_REACH && (/^[A-Z]/.test(s.tokens[portfolio - 1]!.value) || NAME_JOINERS.has(s.tokens[portfolio - 1]!.normal))) portfolio--;
      const before = s.tokens.slice(Math.max(0, Math.min(i - 3, portfolio - 1)), i);
      // "the British opposition leader", "the shadow health secretary" lead the other side
      if (before.some((b) => OPPOSITION.has(b.normal))) return;
      // "NUT general secretary Steve Sinnott" runs a union or a party, not a ministry
      if (s.tokens[i - 1]?.normal === 'general') return;
      // "Transport Secretary Helen Marsh" in an article where the government acts holds one of
      // its roles: the title ties her to it as a name or demonym before the title would
      // "Chief Constable Helen Marsh" in an article about the police: the title holds a role itself
      const qualified = officeQualifiers.size === 0 || title !== titleOffice || before.some((b) => officeQualifiers.has(b.normal));
      // "Deputy Home Minister Chor Chee Heung" under "Malaysia denies crackdown": a minister titled
      // before their name answers for the country that acts, unless another country is named
      // with the title ("Peru's Foreign Minister Ana Diaz"). Nine seeds: 0.6279 -> 0.6291.
      const ownMinister = country && title === 'minister' && !before.some((b) => otherCountry(b.normal, names));
      const titled = (central.roles.has(title) && qualified) || central.roles.has(s.tokens[i + 1]!.normal) || ownMinister;
      if (!speaksFor(before, central) && !titled) return;
      let j = i + 1;
      while (s.tokens[j + 1]?.pos === 'PROPN') j++;
      const surname = s.tokens[j]!.normal;
      if (LEADER_TITLES.has(title)) names.add(surname);
      else if (ALLY_OFFICES.has(title)) allies.add(surname);
    });
  }
  for (const name of names) allies.delete(name);
  // a leader named only by the title above ("Prime Minister Tony Blair defends ...") joins the
  // names late: their seat's offices ("Downing Street", "Number 10") speak for them too
  if (!central.offices?.length) central.offices = seatsOf(sentences, names);
  // "Sheriff Joe Arpaio ... the sheriff said": an office no one else in the article holds
  for (const office of officesOnlyOf(sentences, names)) kinds.add(office);
  // an actor named neither in the title nor in the opening sentences, with no role to go by, is
  // only the body's most-named voice, most often a side's (a union, an opposition MP): better none
  // (the opening's words are gathered only where they can matter: with no role to go by)
  if (roles.size > 0) return central;
  const opening = new Set([...titleTokens, ...sentences.slice(0, OPENING_SENTENCES).flatMap((s) => s.tokens)].map((t) => t.normal));
  if (![...names].some((n) => opening.has(n))) return { ...central, names: new Set(), allies: new Set(), offices: [], kinds: new Set(), staff: new Set() };
  return central;
}

/** The sentences that open a story, where its actor is named if anywhere before the body. */
const OPENING_SENTENCES = 2;

/** Offices written as a title before a person's name ("Sheriff Joe Arpaio", "Premier Darrell Dexter"). */
const TITLE_OFFICES: ReadonlySet<string> = new Set([...LEADER_TITLES, ...ALLY_OFFICES, 'sheriff', 'superintendent', 'judge', 'bishop']);

/** The offices the article writes as a title before the actor's name and before no one else's. */
function officesOnlyOf(sentences: readonly SentenceSpan[], names: ReadonlySet<string>): string[] {
  const only = new Map<string, boolean>();
  if (names.size === 0) return [];
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (!TITLE_OFFICES.has(t.normal) || !/^[A-Z]/.test(t.value)) return;
      const end = nameEnd(tokens, i + 1);
      if (end < 0) return;
      only.set(t.normal, (only.get(t.normal) ?? true) && names.has(tokens[end]!.normal));
    });
  }
  return [...only].filter(([, actorOnly]) => actorOnly).map(([office]) => office);
}

/** How many capitalised words a portfolio may run before a minister's title ("Information and Broadcasting Minister"). */
const PORTFOLIO_REACH = 6;

/** Words before a leader's title that tie them to the actor: its name, its demonym, its role. */
function speaksFor(words: Token[], central: Central): boolean {
  // ("White House spokesman Josh Earnest": the actor's seat of office)
  if (central.offices?.length && holdsOffice(words, central.offices)) return true;
  // "Beresfield Swimming club President Greg Skinner": a body with a name of its own, even one
  // that starts with the actor's, is another body
  const body = words.findIndex((w) => BODY_WORDS.has(w.normal) && !central.names.has(w.normal) && !central.roles.has(w.normal));
  if (body > 0 && words.slice(0, body).some((w) => !central.names.has(w.normal) && /^[A-Z]/.test(w.value))) return false;
  return words.some(
    (w) =>
      central.names.has(w.normal) ||
      central.roles.has(w.normal) ||
      ORGANISATION_NOUNS.has(w.normal) ||
      isDemonymOf(w.normal, central),
  );
}

/** "Russian" for an actor named Russia; a table, so Trump is never read into "trumpet". */
function isDemonymOf(word: string, central: Central): boolean {
  const country = DEMONYMS.get(word);
  return country !== undefined && central.names.has(country);
}


const APOSTROPHES = new Set(["'", '’']);
const NAME_JOINERS = new Set(['and', 'of', '&']);

/** Is this run of holder tokens the central actor: its name, a role it goes by, or its leader? */
export function namesCentral(tokens: Token[], central: Central): boolean {
  // "the Port Aldray Homeowners' Association" in an article about Port Aldray is another body
  const otherBody = (i: number): boolean => {
    let j = i;
    // ("the Port Aldray Builders' Federation": a plural's apostrophe is part of the name)
    const inName = (t: Token): boolean => t.pos === 'PROPN' || t.pos === 'PART' || APOSTROPHES.has(t.value) || /^[A-Z]/.test(t.value);
    // ... and so are "and" and "of" between its capitalised words ("the Rail and Transport Workers' Union")
    const joins = (k: number): boolean => NAME_JOINERS.has(tokens[k]?.normal ?? '') && /^[A-Z]/.test(tokens[k + 1]?.value ?? '');
    while (tokens[j + 1] && (inName(tokens[j + 1]!) || joins(j + 1))) j++;
    // ... whose body word may be written in lower case ("Beresfield Swimming club president")
    if (BODY_WORDS.has(tokens[j + 1]?.normal ?? '')) j++;
    // "the Labour Party" is still Labour: another body needs a word of its own before a body
    // word ("... Builders' Federation", "... Federation of Small Firms")
    const own = (t: Token): boolean => t.pos !== 'PART' && !APOSTROPHES.has(t.value) && !NAME_JOINERS.has(t.normal) && !central.names.has(t.normal);
    let ownWord = false;
    for (let k = i + 1; k <= j; k++) {
      const body = tokens[k]!.normal;
      if (ownWord && BODY_WORDS.has(body) && !central.names.has(body) && !central.roles.has(body)) return true;
      ownWord ||= own(tokens[k]!);
    }
    return false;
  };
  // "Sheffield resident Chris Howard", "some businesses in Sheffield": people of a place named
  // as the actor, or there, are not its voice
  const layPeople = (i: number): boolean => {
    let j = i;
    while (tokens[j + 1]?.pos === 'PROPN') j++;
    let k = i;
    while (tokens[k - 1]?.pos === 'PROPN') k--;
    return LAY_PEOPLE.has(tokens[j + 1]?.normal ?? '') || PLACED_IN.has(tokens[k - 1]?.normal ?? '');
  };
  if (tokens.some((t, i) => central.names.has(t.normal) && !otherBody(i) && !layPeople(i))) return true;
  if (central.offices?.length && holdsOffice(tokens, central.offices)) return true;
  // "the British Medical Association" for an actor known as the BMA
  if (spellsOut(tokens, central.names)) return true;
  // "his attorney" is someone else's; "the minister", "prosecutors" stand for the actor
  const possessed = tokens.some((t) => t.pos === 'PRON');
  // a role heads the phrase or owns it ("the council", "the council's chair", "police spokesman");
  // one that only names another body does not ("the Police Federation", "the Council Tenants' Union")
  const heads = (i: number): boolean => {
    // ("Mid Western Regional Council general manager Warwick Bennett", "County Executive for Lands")
    const next = OFFICE_RANKS.has(tokens[i + 1]?.normal ?? '') ? tokens[i + 2] : tokens[i + 1];
    return !next || next.pos === 'PART' || next.pos === 'PUNCT' || LEADER_TITLES.has(next.normal) || ORGANISATION_OFFICES.has(next.normal) || STAFF.has(next.normal) || central.roles.has(next.normal);
  };
  if (!possessed && tokens.some((t, i) => central.roles.has(t.normal) && heads(i))) return true;
  const words = tokens.filter((t) => t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART');
  // "the company", "the software firm", "the Midlands-based company": described, but no other
  // body named ("the rival firm" is another)
  const modifiers = words.slice(1, -1);
  // a modifier is a word that describes, or a part of a hyphenated one ("Midlands - based")
  // ... or where it is from ("the Japanese company", whatever the tagger makes of the demonym)
  const described = modifiers.every(
    (t, k) => !OTHER_FIRM.has(t.normal) && (t.pos === 'ADJ' || t.pos === 'NOUN' || DEMONYMS.has(t.normal) || t.value === '-' || modifiers[k + 1]?.value === '-'),
  );
  if (words[0]?.normal === 'the' && words.length <= 5 && described && ORGANISATION_NOUNS.has(words.at(-1)!.normal)) return true;
  // "the group", "the campaign group": the kind of body the article calls the actor, no other named
  if (words[0]?.normal === 'the' && words.length <= 3 && !words.some((t) => t.pos === 'PROPN') && central.kinds?.has(words.at(-1)!.normal)) return true;
  // ... or owns it ("the league's chief executive")
  if (tokens[0]?.normal === 'the' && central.kinds?.has(tokens[1]?.normal ?? '') && tokens[2]?.pos === 'PART') return true;
  // "a senior civic official" after "KDMC officials": the actor's staff, no other body named
  const bare = words.filter((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
  if (bare.length === 1 && central.staff?.has(bare[0]!.normal)) return true;
  // "French President Anne Roux" speaks for France: a demonym of the actor plus a leader title
  const demonym = tokens.some((t) => isDemonymOf(t.normal, central));
  return demonym && tokens.some((t) => LEADER_TITLES.has(t.normal));
}

/** Do the tokens name one of the actor's offices ("the White House said")? */
function holdsOffice(tokens: Token[], offices: ReadonlyArray<readonly string[]>): boolean {
  return tokens.some((_, i) => offices.some((office) => wordsAt(tokens, i, office)));
}

/** A mention of the central actor: one of its names, or the institution it is. */
function namesActor(m: Mention, central: Central): boolean {
  if (m.key.startsWith(INSTITUTION_KEY)) return central.roles.has(m.key.slice(INSTITUTION_KEY.length)) || central.roles.has(`${m.key.slice(INSTITUTION_KEY.length)}s`);
  return m.words.some((w) => central.names.has(w));
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '"', '‘', '’', '“', '”']);
/** Parts of speech no noun phrase opens with (a modifier the tagger reads as a verb may: "'pay later' Budget"). */
const NOT_OBJECT: ReadonlySet<string> = new Set(['PART', 'ADV', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/**
 * The story's subject as the title states it: what a headline attacks or backs ("Howard attacks
 * 'pay later' Budget" is about the Budget), otherwise the whole title.
 */
function subjectOfTitle(title: { text: string; tokens: Token[] }, reading: { kind: TitleVerb; at: number }): string {
  if (reading.kind !== 'attack' && reading.kind !== 'back') return title.text;
  let first = reading.at + 1;
  // "Butler launches attack on Blair": the preposition is not the subject's
  while (title.tokens[first]?.pos === 'ADP') first++;
  const from = title.tokens[first];
  // what is attacked or backed is a noun phrase, perhaps in quotes ("'pay later' Budget"); a word
  // read as the verb elsewhere leaves none ("Election Was 'Challenging' to Watch", "BAA support
  // ahead of court battle"), and the title stands whole
  let word = first;
  while (QUOTE_MARKS.has(title.tokens[word]?.value ?? '')) word++;
  if (!from || reading.at <= 0 || NOT_OBJECT.has(title.tokens[word]?.pos ?? 'PUNCT')) return title.text;
  // ... and ends where a comma opens another clause ("Backs Tom Perez for DNC Chair, Breaking With AFL-CIO")
  const comma = title.tokens.findIndex((t, k) => k > first && t.value === ',');
  return title.text.slice(from.start, comma > 0 ? title.tokens[comma]!.start : undefined).trim();
}

/** Who speaks for a council besides the council itself. */
const COUNCIL_MEMBERS: ReadonlySet<string> = new Set(['mayor', 'councillors', 'councilors']);

/** Words between a place's name and its council or authority ("Harbor City Council", "Beaver County Transit Authority"). */
const PLACE_PARTS: ReadonlySet<string> = new Set(['city', 'county', 'borough', 'district', 'town', 'metropolitan', 'regional', 'transit', 'parish', 'municipal']);

/**
 * The institution a sentence names right after the actor's one-word name ("Hamilton City
 * Council" -> "council"), if any, when the title names the place alone as its subject
 * ("Hamilton to end ..."); a place with a noun after it is a body of its own ("Harwick Town to
 * leave ...", a club, beside "Harwick Borough Council").
 */
function institutionAfterName(sentences: readonly SentenceSpan[], names: ReadonlySet<string>, titleTokens: readonly Token[]): string | undefined {
  if (names.size !== 1) return undefined;
  const alone = titleTokens.some((t, i) => names.has(t.normal) && !['NOUN', 'PROPN'].includes(titleTokens[i + 1]?.pos ?? ''));
  if (!alone) return undefined;
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!names.has(tokens[i]!.normal) || names.has(tokens[i + 1]?.normal ?? '')) continue;
      let j = i + 1;
      while (PLACE_PARTS.has(tokens[j]?.normal ?? '')) j++;
      const word = tokens[j]?.normal ?? '';
      if (institutionOf(word)) return word;
    }
  }
  return undefined;
}

/**
 * The central actor as a reader sees it: its first full mention, where it was found, and how
 * many sentences name it. `titleText` is the title as written, when there is one.
 */
export function describeCentral(sentences: readonly SentenceSpan[], title: { text: string; tokens: Token[]; cues?: TokenSpan[] } | undefined, central: Central, given: boolean): CentralReport {
  const surface = (tokens: readonly Token[], m: Mention): string => {
    // "Wal-Mart": a hyphen written inside a name joins its parts, and is written as it stands
    let [first, last] = [m.first, m.last];
    const attached = (k: number): boolean => tokens[k]?.start === tokens[k - 1]?.end;
    while (DASHES.has(tokens[last + 1]?.value ?? '') && attached(last + 1) && attached(last + 2) && tokens[last + 2]?.pos === 'PROPN') last += 2;
    while (DASHES.has(tokens[first - 1]?.value ?? '') && attached(first - 1) && attached(first) && tokens[first - 2]?.pos === 'PROPN') first -= 2;
    const joined = (k: number): boolean => attached(k) && (DASHES.has(tokens[k]!.value) || DASHES.has(tokens[k - 1]!.value));
    const words = tokens.slice(first, last + 1).map((t, k) => (k === 0 || joined(first + k) ? '' : ' ') + t.value).join('');
    // "the council": an institution is named with its article
    return m.key.startsWith(INSTITUTION_KEY) && tokens[m.first - 1]?.pos === 'DET' ? `${tokens[m.first - 1]!.value} ${words}` : words;
  };
  let actor: string | null = null;
  let source: CentralReport['source'] = given ? 'given' : null;
  const inTitle = title ? mentionsIn(title.tokens, [], true).find((m) => namesActor(m, central)) : undefined;
  const reading = title ? readTitleVerb(title.tokens, title.cues ?? []) : undefined;
  if (inTitle && title && reading) {
    // a title capitalises its verb too, and the tagger may run it into a name ("Key Union Backs
    // Tom Perez"): the actor is the part on its side of the verb
    let { first, last } = inTitle;
    const verb = reading.at;
    if (verb >= first && verb <= last) {
      if (title.tokens.slice(verb + 1, last + 1).some((t) => central.names.has(t.normal))) first = verb + 1;
      else last = verb - 1;
    }
    actor = first <= last ? surface(title.tokens, { ...inTitle, first, last }) : surface(title.tokens, inTitle);
    source ??= 'title';
  }
  let mentions = 0;
  sentences.forEach((s, i) => {
    const m = mentionsIn(s.tokens, s.cues).find((x) => namesActor(x, central));
    if (!m) return;
    mentions++;
    if (actor === null) {
      actor = surface(s.tokens, m);
      source ??= i === 0 ? 'lede' : 'body';
    }
  });
  return { name: title && reading ? subjectOfTitle(title, reading) : actor, actor, source: actor === null && !given ? null : source, mentions };
}
