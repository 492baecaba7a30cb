// The article's speaker register: who speaks in each sentence (the holder of a reported view,
// the speaker a quotation is attributed to before or after it or in a neighbouring sentence of
// the same quotation, "he"/"she" resolved to the last person named, a spokesman or a member
// speaking for their body), and what is known of each speaker across all their sentences.
import type { Token } from '../nlp/wink.js';
import type { SentenceSpan } from '../segment/sentences.js';
import { abbreviationAfter, findMentions } from './candidates.js';
import { institutionOf, nameEnd, nameStart, namesCentral, wordsAt, type Central } from './central.js';
import { findMainClause, type Clause } from './clause.js';
import { markQuotes } from './quotes.js';
import { bareOffice, bodyOfOffice, findAccordingVoice, findPassiveVoice, findRelativeVoice, findVoice, isOfficeWord, pollShare, POSSESSIVE_MARKS, valueOf, type Side, type Voice } from './voice.js';
import { isOutlet, isVoice } from './voices.js';
import { answeringLemmas, challengeNouns, criticismNouns, STATEMENT_NOUNS } from './lexicons/verbs.js';
import { AGENTS, BODY_WORDS, CHALLENGERS, CITED_RECORDS, COMMUNITIES, CONTESTING, DECIDING_OFFICES, EXPERT_TITLES, FORMER, LEADER_TITLES, LEGISLATURES, NAME_SUFFIXES, OFFICE_RANKS, PERSONAL_TITLES, ORGANISATION_NOUNS, ORGANISATION_OFFICES, OTHER_OFFICE, OUTLET_WORDS, PARTY_WORDS, PEOPLE_ENDINGS, LAY_PEOPLE, PLACED_IN, PRESIDING_OFFICES, SPOKESPEOPLE } from './lexicons/actors.js';

