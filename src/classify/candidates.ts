// The names of the story's frame: every name and institution the title and the body mention,
// where the title puts each against its verb (LABELS.md, "Which subject is central"), whether
// the lede names it, and how often the article does.
import type { Token, TokenSpan } from '../nlp/wink.js';
import type { SentenceSpan } from '../segment/sentences.js';
import { findMainClause } from './clause.js';
import { BODY_WORDS, CALENDAR_WORDS, INSTITUTIONS, NOT_ACTORS, PERSONAL_TITLES } from './lexicons/actors.js';
import { roleOf, sideOf } from './lexicons/index.js';
import type { LexiconSide } from './lexicons/lexicon.js';
import { campaignLemmas, catenativeLemmas, defenceLemmas, demandLemmas, demandNouns, disputeLemmas, pressingLemmas, promiseLemmas, protestLemmas, rescueLemmas, stagingLemmas, verdictLemmas } from './lexicons/verbs.js';
import { isPastForm, sideAsWritten } from './grammar.js';
import { sentimentOfTokens } from '../nlp/sentiment.js';

/** One name or institution mentioned somewhere in a list of tokens. */
export interface Mention {
  /** Same key, same actor: the name's last word ("brown" for "Mr Brown" and "Gordon Brown"), or "@" + an institution noun. */
  key: string;
  /** The mention's words, lower case, titles left out. */
  words: string[];
  first: number;
  last: number;
}

export interface Candidate {
  key: string;
  /** The fullest mention's words: what names the actor. */
  words: string[];
  /** Where the title puts it, against its verb ("before-attack", "after-say", "before-colon"), or "absent". */
  title: string;
  /** Where the lede (first sentence) has it: its main clause's subject, elsewhere, or not at all. */
  lede: 'subject' | 'in' | null;
  /** 1 for the most mentioned name of the article, 2 for the next, and so on. */
  mentionRank: number;
}

/** Prefix of an institution's key: it is named by its role ("the council"), not by a name. */
export const INSTITUTION_KEY = '@';

/**
 * Every form of an institution word, as listed, with a plural "s" added or one taken off, to
 * the index of the first group that lists it: asked of most words of every article, so looked
 * up once rather than worked out per word (2.4% of a run in two caches that kept each answer).
 */
const INSTITUTION_FORMS: ReadonlyMap<string, number> = (() => {
  const forms = new Map<string, number>();
  INSTITUTIONS.forEach((set, index) => {
    for (const word of set) {
      for (const form of [word, `${word}s`, word.replace(/s$/, '')]) if (!forms.has(form)) forms.set(form, index);
    }
  });
  return forms;
})();

/** The institution group a word names, singular or plural ("regulator", "prosecutors"), as its index, or -1. */
export function institutionIndex(word: string): number {
  return INSTITUTION_FORMS.get(word) ?? -1;
}

const isNameToken = (t: Token): boolean => t.pos === 'PROPN' && t.normal.length > 1 && /[a-z]/i.test(t.value);

/** One key for a name's forms: "Tories" and "Tory", "Labour's" and "Labour". */
export function nameKey(word: string): string {
  const bare = word.replace(/['’]s?$/, '');
  if (bare.length > 4 && bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss')) return bare.slice(0, -1);
  return bare;
}

/** Does a determiner or possessive open the noun phrase that token `i` heads ("the trust", "its board")? */
function determined(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]!.pos)) k--;
  return ['DET', 'PRON'].includes(tokens[k]?.pos ?? '');
}

/** Verbs that, before "back", answer an attack: "hits back", "fights back", "strikes back". */
const ANSWERING = new Set(['hit', 'fight', 'strike', 'bite', 'push', 'answer', 'fire']);

/** Each sentence's mentions, read once: finding the central subject and describing it both ask. */
const read = new WeakMap<readonly Token[], { cues: readonly TokenSpan[]; headline: boolean; mentions: readonly Mention[] }>();

/**
 * Names (runs of proper nouns) and institution nouns among `tokens`. `headline` counts an
 * institution without its article ("Regulator to rule ..."); in running text one needs it
 * ("the trust", not "trust gap").
 */
export function mentionsIn(tokens: readonly Token[], cues: readonly TokenSpan[] = [], headline = false): readonly Mention[] {
  const known = read.get(tokens);
  if (known && known.cues === cues && known.headline === headline) return known.mentions;
  const mentions = findMentions(tokens, cues, headline);
  read.set(tokens, { cues, headline, mentions });
  return mentions;
}

/**
 * `mentionsIn` for tokens read once (a slice made for the asking): nothing kept, as a kept
 * answer would never be asked for again and every slice would grow the cache.
 */