/** Who speaks in one sentence, and through which attribution. */
export interface Attribution {
  clause: Clause;
  voice: Voice | undefined;
  /** Same key, same speaker: a surname, a group noun, or "central". */
  key: string | undefined;
  /** How the speaker is best named: their first full mention, never "he" or "she". */
  name: string | undefined;
  holderIsCentral: boolean;
  /** The main clause's subject names the central actor. */
  subjectIsCentral: boolean;
  /** The sentence is quoted speech attributed to the voice. */
  quoted: boolean;
  /** The view's tokens: the reported clause, or the quoted words. */
  view: [number, number];
  /** This sentence introduces the speaker as an expert ("an economist at ...", "Prof ..."): no side without a plain one. */
  expert: boolean;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const PRONOUNS = new Set([...PERSONAL, 'it', 'they', 'we', 'i', 'you']);
const SIDE_OF_HOLDER: Record<string, Exclude<Side, null>> = { 'critic-holder': 'critic', 'supporter-holder': 'supporter' };
const SIDE_OF_VIEW_NOUN: Record<string, Exclude<Side, null>> = { 'critic-view-noun': 'critic', 'supporter-view-noun': 'supporter' };
/** The prepositions that name whose a view is ("objections from residents", "criticism by unions"). */
const VIEW_HOLDER_PREPOSITIONS = new Set(['from', 'by', 'among']);
const POSSESSIVE = new Set(['its', 'their']);
const PERSONAL_POSSESSIVES = new Set(['his', 'her']);
/** Tokens after a reporting verb that are still only the attribution ("said in a statement"). */
const ATTRIBUTION_TAIL = 5;
/** How far back a "he" or "she" may look for the person it stands for. */
const PRONOUN_REACH = 3;

function holderTokens(span: SentenceSpan, voice: Voice): Token[] {
  const [a, b] = voice.holderTokens;
  return span.tokens.slice(a, b + 1);
}

/**
 * The last proper noun of the holder names the person ("Steve Green" and "Green" are one).
 * `spokenFor` is the body the holder speaks for, passed in by a caller that has read it already.
 */
function keyOf(span: SentenceSpan, voice: Voice, central: Central, bodies: ReadonlyMap<string, string>, spokenFor = bodySpokenFor(span.tokens, voice)): string {
  const tokens = holderTokens(span, voice);
  if (legislatureMember(tokens, voice, central)) {
    // ("Senate Majority Leader Charles E. Schumer of New York": after his name, "of" gives his
    // state; "Minister of Culture Altynbek Maksutov" has no name before it)
    const of = tokens.findIndex((t) => t.normal === 'of');
    const named = of > 0 && tokens.slice(0, of).some((t) => t.pos === 'PROPN' && !isOfficeWord(t.normal) && !LEGISLATURES.has(t.normal) && !PERSONAL_TITLES.has(t.normal));
    return personKey(named ? tokens.slice(0, of) : tokens, voice);
  }
  // "opposition councillors" in an article about the council are its critics, not the council,
  // and so is one the title names on a side ("Union Minister Harsimrat Badal" under "Harsimrat
  // targets Singh's govt"), whatever office she holds
  const surname = tokens.filter((t) => t.pos === 'PROPN').at(-1);
  const titledSide = surname !== undefined && central.sides.has(surname.normal);
  // "The Central Organisation of Trade Unions (COTU) said": the abbreviation is the body's name too
  const abbreviation = abbreviationAfter(span.tokens, voice.holderTokens[1]);
  if (!voice.holderSide && !titledSide && (namesCentral(tokens, central) || (abbreviation && central.names.has(abbreviation.normal)) || namesCentral(conjunctBefore(span.tokens, voice.holderTokens[0]), central))) return 'central';
  // "White House press secretary Sean Spicer", "Trump campaign manager Kellyanne Conway": an
  // agent's title before the name ties them to whom they speak for
  if (voice.named && (agentTitleNamesCentral(span, voice.holderTokens[0], central) || agentAppositionNamesCentral(span, voice.holderTokens[0], central))) return 'central';
  // "Ann Cole, the council's transport chief, said": the aside says whom she speaks for
  // ... unless it names a side ("Ann Cole, the council's fiercest critic, said")
  const [from, to] = voice.aside ?? [0, -1];
  const sideInAside = span.cues.some((c) => c.name in SIDE_OF_HOLDER && c.first >= from && c.last <= to);
  // "Sophie Tandy, chief executive of the charity Access Wendham, said": she speaks for the body
  // her office belongs to, and the office's title says nothing of the actor's own offices
  const aside = voice.aside && !sideInAside ? span.tokens.slice(from, to + 1) : [];
  const office = bodyOfOffice(aside);
  const body = office && beforeWhereItLies(office);
  // ... but a noun of something that is no office ("Pia Cayetano, sponsor of the DOH budget")
  // names what they act on, not whom they speak for
  const actsOn = !body && aside[0]?.pos === 'NOUN' && aside[1]?.normal === 'of';
  if (!actsOn && namesCentral(body ?? beforeWhereItLies(aside), central)) return 'central';
  const bodyName = body?.filter((t) => t.pos === 'PROPN').at(-1);
  if (bodyName) return bodyName.normal;
  // "Helen McDade, head of policy at the charity," after "landscape charity the John Muir
  // Trust": the one body the article named of that kind
  const named = bodies.get(body?.filter((t) => t.pos === 'NOUN').at(-1)?.normal ?? '');
  if (named) return central.names.has(named) ? 'central' : named;
  // "a spokesman for the union", "the union's Ann Lee": they speak for the body
  if (spokenFor) return namesCentral(spokenFor, central) ? 'central' : bodyKey(spokenFor);
  return personKey(tokens, voice);
}

/**
 * An office's words up to where the place or body it is of lies ("the Seriki of Shasha" of
 * "the Seriki of Shasha in the Alimosho Local Government Area of Lagos"): past an office of a
 * named place or body, "in" says where that lies, not whom its holder speaks for.
 */
function beforeWhereItLies(words: Token[]): Token[] {
  const at = words.findIndex((t, k) => PLACED_IN.has(t.normal) && words.slice(0, k).some((w, j) => w.normal === 'of' && words[j + 1]?.pos === 'PROPN'));
  return at > 0 ? words.slice(0, at) : words;
}

/** A person's key: the last word of their name. */
function personKey(tokens: readonly Token[], voice: Voice): string {
  const names = tokens.filter((t) => t.pos === 'PROPN' && !NAME_SUFFIXES.has(t.normal));
  // "Sen. Chuck Schumer of New York", "Lord Falconer of Thoroton": after a titled person's
  // name, "of" gives their state or seat, not their name
  // (the title may follow a party: "Democratic Sen. Elizabeth Warren of Massachusetts")
  const of = tokens.findIndex((t) => t.normal === 'of');
  const title = tokens.findIndex((t) => PERSONAL_TITLES.has(t.normal));
  const titled = title >= 0 && of > title + 1 ? tokens.slice(title + 1, of).filter((t) => t.pos === 'PROPN' && !PERSONAL_TITLES.has(t.normal)).at(-1) : undefined;
  if (titled) return titled.normal;
  return names.length > 0 ? names.at(-1)!.normal : voice.holder.toLowerCase();
}

/**
 * A named member of a chamber that is the story's actor ("Senate Majority Leader Charles
 * Schumer" in "Senate passes gun bill"): members take sides on what the chamber decides; the
 * chamber itself, and whoever presides over it, speak for it.
 */
function legislatureMember(holder: readonly Token[], voice: Voice, central: Central): boolean {
  const actor = [...central.names, ...central.roles];
  const legislature = actor.some((n) => LEGISLATURES.has(n) && (n !== 'house' || !central.names.has('white')));
  if (!legislature || !voice.named) return false;
  const surname = holder.filter((t) => t.pos === 'PROPN' && !NAME_SUFFIXES.has(t.normal)).at(-1);
  if (!surname || LEGISLATURES.has(surname.normal) || isBodyWord(surname.normal) || namesMany(holder)) return false;
  return !holder.some((t) => PRESIDING_OFFICES.has(t.normal));
}

/** The words a conjunct may have before "and" joins the holder to it ("Speaker of Parliament Anita Among"). */
const CONJUNCT_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADP']);

/**
 * The holder's fellow before an "and" ("Speaker of Parliament Anita Among and Committee Chair
 * Stephen Baja defended ..."): they speak together, so one of them naming the actor ties both.
 */
function conjunctBefore(tokens: readonly Token[], holderStart: number): Token[] {
  if (tokens[holderStart - 1]?.normal !== 'and') return [];
  let k = holderStart - 2;
  while (k >= 0 && CONJUNCT_POS.has(tokens[k]!.pos)) k--;
  return tokens.slice(k + 1, holderStart - 1);
}

const AFFILIATIONS = new Set(['of', 'at', 'for', 'from', 'with']);
const BODY_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/**
 * The body a holder speaks for: after an agent ("a spokesman for the union", "a spokesman for
 * Reardon's transition team"), or before a name as its possessive ("the union's Ann Lee"; a
 * name's possessive, "Britain's Tony Blair", may be a country or a party, and is not read).
 */
function bodySpokenFor(tokens: readonly Token[], voice: Voice): Token[] | undefined {
  const [first, last] = voice.holderTokens;
  if (!voice.named && AGENTS.has(tokens[last]!.normal) && AFFILIATIONS.has(tokens[last + 1]?.normal ?? '')) {
    let end = last + 2;
    while (end < tokens.length && BODY_PHRASE.has(tokens[end]!.pos) && end !== voice.verbIndex) end++;
    const body = tokens.slice(last + 2, end);
    return body.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? body : undefined;
  }
  // "Digby Jones, the CBI's director general, said": an office the aside gives them in a body
  if (voice.named && voice.aside) {
    const aside = tokens.slice(voice.aside[0], voice.aside[1] + 1);
    const mark = aside.findIndex((t) => POSSESSIVE_MARKS.has(t.normal));
    const office = aside.slice(mark + 1);
    const body = aside.slice(0, mark).filter((t) => t.pos !== 'DET');
    if (mark > 0 && body.length > 0 && body.every((t) => t.pos === 'PROPN') && office.length > 0 && office.every((t) => t.pos !== 'PROPN') && office.some((t) => isOfficeWord(t.normal))) return body;
  }
  // "Telus spokesperson, Chris Gerritsen, says": the body's agent title set off before the name
  if (voice.named && tokens[first - 1]?.value === ',' && tokens[first - 2] && isAgentTitle(tokens[first - 2]!)) {
    let end = first - 2;
    while (end > 0 && tokens[end - 1]!.pos === 'NOUN') end--;
    if (POSSESSIVE_MARKS.has(tokens[end - 1]?.normal ?? '')) end--;
    const start = tokens[end - 1]?.pos === 'PROPN' ? nameStart(tokens, end - 1) : end;
    if (start < end) return tokens.slice(start, end);
  }
  if (!voice.named || !POSSESSIVE_MARKS.has(tokens[first - 1]?.normal ?? '') || tokens[first - 2]?.pos !== 'NOUN') return undefined;
  let start = first - 2;
  while (start > 0 && ['DET', 'ADJ', 'NOUN'].includes(tokens[start - 1]!.pos)) start--;
  return tokens[start]?.pos === 'DET' ? tokens.slice(start, first - 1) : undefined;
}

/**
 * Where the title before token `at` starts: the nearest of `reach` words back over which
 * `inTitle` holds. Three readings walk a title this way and differ only in what may stand in one.
 */
function titleStart(tokens: readonly Token[], at: number, reach: number, inTitle: (t: Token, k: number) => boolean): number {
  let from = at;
  while (from > 0 && at - from < reach && inTitle(tokens[from - 1]!, from - 1)) from--;
  return from;
}

/** A word that makes a title an agent's: a spokesman, an office of an organisation, a secretary. */
// ("Government official Justus Kangwagye": an official or officer of the actor's body is its agent)
const isAgentTitle = (t: Token): boolean => AGENTS.has(t.normal) || ORGANISATION_OFFICES.has(t.normal) || t.normal === 'secretary' || t.normal === 'official' || t.normal === 'officer';

/** How many words a title before a name may take ("White House deputy press secretary"). */
const AGENT_TITLE_REACH = 5;

/** Does the name before the possessive mark at `mark` name the central actor ("Hale's", "the DHB's")? */
function ownerNamesCentral(tokens: readonly Token[], mark: number, central: Central): boolean {
  const from = titleStart(tokens, mark, AGENT_TITLE_REACH, (t) => TITLE_MODIFIERS.has(t.pos));
  return from < mark && namesCentral(tokens.slice(from, mark), central);
}

/** The words that make whoever stands before them an officer of a portfolio ("CEC in charge of environment"). */
const IN_CHARGE_OF: readonly string[] = ['in', 'charge', 'of'];

/** The words that join an office to what it is in charge of ("director of development", "Executive for Lands"). */
const OFFICE_OF: ReadonlySet<string> = new Set(['of', 'for']);

/** Does the title right before a name make them an agent of the central actor ("White House press secretary Sean Spicer")? */
function agentTitleNamesCentral(span: SentenceSpan, nameStart: number, central: Central): boolean {
  // ("Council policy and planning manager Matthew Leighton": an "and" between two words of the title is in it)
  // ("the DHB's acting chief executive": the tagger reads "acting" as a verb)
  const inTitle = (t: Token, k: number): boolean =>
    (TITLE_MODIFIERS.has(t.pos) && !PERSONAL_TITLES.has(t.normal)) || (t.normal === 'and' && TITLE_MODIFIERS.has(span.tokens[k - 1]?.pos ?? '')) || OFFICE_RANKS.has(t.normal);
  let from = titleStart(span.tokens, nameStart, AGENT_TITLE_REACH, inTitle);
  // ("Council director of development and sustainability Ian Birch", "County Executive for
  // Lands and Physical planning Adrian Ouma": the office's "of" or "for" phrase is in it)
  const office = span.tokens[from - 2];
  if (OFFICE_OF.has(span.tokens[from - 1]?.normal ?? '') && office && isAgentTitle(office)) from = titleStart(span.tokens, from - 1, AGENT_TITLE_REACH, inTitle);
  // ("Bungoma CEC in charge of environment Renson Makheti": whoever is in charge of a portfolio holds an office)
  const inCharge = wordsAt(span.tokens, from - 3, IN_CHARGE_OF);
  if (inCharge) from = titleStart(span.tokens, from - 3, AGENT_TITLE_REACH, inTitle);
  const title = span.tokens.slice(from, nameStart);
  // "Trump critic Ann Cole" is no agent of Trump's
  const sided = span.cues.some((c) => c.name in SIDE_OF_HOLDER && c.first >= from && c.last < nameStart);
  const agent = inCharge || title.some(isAgentTitle);
  // "the DHB's acting chief executive Margaret Wilsher": the actor's possessive owns the office
  if (agent && !sided && POSSESSIVE_MARKS.has(span.tokens[from - 1]?.normal ?? '') && !title.some((t) => FORMER.has(t.normal)) && ownerNamesCentral(span.tokens, from - 1, central)) return true;
  // ... and a bare office ("chief executive Fiona Carrick") names no one it speaks for
  if (!agent || sided || !title.some((t) => t.pos === 'PROPN')) return false;
  // an office in the actor's own body, its name opening the title and no other body named
  // after it ("Council policy and planning manager"; "Council Tenants' Union chair" is another's)
  const ownOffice = central.roles.has(title[0]!.normal) && title.slice(1).every((t) => t.pos !== 'PROPN' && t.pos !== 'PART' && !BODY_WORDS.has(t.normal));
  return ownOffice || namesCentral(title, central);
}

/**
 * Does an agent phrase right before a name, in apposition, make them an agent of the central
 * actor ("Hale's spokesman, Tyler Ash, said", "Larkspur's UK managing director, Simon Threlfall,
 * said", "Halcyon's controller of entertainment, Nick Hadley, said", "a spokesman for Hale,
 * Tyler Ash, said")? Any office the actor's possessive owns is theirs, unless it names a side
 * ("Hale's fiercest critic") or a past ("Hale's former chairman").
 */
function agentAppositionNamesCentral(span: SentenceSpan, nameStart: number, central: Central): boolean {
  const { tokens } = span;
  if (tokens[nameStart - 1]?.value !== ',') return false;
  // an apposition closes with a comma or the sentence's end; "Sessions' omissions, PFAW notes" is none
  const closing = tokens[Math.max(nameEnd(tokens, nameStart), nameStart) + 1];
  if (closing && closing.pos !== 'PUNCT') return false;
  const last = nameStart - 2;
  let mark = last;
  while (mark > 0 && last - mark <= AGENT_TITLE_REACH && inOffice(tokens[mark]!)) mark--;
  const possessive = POSSESSIVE_MARKS.has(tokens[mark]?.normal ?? '');
  // ... or, with no possessive, an agent's or a leader's title whose words name the actor
  // ("White House spokesman, Sean Spicer,", "The council leader, Brian Tait,")
  if (mark < last && (possessive || isAgentTitle(tokens[last]!) || LEADER_TITLES.has(tokens[last]!.normal))) {
    const office = tokens.slice(mark + 1, last + 1);
    const sided = span.cues.some((c) => c.name in SIDE_OF_HOLDER && c.first > mark && c.last <= last);
    // (an office in capitals is tagged as a name: "Queensland's Local Government Minister, Andrew Fraser,")
    const titled = office.some((t) => t.pos === 'NOUN') || (possessive && LEADER_TITLES.has(office.at(-1)!.normal));
    if (sided || office.some((t) => FORMER.has(t.normal)) || !titled) return false;
    if (!possessive) return namesCentral(office.slice(0, -1), central);
    // ("St Vincent's Prime Minister, Dr Ralph Gonsalves," where the actor is "the government",
    // named by no place of its own: a place's head of government is its own)
    const placeHead = tokens[mark - 1]?.pos === 'PROPN' && HEADS_OF_GOVERNMENT.has(office.at(-1)!.normal);
    return ownerNamesCentral(tokens, mark, central) || (central.names.size === 0 && placeHead && namesCentral(office, central));
  }
  // "a spokesman for Hale": the body after the agent's "for"
  const from = titleStart(tokens, last + 1, AGENT_TITLE_REACH, (t) => t.pos === 'PROPN' || t.pos === 'DET' || POSSESSIVE_MARKS.has(t.normal));
  return from <= last && AFFILIATIONS.has(tokens[from - 1]?.normal ?? '') && AGENTS.has(tokens[from - 2]?.normal ?? '') && namesCentral(tokens.slice(from, last + 1), central);
}

/** Who heads a government: "St Vincent's Prime Minister", "Kenya's President". */
const HEADS_OF_GOVERNMENT: ReadonlySet<string> = new Set(['minister', 'president', 'premier']);

/** A word of an office's name: "UK managing director", "controller of entertainment". */
const inOffice = (t: Token): boolean => TITLE_MODIFIERS.has(t.pos) || t.normal === 'of' || (t.pos === 'VERB' && t.normal.endsWith('ing'));

/** The surname of a name in apposition right after token `at` ("its director, Mia Holt"), if one stands there. */
function nameAfter(tokens: readonly Token[], at: number): string | undefined {
  const last = tokens[at + 1]?.value === ',' ? nameEnd(tokens, at + 2) : -1;
  return last < 0 ? undefined : tokens[last]!.normal;
}

/** Is a side word owned by a name other than the actor's ("Mr Flight's supporters", "Man Utd supporters")? */
function heldForOther(tokens: readonly Token[], first: number, central: Central): boolean {
  let owner = first - 1;
  if (POSSESSIVE_MARKS.has(tokens[owner]?.normal ?? '')) owner--;
  const name = tokens[owner];
  return name?.pos === 'PROPN' && !central.names.has(name.normal);
}

/** The kinds of body an office belongs to that the article may have named before: "the charity", "the union". */
const BODY_KINDS: ReadonlySet<string> = new Set([...BODY_WORDS, 'charity', 'company', 'firm']);

/**
 * Each kind of body the article names exactly one of, to that body's key: "landscape charity
 * the John Muir Trust", "the GMB union", "the Harwick Swimmers Association" (its name's last word).
 */
function namedBodies(spans: readonly SentenceSpan[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  const add = (kind: string, key: string): void => {
    if (!found.has(kind)) found.set(kind, new Set());
    found.get(kind)!.add(key);
  };
  const isKind = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'NOUN' && BODY_KINDS.has(t.normal) && !/^[A-Z]/.test(t.value);
  for (const { tokens } of spans) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.pos !== 'PROPN' || tokens[i - 1]?.pos === 'PROPN') continue;
      let end = i;
      while (tokens[end + 1]?.pos === 'PROPN' || (tokens[end + 1]?.normal === 'of' && tokens[end + 2]?.pos === 'PROPN')) end++;
      const key = tokens[end]!.normal;
      const before = tokens[i - 1]?.pos === 'DET' ? tokens[i - 2] : tokens[i - 1];
      for (const k of [before, tokens[end + 1]]) if (isKind(k)) add(k.normal, key);
      if (end > i && BODY_KINDS.has(key)) add(key, key);
      i = end;
    }
  }
  return new Map([...found].filter(([, keys]) => keys.size === 1).map(([kind, keys]) => [kind, [...keys][0]!]));
}

/**
 * "Patient groups have embraced the change. '...,' said Marisol Trevino, president of the Breathe
 * Equal Alliance.": one introduced by an office, quoted in the paragraph right after a group took a
 * side, speaks for that group (as a spokesperson speaks for whom they serve, LABELS.md).
 */
function illustratesGroup(spans: readonly SentenceSpan[], speakers: readonly Attribution[], i: number, voice: Voice, paragraphStarts: readonly boolean[]): boolean {
  const group = speakers[i - 1]?.voice;
  // (introduced by an apposition: "said Marisol Trevino, president of ...")
  const described = voice.aside !== undefined || spans[i]!.tokens[voice.holderTokens[1] + 1]?.value === ',';
  if (paragraphStarts[i] || !group || !group.verbSide || !voice.named || !described) return false;
  return namesMany(holderTokens(spans[i - 1]!, group)) && !PRONOUNS.has(group.holder);
}

/** How a body is keyed when it speaks itself: its last name, else its words ("the union"). */
function bodyKey(body: readonly Token[]): string {
  const name = body.filter((t) => t.pos === 'PROPN' && !POSSESSIVE_MARKS.has(t.normal)).at(-1);
  return name ? name.normal : body.map((t) => t.value).join(' ').toLowerCase();
}
const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'PROPN', 'PART', 'VERB']);

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * A named person given an office but no organisation ("managing director Ann Cole said",
 * "said chief executive Ann Cole"): they speak for the body quoted just before.
 */
function unaffiliatedOfficer(span: SentenceSpan, voice: Voice): boolean {
  if (!voice.named) return false;
  const { tokens } = span;
  // "Mira Dahl, chief executive, wrote": an office between commas, with no body named in it
  if (voice.aside) {
    const aside = tokens.slice(voice.aside[0], voice.aside[1] + 1);
    // "Lord Ashby, a former minister," held an office once and speaks for no one now, and "Tom
    // Reyes, a governor," is one of many, an office of no body named before ("Ann Cole, a
    // spokeswoman," speaks for one all the same)
    const oneOfMany = INDEFINITE.has(aside[0]?.normal ?? '') && !aside.some((t) => AGENTS.has(t.normal));
    return bareOffice(aside) && !oneOfMany && !aside.some((t) => t.pos === 'PROPN' || t.pos === 'PART' || FORMER.has(t.normal));
  }
  const [first, last] = voice.holderTokens;
  const after = tokens[last + 1];
  if (after && (AFFILIATIONS.has(after.normal) || after.value === ',')) return false;
  // the office is the noun just before the person's name, inside the holder or before it;
  // "chief constable" is a rank, not an office of a body
  let name = last;
  while (name > first && tokens[name - 1]!.pos === 'PROPN' && !ORGANISATION_OFFICES.has(tokens[name - 1]!.normal)) name--;
  if (!ORGANISATION_OFFICES.has(tokens[name - 1]?.normal ?? '')) return false;
  // "Library users' spokeswoman Jenny Cole": a possessive gives the office its owner
  if (POSSESSIVE_MARKS.has(tokens[name - 2]?.normal ?? '')) return false;
  // a name or a body earlier in the same noun phrase ties the office elsewhere ("Eli Lilly's chief
  // medical officer", "residents' group chair Ann Lee", "Council policy and planning manager",
  // "Health board chief executive Steve Moore", "village spokesman Cornelius Lina", "traders'
  // spokesman");
  // a capital opening the sentence proves nothing
  const owner = (t: Token): boolean => BODY_WORDS.has(t.normal) || COMMUNITIES.has(t.normal) || LAY_PEOPLE.has(t.normal) || institutionOf(t.normal);
  for (let k = name - 2; k >= 0 && (NOUN_PHRASE.has(tokens[k]!.pos) || tokens[k]!.normal === 'and'); k--) if ((k > 0 && tokens[k]!.pos === 'PROPN') || owner(tokens[k]!)) return false;
  return true;
}