export function findMentions(tokens: readonly Token[], cues: readonly TokenSpan[] = [], headline = false): Mention[] {
  // a reporting verb of a title-case headline ("Key Union Backs Tom Perez") ends a name
  const verbAt = new Set<number>();
  const holderAt = new Set<number>();
  for (const c of cues) {
    const role = roleOf(c.name);
    if (role === 'reporting-verb') verbAt.add(c.first);
    else if (role === 'holder') for (let k = c.first; k <= c.last; k++) holderAt.add(k);
  }
  const out: Mention[] = [];
  const aliases = new Map<string, string[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' && institutionIndex(t.normal) >= 0 && (headline || determined(tokens, i))) {
      out.push({ key: INSTITUTION_KEY + t.normal.replace(/s$/, ''), words: [t.normal], first: i, last: i });
      continue;
    }
    if (!isNameToken(t) || verbAt.has(i) || holderAt.has(i)) continue;
    let j = i;
    while (j + 1 < tokens.length && isNameToken(tokens[j + 1]!) && !verbAt.has(j + 1)) j++;
    const run = tokens.slice(i, j + 1);
    const words = run.map((x) => x.normal).filter((w) => !PERSONAL_TITLES.has(w));
    const last = words.at(-1);
    const from = i;
    i = j;
    if (!last || NOT_ACTORS.has(last) || (CALENDAR_WORDS.has(last) && run.length === 1)) continue;
    // "Hartleigh City Council": a place naming an institution counts for the institution
    let key = institutionIndex(last) >= 0 && !BODY_WORDS.has(last) ? INSTITUTION_KEY + last.replace(/s$/, '') : nameKey(last);
    // "the World Trade Organisation (WTO)": the abbreviation is the same body, known by it after
    const abbreviation = abbreviationAfter(tokens, j);
    if (abbreviation) {
      out.push({ key, words, first: from, last: j });
      key = nameKey(abbreviation.normal);
      aliases.set(key, words);
    }
    out.push({ key, words: aliases.get(key) ?? words, first: from, last: j });
  }
  return out;
}

/** The abbreviation written in brackets right after the name ending at token `last` ("British Airways (BA)"), if any. */
export function abbreviationAfter(tokens: readonly Token[], last: number): Token | undefined {
  const abbreviation = tokens[last + 2];
  return tokens[last + 1]?.value === '(' && tokens[last + 3]?.value === ')' && abbreviation?.pos === 'PROPN' ? abbreviation : undefined;
}

/** How far a demand refused may stand from the verb ("rejects the rate rise rethink"). */
const DEMAND_REACH = 4;

/** Does the verb at `i` take a demand for its object ("rejects fresh calls", "rejects rethink")? */
function refusesDemand(tokens: readonly Token[], i: number): boolean {
  // ... also of a compound's head ("rejects rate rise rethink")
  for (let k = i + 1; tokens[k] && k <= i + DEMAND_REACH; k++) {
    const word = tokens[k]!;
    // headline tags read "calls" and "rethink" as verbs
    if (['NOUN', 'PROPN', 'VERB'].includes(word.pos) && demandNouns.has(word.normal.replace(/s$/, ''))) return true;
    if (!['DET', 'ADJ', 'NOUN'].includes(word.pos)) return false;
  }
  return false;
}

/** The prepositions that aim a mood at its object ("angry over", "displeased by", "upset after cuts"). */
const MOOD_TARGETS: ReadonlySet<string> = new Set(['by', 'over', 'at', 'with', 'about', 'after']);

/** The side of a mood cue aimed at what follows it ("angry over", "anger at", "upset over"), or null. */
export function aimedMoodSide(tokens: readonly Token[], cue: TokenSpan): LexiconSide {
  return roleOf(cue.name) === 'mood' && MOOD_TARGETS.has(tokens[cue.last + 1]?.normal ?? '') ? sideOf(cue.name) : null;
}

/** How many words a headline may put between "calls" and its verdict ("calls AT&T deal for Time Warner illegal"). */
const VERDICT_REACH = 8;

/**
 * The lean of the verdict "calls" gives its object in a headline ("calls AT&T deal illegal": the
 * first adjective after the object, or after "as", by its sentiment), or 0 when it gives none or
 * the verb is "calls for" or "calls on".
 */
function calledVerdict(tokens: readonly Token[], verb: number): number {
  if (tokens[verb + 1]?.pos === 'ADP') return 0;
  // "describes government's more muscular approach as a desperate escalation": the verdict
  // follows "as", and an adjective before it describes the object
  const as = tokens.findIndex((t, k) => k > verb + 1 && t.normal === 'as');
  for (let k = as > 0 ? as + 1 : verb + 2; k < tokens.length && k <= (as > 0 ? as : verb) + VERDICT_REACH; k++) {
    if (tokens[k]!.pos === 'ADJ') return sentimentOfTokens(tokens, k, k);
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'PUNCT') return 0;
  }
  return 0;
}