function subjectTokens(span: SentenceSpan, clause: Clause): Token[] {
  const end = clause.verb > clause.first ? clause.verb - 1 : -1;
  return span.tokens.slice(clause.first, end + 1);
}

/** Prepositions before a place, not a person ("in New York", "from Boston"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'across', 'near', 'outside', 'inside', 'throughout']);

/**
 * The last person named before token `at` of a sentence: a run of proper nouns that is a full
 * name ("Suella Braverman") or follows a personal title ("Ms Okafor"), neither a body ("City
 * Council") nor a place after "in" or "from", and outside a quotation mark.
 */
function personBefore(span: SentenceSpan, at: number, inside: readonly boolean[]): [number, number] | undefined {
  const { tokens } = span;
  for (let end = at - 1; end >= 0; end--) {
    if (tokens[end]!.pos !== 'PROPN' || inside[end]) continue;
    let from = end;
    while (from > 0 && tokens[from - 1]!.pos === 'PROPN') from--;
    const run = tokens.slice(from, end + 1);
    const titled = run.some((t) => PERSONAL_TITLES.has(t.normal));
    const body = isBodyWord(run.at(-1)!.normal);
    const place = PLACE_PREPOSITIONS.has(tokens[from - 1]?.normal ?? '');
    if (!body && !place && (titled || run.length >= 2)) return [from, end];
    end = from;
  }
  return undefined;
}

/** A proper-noun subject heads a sentence's main clause: the person a later "he" may mean. */
function namedSubject(subject: readonly Token[], isCentral: boolean): string | undefined {
  if (isCentral) return 'central';
  // "Dan Quisenberry, president of the Michigan Association ...": the name before the
  // apposition is the person, not the body named inside it
  const comma = subject.findIndex((t) => t.value === ',');
  const head = comma > 0 && subject[comma - 1]!.pos === 'PROPN' ? subject.slice(0, comma) : subject;
  if (headsGroup(head)) return undefined;
  return head.filter((t) => t.pos === 'PROPN').at(-1)?.normal;
}

/**
 * "International energy experts worry ...", "Labour will not hold ...", "Anti-spam firms
 * report ...": a plural, a party or a body heads the phrase, whatever capitalised word
 * describes it; no "he" or "she" means them.
 */
function headsGroup(phrase: readonly Token[]): boolean {
  const last = phrase.at(-1);
  return last !== undefined && (namesMany([last]) || isBodyWord(last.normal));
}

/** A word of a title written before a name ("Deputy Home Minister", "Council Chief Executive"). */
const isTitleWord = (word: string): boolean => isOfficeWord(word) || OFFICE_RANKS.has(word);
/** A word that names a body: "union", "company", "council". */
const isBodyWord = (word: string): boolean => BODY_WORDS.has(word) || ORGANISATION_NOUNS.has(word) || institutionOf(word);

/**
 * "The committee found ... It warned ...": a body heading a main clause ("the committee", "the
 * WSA") is what an "it" in the next sentence means, by the key it would have as a speaker.
 */
function bodySubject(subject: readonly Token[], isCentral: boolean): string | undefined {
  const head = subject.at(-1);
  // ("The Karnataka Electricity Regulatory Commission (KERC) has approved ...": the actor however long its name)
  if (isCentral && subject[0]?.normal === 'the') return 'central';
  if (subject[0]?.normal !== 'the' || !head || subject.length > 5) return undefined;
  const rest = subject.slice(1);
  if (rest.every((t) => t.pos === 'PROPN')) return head.normal;
  return isBodyWord(head.normal) && head.pos === 'NOUN' && rest.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ') ? subject.map((t) => t.normal).join(' ') : undefined;
}

/** What may stand between a comma and the side word of a description ("Ann Cole, a fierce critic"). */
const DESCRIBING_POS = new Set(['DET', 'ADJ', 'PRON', 'ADV']);
/** How far a side word may stand from the name it describes ("his main challenger, former governor Ann Cole"). */
const DESCRIPTION_REACH = 8;

/**
 * People the article describes by a side wherever they are introduced ("his main challenger,
 * Ann Cole", "Ann Cole, a critic of the plan"): surname -> side, for all of their words.
 */
export function describedSides(spans: SentenceSpan[]): Map<string, Exclude<Side, null>> {
  const sides = new Map<string, Exclude<Side, null>>();
  for (const { tokens, cues } of spans) {
    for (const cue of cues) {
      const side = SIDE_OF_HOLDER[cue.name];
      if (!side) continue;
      // forward: the side word heads the description the name follows ... unless a preposition
      // governs it and a comma closes it: "Responding to the opposition, Prime Minister Ann Cole
      // said" ("one of his critics, Ann Cole" and "by shadow minister Ann Cole" describe her)
      let governor = cue.first - 1;
      while (governor > 0 && DESCRIBING_POS.has(tokens[governor]!.pos)) governor--;
      const answered = tokens[governor]?.pos === 'ADP' && tokens[governor]!.normal !== 'of' && tokens[cue.last + 1]?.value === ',';
      let i = answered ? tokens.length : cue.last + 1;
      while (i < tokens.length && i <= cue.last + DESCRIPTION_REACH && tokens[i]!.pos !== 'PROPN' && !['VERB', 'AUX'].includes(tokens[i]!.pos)) i++;
      if (tokens[i]?.pos === 'PROPN' && (tokens[cue.last + 1]?.value === ',' || tokens[cue.last + 1]?.pos === 'PROPN' || i - cue.last <= 2)) {
        while (tokens[i + 1]?.pos === 'PROPN') i++;
        if (!sides.has(tokens[i]!.normal)) sides.set(tokens[i]!.normal, side);
        continue;
      }
      // backward: "Ann Cole, a critic of the plan," (not "Sarn, whose critics say")
      let at = cue.first - 1;
      while (at > 0 && at >= cue.first - 3 && DESCRIBING_POS.has(tokens[at]!.pos) && tokens[at]!.normal !== 'whose') at--;
      if (tokens[at]?.value === ',' && tokens[at - 1]?.pos === 'PROPN' && !sides.has(tokens[at - 1]!.normal)) sides.set(tokens[at - 1]!.normal, side);
    }
  }
  // a view named with its holders in the lede, where it is a view of the story's subject:
  // "approved despite objections from residents" (later, "an avalanche of approval from
  // residents" may approve of anything: the council's refusal of the plan)
  const { tokens, cues } = spans[0] ?? { tokens: [], cues: [] };
  for (const cue of cues) {
    const side = SIDE_OF_VIEW_NOUN[cue.name];
    if (!side) continue;
    let at = VIEW_HOLDER_PREPOSITIONS.has(tokens[cue.last]!.normal) ? cue.last : cue.last + 1;
    if (!VIEW_HOLDER_PREPOSITIONS.has(tokens[at]?.normal ?? '')) continue;
    at++;
    while (tokens[at] && DESCRIBING_POS.has(tokens[at]!.pos)) at++;
    let end = at;
    while (tokens[end + 1] && tokens[end + 1]!.pos === tokens[at]?.pos) end++;
    const holder = tokens[end];
    if (holder && (holder.pos === 'NOUN' || holder.pos === 'PROPN') && !sides.has(holder.normal)) sides.set(holder.normal, side);
  }
  return sides;
}

/** A speaker that is a body, not a person: the actor, a group noun, or a name ending in a body word. */
function isBody(speaker: Attribution): boolean {
  if (speaker.key === 'central') return true;
  const voice = speaker.voice;
  if (!voice) return false;
  if (!voice.named) return true;
  return isBodyWord(voice.holder.toLowerCase().split(/\s+/).at(-1) ?? '');
}

/** A holder that is many people: a plural noun ("analysts at Northgate Capital", "residents") or a party. */
function namesMany(holder: readonly Token[]): boolean {
  const plural = (t: Token): boolean => t.normal.endsWith('s') && (t.pos === 'NOUN' ? t.lemma !== t.normal : LAY_PEOPLE.has(t.normal));
  return holder.some((t) => plural(t) || PARTY_WORDS.has(t.normal));
}

/** Words a definite description of a person never ends in: offices, groups, bodies, records. */
const NOT_DESCRIPTIONS: ReadonlySet<string> = new Set([...LEADER_TITLES, ...ORGANISATION_OFFICES, ...AGENTS, ...EXPERT_TITLES, ...LAY_PEOPLE, ...BODY_WORDS, ...ORGANISATION_NOUNS, ...CITED_RECORDS, ...OUTLET_WORDS]);

/**
 * "The former hedge fund manager who was elected as mayor in 2019 said", "the attacking
 * midfielder said": a definite description of a person with no name, body or group in it is the
 * person named just before, as "he" is.
 */
function describesPersonBefore(holder: readonly Token[]): boolean {
  if (holder[0]?.normal !== 'the' || holder.some((t) => t.pos === 'PROPN')) return false;
  const relative = holder.findIndex((t) => t.normal === 'who');
  const words = holder.slice(1, relative < 0 ? undefined : relative);
  const head = words.at(-1);
  if (!head || words.some((t) => isBodyWord(t.normal))) return false;
  // a person described, not a firm's or an office's name: "former" or a quality before the head
  // ("the former hedge fund manager", "the attacking midfielder"); a noun alone makes a trade
  // ("the airport operator"), and an office alone is the office ("the manager said")
  const modifiers = words.slice(0, -1);
  if (modifiers.some((t) => FORMER.has(t.normal))) return head.pos === 'NOUN';
  if (NOT_DESCRIPTIONS.has(head.normal) || !modifiers.some((t) => t.pos === 'ADJ' || t.pos === 'VERB')) return false;
  return head.pos === 'NOUN' && head.lemma === head.normal && PEOPLE_ENDINGS.test(head.normal);
}

/**
 * "A spokesman said", "the spokeswoman added" (`words` SPOKESPEOPLE), "A statement issued today
 * said" (STATEMENT_NOUNS): a spokesperson or a statement with no body named, before or after
 * ("a spokesman for the council").
 */
function bareHolder(tokens: readonly Token[], voice: Voice, words: ReadonlySet<string>): boolean {
  const [first, last] = voice.holderTokens;
  const determined = INDEFINITE.has(tokens[first]!.normal) || tokens[first]!.normal === 'the';
  return last === first + 1 && determined && words.has(tokens[last]!.normal) && !AFFILIATIONS.has(tokens[last + 1]?.normal ?? '');
}

/** Is the named holder of this sentence described by "which", as a thing or a body is ("Harrowmere Water, which serves 1.1 million customers, said")? */
function describedAsThing(span: SentenceSpan, speaker: Attribution): boolean {
  const end = speaker.voice?.named ? speaker.voice.holderTokens[1] : -1;
  return end >= 0 && span.tokens[end + 1]?.value === ',' && span.tokens[end + 2]?.normal === 'which';
}

/** "his spokesman", "her lawyers", "his transition team": someone who speaks for a person named before. */
function speaksForPerson(holder: readonly Token[]): boolean {
  return PERSONAL_POSSESSIVES.has(holder[0]?.normal ?? '') && AGENTS.has(holder.at(-1)?.normal ?? '');
}

/** How far before a named holder their title may stand ("Prof", "health economist"). */
const TITLE_REACH = 3;

/** How many words an apposition after a name may run ("principal security consultant at Cisco"). */
const APPOSITION_REACH = 12;

/** The words after the comma at `comma`, up to the next punctuation mark, if they are few enough to describe someone. */
function appositionAfter(tokens: readonly Token[], comma: number): Token[] {
  const words: Token[] = [];
  for (let k = comma + 1; k < tokens.length && tokens[k]!.pos !== 'PUNCT'; k++) {
    if (words.length === APPOSITION_REACH) return [];
    words.push(tokens[k]!);
  }
  return words;
}

/** Is the holder introduced as an expert, by title, in the holder or in an aside? */
function describesExpert(span: SentenceSpan, voice: Voice): boolean {
  const [first, last] = voice.holderTokens;
  // `"... better than any consultant," he said`: a title stands right before the name, never
  // across a quotation mark, a comma or the verb
  const from = titleStart(span.tokens, first, TITLE_REACH, (t, k) => t.pos !== 'PUNCT' && k !== voice.verbIndex);
  const words = span.tokens.slice(from, last + 1);
  if (voice.aside) words.push(...span.tokens.slice(voice.aside[0], voice.aside[1] + 1));
  // "..., said Paul King, principal security consultant at Cisco": an apposition after a name
  // that follows its verb, up to the next punctuation mark
  else if (voice.verbIndex < first && span.tokens[last + 1]?.value === ',') words.push(...appositionAfter(span.tokens, last + 1));
  // "a senior fellow at ..." is an expert; "a fellow councillor" is not; "the BBC's Paul
  // Reynolds" is a news organisation's own correspondent
  return words.some(
    (t, k) => (EXPERT_TITLES.has(t.normal) && !(t.normal === 'fellow' && words[k + 1]?.pos === 'NOUN')) || (OUTLET_WORDS.has(t.normal) && POSSESSIVE_MARKS.has(words[k + 1]?.normal ?? '')),
  );
}