/** How a headline's verb treats its subject (LABELS.md, "Which subject is central"). */
export type TitleVerb = 'attack' | 'back' | 'defend' | 'accused' | 'say' | 'attribution' | 'passive' | 'verb' | 'none';

const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
const OBJECT_TAGS = new Set(['NOUN', 'PROPN', 'DET']);

/** How many words of where ("across Pakistan", "in central Lagos") may stand between a campaign and its "against". */
const PLACE_REACH = 4;

/** Is "against" next after `i`, perhaps past a phrase of where ("strike across Pakistan against taxes")? */
function againstAfter(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.normal === 'against') return true;
  if (tokens[i + 1]?.pos !== 'ADP') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + PLACE_REACH; k++) {
    if (tokens[k]!.normal === 'against') return k > i + 2;
    if (!['PROPN', 'ADJ', 'DET'].includes(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Does the title's word at `i` dispute what follows: a dispute verb with its object, or a campaign "against" something? */
function disputes(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (againstAfter(tokens, i)) return campaignLemmas.has(t.lemma) || disputeLemmas.has(t.lemma);
  if (next?.normal === 'over' && protestLemmas.has(t.lemma) && SUBJECT_TAGS.has(tokens[i - 1]!.pos)) return true;
  if (!disputeLemmas.has(t.lemma) || isPastForm(t) || !next || !OBJECT_TAGS.has(next.pos)) return false;
  // "Players appeal likely" is a noun; "Iwi appeals consent" a subject, a verb and its object
  return t.pos === 'VERB' || (t.pos === 'NOUN' && SUBJECT_TAGS.has(tokens[i - 1]!.pos));
}

/** How many words may stand between a staging verb and the protest it holds ("spend night", "stage another"). */
const STAGED_REACH = 3;

/** Words that may stand between them: what, and when. */
const STAGED_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/** Does a critic's verb cue ("protest", "march against") open at `k`? */
const criticVerbAt = (cues: readonly TokenSpan[], k: number): boolean => cues.some((c) => c.first === k && roleOf(c.name) === 'reporting-verb' && sideOf(c.name) === 'critic');

/** The protest a staging verb at `i` holds ("stage another protest over ...", "spend night protesting ..."), or -1. */
function stagedProtest(tokens: readonly Token[], cues: readonly TokenSpan[], i: number): number {
  if (!stagingLemmas.has(tokens[i]!.lemma) || !SUBJECT_TAGS.has(tokens[i - 1]?.pos ?? '')) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + STAGED_REACH; k++) {
    if (criticVerbAt(cues, k)) return k;
    if (!STAGED_WORDS.has(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/** What aims a protest at its target ("in protest of rain tax", "after protests over fares"). */
const AIMING = new Set(['of', 'against', 'over', 'at', 'about', 'on']);

/** Where "in protest of ..." follows the verb at `i` ("walk out in protest of"), or -1. */
function protestAfter(tokens: readonly Token[], cues: readonly TokenSpan[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + STAGED_REACH; k++) {
    if (tokens[k]!.normal === 'in' && criticVerbAt(cues, k + 1) && AIMING.has(tokens[k + 2]?.normal ?? '')) return k + 1;
    if (tokens[k]!.pos !== 'ADP' && tokens[k]!.pos !== 'ADV') return -1;
  }
  return -1;
}

/** Prepositions that name who holds a view the title's subject draws ("criticism from", "anger among"). */
export const VIEW_SOURCES: ReadonlySet<string> = new Set(['from', 'by', 'among']);

/** Does the verb at `i` draw a view against its subject from someone ("draws criticism from", "faces fierce anger among")? */
function drawsCriticism(tokens: readonly Token[], cues: readonly TokenSpan[], i: number): boolean {
  let k = i + 1;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'DET') k++;
  const view = cues.find((c) => c.first === k && (roleOf(c.name) === 'view-noun' || roleOf(c.name) === 'mood') && sideOf(c.name) === 'critic');
  return view !== undefined && VIEW_SOURCES.has(tokens[view.last + 1]?.normal ?? '');
}

/** Where the title's verb stands and what kind it is; `from` where its phrase opens, if before it ("stage another protest"). */
export interface TitleReading {
  at: number;
  kind: TitleVerb;
  from?: number;
}

/** Words that may stand in a preposition's noun phrase before its head ("after fare rise protests"). */
const OBJECT_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * Is the noun at `i` only the head of a preposition's object ("beefs up security outside
 * stations after fare rise protests"), aimed at nothing?
 */
function prepositionsObject(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.pos !== 'NOUN' || AIMING.has(tokens[i + 1]?.normal ?? '')) return false;
  let k = i - 1;
  while (k > 0 && OBJECT_PHRASE_TAGS.has(tokens[k]!.pos)) k--;
  return tokens[k]?.pos === 'ADP';
}

/** Whether the verb at i follows a form of "be" ("was criticised", "were strongly urged"): a passive in prose. */
function afterBe(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  return tokens[k]?.pos === 'AUX' && tokens[k]!.lemma === 'be';
}

/**
 * Where a comma opens the title's attribution (", Brown says", ", says minister"), or -1. In a
 * headline any "say" after the first comma makes one; in prose (a lede read as the title) only a
 * "say" with no verb between it and its comma (", the union has said"), since a "said" further
 * on is often inside what the lede reports ("Mayor LaToya Cantrell unloaded on the council, ...
 * blaming them for a climate that she said ...").
 */
function attributionComma(tokens: readonly Token[], prose: boolean): number {
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c]!.value !== ',') continue;
    for (let k = c + 1; k < tokens.length; k++) {
      if (tokens[k]!.lemma === 'say') return c;
      if (prose && (tokens[k]!.pos === 'VERB' || tokens[k]!.value === ',')) break;
    }
    if (!prose) return -1;
  }
  return -1;
}

/**
 * The title's verb and what kind it is: one that attacks, backs, defends, reports, or is done to
 * its subject. Headlines put what happened in the present, so a past form there is a passive;
 * in prose (a lede read as the title) only a form of "be" makes one.
 */
export function titleVerb(tokens: readonly Token[], cues: readonly TokenSpan[], prose = false): TitleReading {
  const passive = (i: number): boolean => isPastForm(tokens[i]) && (!prose || afterBe(tokens, i));
  // ", Brown says", ", says minister": whoever says it is the headline's source, whatever comes before
  const comma = attributionComma(tokens, prose);
  if (comma >= 0) return { at: comma, kind: 'attribution' };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Obama has no regrets", "a rebuke for ...": after a determiner the word is a noun
    if (tokens[i - 1]!.pos === 'DET') continue;
    // "hits back", "fights back", "denies": the subject answers for itself
    if (defenceLemmas.has(t.lemma) || (tokens[i + 1]?.normal === 'back' && ANSWERING.has(t.lemma))) return { at: i, kind: 'defend' };
    // "'Miserly' MTR urged to offer more discounts": the one pressed to act answers for it, as the accused does
    if (t.pos === 'VERB' && pressingLemmas.has(t.lemma) && passive(i) && tokens[i + 1]?.normal === 'to' && tokens[i + 2]?.pos === 'VERB' && SUBJECT_TAGS.has(tokens[i - 1]!.pos)) return { at: i, kind: 'accused' };
    const cue = cues.find((c) => c.first === i && roleOf(c.name) === 'reporting-verb');
    // "Chris Evans back on the market": "back" before a preposition is where, not a backing
    const whereabouts = t.normal === 'back' && tokens[i + 1]?.pos === 'ADP';
    // ("Egypt beefs up security ... after fare rise protests": a protest a preposition holds, aimed at nothing, is no verb)
    if (cue && !whereabouts && !prepositionsObject(tokens, i)) {
      if (t.lemma === 'say') return { at: i, kind: 'say' };
      // "Teachers want schools closed", "Community demands diocese relinquish school": who asks
      // that a thing be done or undone disputes the one who decides it ("wants to build" is intent)
      if (demandLemmas.has(t.lemma) && tokens[i + 1] && !['to', 'for'].includes(tokens[i + 1]!.normal) && SUBJECT_TAGS.has(tokens[i - 1]!.pos)) return { at: i, kind: 'attack' };
      const said = sideOf(cue.name);
      const side = sideAsWritten(said, tokens, i);
      if (said && !side) continue;
      // "Minister rejects calls to quit": refusing what others demand is answering for oneself
      if (side === 'critic' && !passive(i) && refusesDemand(tokens, i)) return { at: i, kind: 'defend' };
      // "Yukos accused of lying", "Chelsea ridiculed over complaint": the one attacked answers for it
      if (side) return { at: i, kind: passive(i) && t.pos === 'VERB' ? (side === 'critic' ? 'accused' : 'passive') : side === 'critic' ? 'attack' : 'back' };
    }
    // "Justice Department calls AT&T deal illegal": calling a thing bad or good attacks or backs it
    const verdict = verdictLemmas.has(t.lemma) && t.pos === 'VERB' ? calledVerdict(tokens, i) : 0;
    if (verdict) return { at: i, kind: verdict < 0 ? 'attack' : 'back' };
    // "Outa displeased by Chikunga's comment", "Farmers angry over levy": a mood aimed at
    // something takes a side as a verb would
    const mood = cues.find((c) => c.first === i && roleOf(c.name) === 'mood');
    const moodSide = mood ? aimedMoodSide(tokens, mood) : null;
    if (moodSide) return { at: i, kind: moodSide === 'critic' ? 'attack' : 'back' };
    // "Ngati Awa appeals water bottling consent", "students stage march against fee hike": a
    // dispute attacks what it disputes; read as a verb where an object follows a subject
    if (disputes(tokens, i)) return { at: i, kind: 'attack' };
    const staged = stagedProtest(tokens, cues, i);
    if (staged > 0) return { at: staged, kind: 'attack', from: i };
    // "Beresfield rallies to save pool": a campaign to save something attacks what threatens it
    if (campaignLemmas.has(t.lemma) && tokens[i + 1]?.normal === 'to' && rescueLemmas.has(tokens[i + 2]?.lemma ?? '')) return { at: i, kind: 'attack' };
    // ("Traders observe strike across Pakistan against taxes": the verb only holds the campaign)
    if (t.pos === 'VERB' && tokens[i + 1] && campaignLemmas.has(tokens[i + 1]!.lemma) && againstAfter(tokens, i + 1)) return { at: i + 1, kind: 'attack' };
    // "Republicans begin to buck Trump", "Action group vows to fight approval": the verb after "to" says what they do
    if ((catenativeLemmas.has(t.lemma) || promiseLemmas.has(t.lemma)) && tokens[i + 1]?.normal === 'to') continue;
    // "NZ Rugby draws criticism from Players Association", "Council faces anger from residents":
    // a view against the subject from someone attacks it, and it answers for it
    if (t.pos === 'VERB' && drawsCriticism(tokens, cues, i)) return { at: i, kind: 'accused' };
    // "Workers walk out in protest of plant closure": what is done in protest of a thing attacks it
    const inProtest = t.pos === 'VERB' ? protestAfter(tokens, cues, i) : -1;
    if (inProtest > 0) return { at: inProtest, kind: 'attack', from: i };
    if (t.pos === 'VERB' && tokens[i - 1]?.normal !== 'to') return { at: i, kind: passive(i) ? 'passive' : 'verb' };
  }
  return { at: -1, kind: 'none' };
}