/** Words that may qualify a title before a name ("Tory leader", "shadow home secretary"). */
const TITLE_MODIFIERS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * People the article introduces by a title right before their name ("Tory leader Michael
 * Howard", "coach Jacques Santini", "Labour Minister Bandaru Dattatreya"): title noun -> the
 * words before it and the person's key,
 * so that "the Tory leader said" later is the same speaker.
 */
function titledPeople(spans: SentenceSpan[]): Map<string, Array<{ words: Set<string>; key: string; at: number }>> {
  const titled = new Map<string, Array<{ words: Set<string>; key: string; at: number }>>();
  spans.forEach(({ tokens }, at) => {
    tokens.forEach((t, i) => {
      // the office may be written as part of the name ("Health Minister Sussan Ley", "President Cyril Ramaphosa")
      // ... as may a personal title ("Senator Ann Cole", "Judge Tom Reyes": "the senator", "the judge")
      const office = t.pos === 'NOUN' || (t.pos === 'PROPN' && (LEADER_TITLES.has(t.normal) || PERSONAL_TITLES.has(t.normal)));
      if (!office || tokens[i + 1]?.pos !== 'PROPN') return;
      let j = i + 1;
      while (tokens[j + 1]?.pos === 'PROPN') j++;
      // a lower-case word the tagger calls a name is no one's name ("the minister said" mis-tagged)
      if (j === i + 1 && !/^[A-Z]/.test(tokens[j]!.value)) return;
      const words = new Set(tokens.slice(titleStart(tokens, i, TITLE_REACH, (w) => TITLE_MODIFIERS.has(w.pos)), i).map((w) => w.normal));
      const list = titled.get(t.normal) ?? [];
      list.push({ words, key: tokens[j]!.normal, at });
      titled.set(t.normal, list);
    });
  });
  return titled;
}

/**
 * The one person "the Tory leader" names, if the article introduced exactly one so; or, where it
 * introduced several, exactly one so by sentence `at` ("Senator Ann Cole asked ... The senator
 * stressed ...", before a second senator is named).
 */
function titledKey(tokens: Token[], titled: ReturnType<typeof titledPeople>, at: number): string | undefined {
  const head = tokens.at(-1);
  // "the minister", not "a minister": only a definite mention names someone introduced
  if (!head || head.pos !== 'NOUN' || tokens[0]?.normal !== 'the' || tokens.length > 5) return undefined;
  const words = tokens.slice(1, -1).map((t) => t.normal);
  // every word of the mention is in the introduction, and a word that makes it another office
  // ("shadow chancellor Oliver Letwin") is in the mention too
  const same = (p: { words: Set<string> }): boolean => words.every((w) => p.words.has(w)) && [...p.words].every((w) => !OTHER_OFFICE.has(w) || words.includes(w));
  const introduced = (titled.get(head.normal) ?? []).filter(same);
  const keys = new Set(introduced.map((p) => p.key));
  if (keys.size === 1) return [...keys][0];
  const before = new Set(introduced.filter((p) => p.at <= at).map((p) => p.key));
  return before.size === 1 ? [...before][0] : undefined;
}

const NO_PLACES: ReadonlySet<string> = new Set();

/**
 * "According to" a person or a body; "according to the affidavit", "the Financial Times" or
 * "Treasury figures" is a source, not a voice.
 */
function someoneAccording(span: SentenceSpan, clause: Clause, inside: readonly boolean[]): Voice | undefined {
  const voice = findAccordingVoice(span.tokens, span.cues, clause, inside);
  if (!voice || (!PRONOUNS.has(voice.holder) && !isVoice(voice.holder, NO_PLACES))) return undefined;
  // ("according to Department for Transport figures", "the Office for National Statistics")
  for (let k = voice.holderTokens[0]; k < span.tokens.length && span.tokens[k]!.pos !== 'PUNCT'; k++) if (CITED_RECORDS.has(span.tokens[k]!.normal)) return undefined;
  return voice;
}

const OBJECT_OPENERS = new Set(['DET', 'PRON', 'ADJ', 'PROPN', 'PART', 'NUM']);

/**
 * Does a supporting verb back what the challengers do or ask ("backing the workers action",
 * "stood by Earley's request"), or a group the title puts with the critics? Then its holder
 * takes the critics' side.
 */
function backsChallenge(tokens: readonly Token[], voice: Voice, central: Central): boolean {
  let j = voice.verbIndex + voice.verb.split(' ').length;
  // ("joined the protest in support of the vendors": the noun's "of" leads to what it backs)
  while (tokens[j] && (OBJECT_OPENERS.has(tokens[j]!.pos) || (tokens[j]!.normal === 'of' && j === voice.verbIndex + 1))) j++;
  let head: Token | undefined;
  // ("the workers' strike": a possessive mark inside the noun run)
  for (; tokens[j]?.pos === 'NOUN' || POSSESSIVE_MARKS.has(tokens[j]?.value ?? ''); j++) if (tokens[j]!.pos === 'NOUN') head = tokens[j];
  return head !== undefined && ((challengeNouns.has(head.lemma) && !challengesItself(central)) || central.sides.get(head.normal) === 'critic');
}

/** Is the actor a body that strikes or protests itself ("COTU says strike still on", "Trade Unions" its name)? */
function challengesItself(central: Central): boolean {
  if ([...central.roles].some((role) => CHALLENGERS.has(role))) return true;
  return [...central.names].some((name) => CHALLENGERS.has(central.candidates.get(name)?.words.at(-1) ?? ''));
}

/** How many words a group's noun phrase may take to be what "they" points back to ("About 200 people"). */
const GROUP_REACH = 5;

/** The plural group a main clause's subject names ("About 200 people"), as its key, if it names one. */
function groupSubject(span: SentenceSpan, clause: Clause, isCentral: boolean): string | undefined {
  const group = subjectTokens(span, clause);
  // ("The traders have vowed": the auxiliary is no part of the group)
  while (group.at(-1)?.pos === 'AUX' || group.at(-1)?.pos === 'ADV') group.pop();
  const head = group.at(-1);
  // ("Protestors targeted ...": the tagger takes an unfamiliar plural opening a sentence for a name)
  const people = head?.pos === 'NOUN' ? namesMany([head]) : head?.pos === 'PROPN' && CHALLENGERS.has(head.normal) && head.normal.endsWith('s');
  if (!head || !people || group.length > GROUP_REACH) return undefined;
  return isCentral ? 'central' : group.map((t) => t.normal).join(' ');
}

/**
 * "The traders have vowed to stay put ... They accused the county of ...": the group the
 * sentence before was about, when nobody spoke in it, is who "they" are.
 */
function groupBefore(spans: readonly SentenceSpan[], speakers: readonly Attribution[], i: number): string | undefined {
  const previous = speakers[i - 1];
  return !previous || previous.voice ? undefined : groupSubject(spans[i - 1]!, previous.clause, previous.subjectIsCentral);
}

/** Find the speaker of every sentence of an article, in order. */
export function attribute(spans: SentenceSpan[], central: Central): Attribution[] {
  // a paragraph is a block of the text ("spring.  We are ...": two spaces are no paragraph break)
  const paragraphStarts = spans.map((s, i) => i > 0 && s.opensBlock === true);
  const marks = markQuotes(spans.map((s) => s.tokens), paragraphStarts);
  const own = spans.map((span, i) => {
    const clause = findMainClause(span.tokens, span.cues);
    const inside = marks[i]!.inside;
    // "32% said ...": those a poll asked are no speaker
    const polled = pollShare(span.tokens, span.cues, clause) !== undefined;
    const found = polled ? undefined : findVoice(span.tokens, span.cues, clause, inside) ?? findPassiveVoice(span.tokens, span.cues, clause, inside) ?? someoneAccording(span, clause, inside) ?? findRelativeVoice(span.tokens, span.cues, clause, inside);
    // "..., AP said", "the Washington Post reported that ...": the outlet relays the story, it takes no side
    const voice = found && isOutlet(found.holder) ? undefined : found && found.verbSide === 'supporter' && backsChallenge(span.tokens, found, central) ? { ...found, verbSide: 'critic' as const } : found;
    return { clause, voice };
  });

  const speakers: Attribution[] = [];
  const titled = titledPeople(spans);
  const bodies = namedBodies(spans);
  const names = new Map<string, string>();
  /** People who speak for a body named before them ("its director, Ann Cole"): person -> body. */
  const members = new Map<string, string>();
  let lastPerson: { key: string; at: number } | undefined;
  let lastBody: { key: string; at: number } | undefined;
  spans.forEach((span, i) => {
    const { clause } = own[i]!;
    let voice = own[i]!.voice;
    const quoted = marks[i]!.quoted;
    let key: string | undefined;
    let view: [number, number] = voice?.view ?? [clause.first, clause.last];
    if (voice) {
      const spokenFor = bodySpokenFor(span.tokens, voice);
      key = keyOf(span, voice, central, bodies, spokenFor);
      if (key !== 'central') {
        // "the Tory leader said" reads as "Tory" before a singular noun: take the noun along
        let [from, to] = voice.holderTokens;
        while (span.tokens[to + 1]?.pos === 'NOUN') to++;
        if (span.tokens[from - 1]?.pos === 'DET') from--;
        const titledAs = titledKey(span.tokens.slice(from, to + 1), titled, i);
        if (titledAs) key = central.names.has(titledAs) ? 'central' : titledAs;
      }
      // "said Ines Calder, the commission's chair" ... "Calder said": once tied to the actor, always
      const nameWords = holderTokens(span, voice).filter((t) => t.pos === 'PROPN' && !PERSONAL_TITLES.has(t.normal));
      const surname = nameWords.at(-1)?.normal;
      if (key === 'central' && surname && (voice.aside || voice.named)) {
        members.set(surname, 'central');
        // ... by any word of a person's name, as names that put the family name first are
        // written ("Datuk Ng Suee Lim" ... "Ng also said"); a body's words are other bodies' too
        // ("Deputy Home Minister Chor Chee Heung" ... "Chor told reporters": the title written in
        // capitals before the name is no part of it)
        let nameFrom = nameWords.length;
        while (nameFrom > 0 && !isTitleWord(nameWords[nameFrom - 1]!.normal)) nameFrom--;
        const personal = nameWords.slice(nameFrom);
        const person = !personal.some((t) => isBodyWord(t.normal));
        for (const t of person ? personal : []) if (!members.has(t.normal)) members.set(t.normal, 'central');
      }
      // ... and "the union's Ann Lee" ... "Ms Lee said", or "Dan Ray, president of the
      // Hill Association" ... "Ray said": they speak for the body throughout
      else if (surname && voice.named && key !== surname && (spokenFor || voice.aside)) members.set(surname, key);
      key = members.get(key) ?? key;
      // "Trustee Stacey Cody apologised as she told parents the news": a "she" opening a clause
      // under the main verb, not an attribution closing what the main verb said, is the main
      // clause's named subject
      const [pronoun] = voice.holderTokens;
      const under = clause.verb >= 0 && pronoun > clause.verb && voice.view[0] > clause.verb && span.tokens[pronoun - 1]?.pos === 'SCONJ' && !quoted;
      const mainSubject = PERSONAL.has(voice.holder) && under ? namedSubject(subjectTokens(span, clause), false) : undefined;
      // ("Protestors targeted the palace, which they blamed for ...": a "they" after the main verb
      // is the group its own sentence is about, a side of its own even where a word of it names
      // the actor: "Rail unions ..., which they say" in a story about a rail operator)
      const groupHere = voice.holder === 'they' && clause.verb >= 0 && pronoun > clause.verb ? groupSubject(span, clause, false) : undefined;
      const group = voice.holder === 'they' ? groupHere ?? groupBefore(spans, speakers, i) : undefined;
      const inReach = lastPerson !== undefined && i - lastPerson.at <= PRONOUN_REACH;
      // "Sunak has been urged to sack Suella Braverman after she accused ...": with no one named
      // within reach before, a "she" means the person named last before her in her own sentence
      const namedBefore = PERSONAL.has(voice.holder) && !inReach && !mainSubject ? personBefore(span, pronoun, marks[i]!.inside) : undefined;
      if (mainSubject) key = members.get(mainSubject) ?? mainSubject;
      else if (namedBefore) {
        const byName: Voice = { ...voice, holder: valueOf(span.tokens, namedBefore[0], namedBefore[1]), named: true, holderTokens: namedBefore, aside: undefined };
        key = keyOf(span, byName, central, bodies);
        key = members.get(key) ?? key;
      } else if ((PERSONAL.has(voice.holder) || describesPersonBefore(holderTokens(span, voice))) && inReach) key = lastPerson!.key;
      // "His spokesman said", "her lawyer said": they speak for the person named just before
      else if (speaksForPerson(holderTokens(span, voice)) && inReach) key = lastPerson!.key;
      // "TSB told the Guardian ... A spokesman said": a spokesman of no body named speaks for the
      // one who spoke just before (a body, or a person by name: never "he", whose spokesman is "his")
      else if (bareHolder(span.tokens, voice, SPOKESPEOPLE) && speakers[i - 1]?.key && speakers[i - 1]!.voice && !PERSONAL.has(speakers[i - 1]!.voice!.holder)) key = speakers[i - 1]!.key!;
      // "The council told the Independent ... A statement issued today said": a statement of no
      // issuer named is that of the actor or the named body heard just before (a person's or a
      // group's may be anyone's)
      else if (bareHolder(span.tokens, voice, STATEMENT_NOUNS) && speakers[i - 1]?.key && (speakers[i - 1]!.key === 'central' || (speakers[i - 1]!.voice?.named && isBody(speakers[i - 1]!)))) key = speakers[i - 1]!.key!;
      // "It said it would not appeal": the body quoted just before, never a person
      else if (voice.holder === 'it' && speakers[i - 1]?.key && (isBody(speakers[i - 1]!) || describedAsThing(spans[i - 1]!, speakers[i - 1]!))) key = speakers[i - 1]!.key!;
      // ... or the body the sentence before was about ("The board found ... It said ...")
      else if (voice.holder === 'it' && lastBody?.at === i - 1) key = lastBody.key;
      // "The traders have vowed ... They accused ...": the group the sentence before was about
      else if (group) key = group;
      // "They said the plan ...": the group or body that spoke last, within reach
      else if (voice.holder === 'they' || voice.holder === 'we') {
        for (let j = i - 1; j >= Math.max(0, i - PRONOUN_REACH); j--) {
          const before = speakers[j]!;
          if (!before.key || !before.voice || PRONOUNS.has(before.voice.holder)) continue;
          if (isBody(before) || namesMany(holderTokens(spans[j]!, before.voice))) {
            key = before.key;
            break;
          }
        }
      }
      // "The union rejected the offer. Its general secretary, Ann Cole, said ..." (or '"...,"
      // said its general secretary, Ann Cole'): she speaks for the body named just before,
      // wherever she is quoted again
      const before = speakers[i - 1]?.key;
      const possessed = POSSESSIVE.has(span.tokens[clause.first]?.normal ?? '') || POSSESSIVE.has(span.tokens[voice.holderTokens[0]]?.normal ?? '');
      if (possessed && before && before !== 'central' && before !== key && !PERSONAL.has(voice.holder)) {
        members.set(key, before);
        // ... and so does the name after the office ("its general secretary, Ann Cole")
        const named = nameAfter(span.tokens, voice.holderTokens[1]);
        if (named) members.set(named, before);
        key = before;
      } else if (before && key !== 'central' && before !== key && !members.has(key) && (unaffiliatedOfficer(span, voice) || illustratesGroup(spans, speakers, i, voice, paragraphStarts))) {
        members.set(key, before);
        key = before;
      }
      // "It said fares will be three times more expensive": an "it" with no body to point back to
      // names no one (on the read batches eight of nine such sentences were a fact or a claim)
      if (key === 'it' && voice.holder === 'it') {
        voice = undefined;
        key = undefined;
      }
    } else if (quoted) {
      // a quotation without its own attribution: the attribution further on in the same
      // quotation, or else the speaker of the sentence before
      let j = i;
      while (!own[j]!.voice && marks[j]!.endsOpen && j + 1 < spans.length && marks[j + 1]!.startsQuoted) j++;
      const ahead = own[j]!.voice;
      if (ahead && j !== i) {
        voice = ahead;
        key = keyOf(spans[j]!, ahead, central, bodies);
        // "Keane said" closing the quotation is the Keane already tied to his association
        key = members.get(key) ?? key;
        if (PERSONAL.has(ahead.holder) && lastPerson) key = lastPerson.key;
      } else if (speakers[i - 1]?.voice) {
        voice = speakers[i - 1]!.voice;
        key = speakers[i - 1]!.key;
      } else if (lastPerson?.at === i - 1 && marks[i]!.startsQuoted && !marks[i - 1]!.quoted) {
        // "Another street vendor, Lúcia António, was detained ...", then "“The officers divided up
        // the clothes.": a quotation no sentence attributes, opening right after a sentence
        // whose subject is a person, is that person's
        const before = spans[i - 1]!.tokens;
        const at = before.findIndex((t) => t.normal === lastPerson!.key);
        if (at >= 0) {
          // (no verb says it: the voice has none in this sentence, and its name is in the one before)
          voice = { holder: before[at]!.value, holderSide: null, named: true, holderTokens: [at, at], verb: 'said', verbIndex: -1, verbSide: null, view: [0, span.tokens.length - 1] };
          key = lastPerson.key;
        }
      }
    }
    // quoted speech is the view, wherever its attribution stands
    const inside = marks[i]!.inside;
    if (quoted) view = [0, span.tokens.length - 1];
    // `"...," as Ann Cole said in a statement`: the attribution closes the sentence, the quote is the view
    else if (voice && inside.includes(true) && view[1] - view[0] < ATTRIBUTION_TAIL) view = [inside.indexOf(true), inside.lastIndexOf(true)];
    const holderIsCentral = key === 'central';
    if (key && voice && !PERSONAL.has(voice.holder) && !names.has(key)) names.set(key, voice.holder);
    // the main clause's subject, read once for the speaker and for a later "he" or "it"
    const subjectWords = subjectTokens(span, clause);
    const subjectIsCentral = namesCentral(subjectWords, central);
    const name = key ? (names.get(key) ?? voice?.holder) : undefined;
    const expert = key !== undefined && own[i]!.voice !== undefined && describesExpert(span, own[i]!.voice!);
    speakers.push({ clause, voice, key, name, holderIsCentral, subjectIsCentral, quoted: quoted && voice !== undefined, view, expert });
    // ("Ruth Abernethy, chief executive of the Producers Council, said": the body's voice is hers)
    const apposed = subjectWords[0]?.pos === 'PROPN' && subjectWords.some((t) => t.value === ',');
    const subject = voice?.named && key ? (key !== 'central' && headsGroup(holderTokens(span, voice)) && !apposed ? undefined : key) : namedSubject(subjectWords, subjectIsCentral);
    if (subject) lastPerson = { key: subject, at: i };
    const body = bodySubject(subjectWords, subjectIsCentral);
    if (body) lastBody = { key: body, at: i };
  });
  return speakers;
}

/**
 * What makes the thing defended the story's own ("the decision", "the plans"); "its ruling" may
 * be the speaker's part in another's thing (a regulator that approved a company's price rise).
 */
const OWNING = new Set(['the', 'this']);
/** Words for people and bodies: defending one of them ("defended the minister") backs another. */
const PEOPLE_OR_BODIES: ReadonlySet<string> = new Set([...LAY_PEOPLE, ...AGENTS, ...LEADER_TITLES, ...ORGANISATION_OFFICES, ...EXPERT_TITLES, ...ORGANISATION_NOUNS, ...BODY_WORDS]);

/**
 * Does the verb at `verb` defend the story's thing, not a person ("defended the decision", "have
 * defended the consultation")? LABELS.md: whoever made a thing, defends it or answers for it is the
 * central actor, so its defender's views are claims; defending a person ("defended Sessions")
 * backs them.
 */
function defendsThing(tokens: readonly Token[], verb: number): boolean {
  // ("worked to defend the civil rights of ..." is a purpose, "..., defending his record" an
  // aside, and "his" may be another's: none is the speaker's own defence)
  const at = tokens[verb];
  if (!at || at.normal.endsWith('ing') || tokens[verb - 1]?.normal === 'to') return false;
  if (answeringLemmas.has(at.lemma)) return answersCritics(tokens, verb);
  if (at.lemma !== 'defend' || !OWNING.has(tokens[verb + 1]?.normal ?? '')) return false;
  let head = verb + 2;
  while (['ADJ', 'NOUN'].includes(tokens[head]?.pos ?? '') && tokens[head + 1]?.pos === 'NOUN') head++;
  return tokens[head]?.pos === 'NOUN' && !PEOPLE_OR_BODIES.has(tokens[head]!.normal);
}

const ANSWERED_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'such', 'any']);

/**
 * Does the verb at `verb` answer the critics ("dismissed the concerns", "rejected criticism
 * that ...")? LABELS.md: whoever answers for the story's thing is its actor.
 * Another's word ("the company's claims", "her concerns") is left: answering it may be a side's.
 */
function answersCritics(tokens: readonly Token[], verb: number): boolean {
  let head = verb + 1;
  if (ANSWERED_DETERMINERS.has(tokens[head]?.normal ?? '')) head++;
  while (tokens[head]?.pos === 'ADJ') head++;
  return criticismNouns.has(tokens[head]?.normal ?? '');
}

/** One speaker of the article, with what is known of them across all their sentences. */
export interface Speaker {
  /** "central" for the central actor and those who speak for it; otherwise a surname or a group noun. */
  id: string;
  /** How the speaker is best named: their first full mention, never "he" or "she". */
  name: string;
  /** Every way the article names them, in order, each once. */
  mentions: string[];
  /** The sentences they speak in. */
  sentences: number[];
  /** Their views' stance words and tone, averaged over all their sentences (negative is against). */
  stance: number;
  /** Leaning reporting verbs they speak with ("warned", "welcomed"), counted by side. */
  verbs: { supporter: number; critic: number };
  /** The side a description gives them anywhere: a side word as their holder, in an aside, in the title. */
  described: Side;
  /** Introduced as an expert ("an economist at ...", "Prof ..."). */
  expert: boolean;
  /** A person, rather than a body or a group. */
  person: boolean;
  /**
   * For the central actor: found where a side is not mistaken for it, as an institution or an
   * office (a government, a council, a president) or under a title whose subject answers for
   * itself ("Zentel hits back at regulator"), not by a name counted in the body alone.
   */
  certain?: boolean;
  /** The keys of the names they go by (as candidates.ts keys them), also for the central actor's people. */
  nameKeys: Set<string>;
  /** The words they are introduced with, lower-cased: their names, the title before them and any aside ("town clerk"). */
  titleWords: Set<string>;
  /**
   * Defends a thing as their own ("defended the decision"), or answers for it holding the office
   * that decides where the actor found never speaks: LABELS.md's central actor, whoever was found as it.
   */
  defends?: boolean;
}