/** Every name and institution of the article, with where the title and the lede put it and how often it is named. */
export function centralCandidates(sentences: readonly SentenceSpan[], titleTokens: readonly Token[], titleCues: readonly TokenSpan[]): Candidate[] {
  interface Tally {
    words: string[];
    mentions: number;
    lede: Candidate['lede'];
    title: string | undefined;
  }
  const tallies = new Map<string, Tally>();
  const tally = (m: Mention): Tally => {
    let t = tallies.get(m.key);
    if (!t) {
      t = { words: m.words, mentions: 0, lede: null, title: undefined };
      tallies.set(m.key, t);
    }
    if (m.words.length > t.words.length) t.words = m.words;
    return t;
  };

  const verb = titleVerb(titleTokens, titleCues);
  const colon = titleTokens.findIndex((t) => t.value === ':');
  for (const m of mentionsIn(titleTokens, titleCues, true)) {
    const t = tally(m);
    // "Lawyer: ..." names the headline's source; otherwise where the name stands against the verb
    if (colon > 0 && m.last < colon && colon <= 4) t.title = 'before-colon';
    else t.title ??= `${verb.at < 0 ? 'in' : m.last < verb.at ? 'before' : 'after'}-${verb.kind}`;
  }
  sentences.forEach((s, i) => {
    const clause = i === 0 ? findMainClause(s.tokens, s.cues) : undefined;
    for (const m of mentionsIn(s.tokens, s.cues)) {
      const t = tally(m);
      t.mentions++;
      if (!clause) continue;
      const inSubject = m.first >= clause.first && m.last < clause.verb;
      t.lede = inSubject ? 'subject' : (t.lede ?? 'in');
    }
  });

  const byMentions = [...tallies].sort((a, b) => b[1].mentions - a[1].mentions).map(([key]) => key);
  return [...tallies].map(([key, t]) => ({ key, words: t.words, title: t.title ?? 'absent', lede: t.lede, mentionRank: byMentions.indexOf(key) + 1 }));
}