/** The register of one article: each sentence's attribution, and each speaker once. */
export interface Register {
  attributions: Attribution[];
  speakers: Map<string, Speaker>;
}

/** Do the places of the voice's holder in `tokens` spell it? */
function namedHere(tokens: readonly Token[], voice: Voice): boolean {
  const [from, to] = voice.holderTokens;
  return to < tokens.length && valueOf(tokens, from, to).toLowerCase() === voice.holder.toLowerCase();
}

/** Gather the speakers of an article; `stanceOf` says how a sentence's view leans. */
export function buildRegister(
  spans: SentenceSpan[],
  central: Central,
  stanceOf: (sentence: number, view: [number, number]) => number,
): Register {
  const attributions = attribute(spans, central);
  const described = describedSides(spans);
  const speakers = new Map<string, Speaker>();
  /** The holders whose description has been read, once each. */
  const describedAs = new Set<string>();
  attributions.forEach((a, i) => {
    if (!a.key) return;
    let speaker = speakers.get(a.key);
    if (!speaker) {
      speaker = {
        id: a.key,
        name: a.name ?? a.key,
        mentions: [],
        sentences: [],
        stance: 0,
        verbs: { supporter: 0, critic: 0 },
        described: central.sides.get(a.key) ?? described.get(a.key) ?? (central.allies.has(a.key) ? 'supporter' : null),
        expert: false,
        person: false,
        nameKeys: new Set(),
        titleWords: new Set(),
        ...(a.key === 'central' ? { certain: central.roles.size > 0 || (central.offices?.length ?? 0) > 0 || central.titleVerb === 'defend' } : {}),
      };
      speakers.set(a.key, speaker);
    }
    speaker.sentences.push(i);
    const voice = a.voice;
    if (voice && !PRONOUNS.has(voice.holder) && !speaker.mentions.includes(voice.holder)) {
      speaker.mentions.push(voice.holder);
      // known by their fullest name: "Tom Reyes" over "Mr Reyes", never "he"
      if (PRONOUNS.has(speaker.name) || voice.holder.length > speaker.name.length) speaker.name = voice.holder;
    }
    // a quotation's speaker may be named in another sentence: the places of their name are that
    // sentence's, so they are described where those places spell it
    if (voice && !PRONOUNS.has(voice.holder) && !describedAs.has(voice.holder) && (!a.quoted || namedHere(spans[i]!.tokens, voice))) {
      describedAs.add(voice.holder);
      // the names they go by, and the body an aside or an "of ..." ties them to ("Hugh Ray, Deutsche
      // Bank's lawyer", "Stuart Hensel of the Economist Intelligence Unit")
      const tokens = spans[i]!.tokens;
      let [from, to] = voice.holderTokens;
      if (AFFILIATIONS.has(tokens[to + 1]?.normal ?? '')) for (to += 2; tokens[to]?.pos === 'DET' || tokens[to]?.pos === 'PROPN' || tokens[to]?.pos === 'PART'; to++);
      const described = [...tokens.slice(from, to + 1), ...(voice.aside ? tokens.slice(voice.aside[0], voice.aside[1] + 1) : [])];
      for (const m of findMentions(described)) speaker.nameKeys.add(m.key);
      // ... and the title written before their name ("Kitwe City Council town clerk Mbulo Seke"),
      // where the sentence is not a quotation
      const title = a.quoted ? [] : [...tokens.slice(titleStart(tokens, from, AGENT_TITLE_REACH, (w) => TITLE_MODIFIERS.has(w.pos)), from), ...apposedTitle(tokens, from)];
      for (const t of [...title, ...described]) speaker.titleWords.add(t.normal);
      // "said Lisa Maxwell with the Broward Principals ... Association" under "Principals upset
      // over ...": one who speaks for a body the title puts on a side takes that side
      speaker.described ??= described.map((t) => (t.pos === 'PROPN' || t.pos === 'NOUN' ? central.sides.get(t.normal) : undefined)).find((side) => side !== undefined) ?? null;
    }
    // "Mr Flight's supporters", "the Man Utd supporters club" back someone else, not the story's subject
    if (voice?.holderSide && !heldForOther(spans[i]!.tokens, voice.holderTokens[0], central)) speaker.described ??= voice.holderSide;
    // a leaning verb counts once, where it is spoken, not again for each quoted sentence after
    if (voice && !a.quoted && voice.verbSide) speaker.verbs[voice.verbSide]++;
    speaker.stance += stanceOf(i, a.view);
    speaker.expert ||= a.expert;
    speaker.person ||= voice?.named === true && !isBody(a);
    if (voice && !voice.relative && !a.quoted && defendsThing(spans[i]!.tokens, voice.verbIndex)) speaker.defends = true;
  });
  for (const speaker of speakers.values()) speaker.stance /= speaker.sentences.length;
  const answering = speakers.has('central') ? undefined : answeringOffice(speakers);
  if (answering) answering.defends = true;
  return { attributions, speakers };
}

/**
 * The words of `offices` a speaker is introduced with ("Interior Minister ...", "town clerk of
 * the council"), or none when those words also put them in a body that contests decisions or out
 * of office ("opposition councillor", "former minister").
 */
export function heldOffices(speaker: Speaker, offices: ReadonlySet<string>): string[] {
  const held: string[] = [];
  for (const w of speaker.titleWords) {
    if (CONTESTING.has(w)) return [];
    if (offices.has(w)) held.push(w);
  }
  return held;
}

/** How often one holding a deciding office must be heard to answer for a story whose actor never speaks. */
const ANSWERING_SENTENCES = 3;

/**
 * LABELS.md: whoever made the story's thing, defends it or answers for it is the central actor.
 * Where the actor found never speaks (a title about "taxi services", a place, a plan), the one
 * who answers for it is the speaker holding the office that decides ("Transport Minister Anthony
 * Loke said ...", "Kitwe City Council town clerk Mbulo Seke said ..."): the one heard most, in
 * three sentences or more, not put on a side by the article, and no member of a body that
 * contests decisions (a union, an opposition party), by the words they are introduced with. On
 * the read batches 0.514 -> 0.519; nine fold seeds 0.6250 -> 0.6280; with the title before the
 * name, batches 0.519 -> 0.522.
 */
function answeringOffice(speakers: ReadonlyMap<string, Speaker>): Speaker | undefined {
  let best: Speaker | undefined;
  for (const s of speakers.values()) {
    if (s.described || s.expert || heldOffices(s, DECIDING_OFFICES).length === 0) continue;
    if (!best || s.sentences.length > best.sentences.length) best = s;
  }
  return best && best.sentences.length >= ANSWERING_SENTENCES ? best : undefined;
}

/**
 * A title set between commas before a name ("Reacting to the protest, the council boss, Mr Victor
 * Ofobrukueta, described ..."): a definite noun phrase that opens the sentence or follows a comma.
 */
function apposedTitle(tokens: readonly Token[], name: number): Token[] {
  if (tokens[name - 1]?.value !== ',') return [];
  const start = titleStart(tokens, name - 1, AGENT_TITLE_REACH, (w) => TITLE_MODIFIERS.has(w.pos));
  const opens = start - 1 === 0 || tokens[start - 2]?.value === ',';
  return start < name - 1 && tokens[start - 1]?.normal === 'the' && opens ? tokens.slice(start, name - 1) : [];
}
