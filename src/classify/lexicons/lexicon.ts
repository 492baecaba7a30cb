/** What a lexicon's words do in a sentence; evidence asks for a role, never for an id. */
export type LexiconRole =
  | 'holder' // who holds a view: "critics", "analysts"
  | 'reporting-verb' // how a view is reported: "said", "warned", "welcomed"
  | 'framing-verb' // the writer saying what something means: "reflects"
  | 'stance' // what a view says for or against: "unfair", "a step forward"
  | 'mood' // how a holder feels: "angry", "delighted"
  | 'hedge' // modals and open questions: "could", "remains to be seen"
  | 'evaluative' // the writer's judgement: "undoubtedly", "a testament to"
  | 'weak-evaluative' // judgement a figure outweighs: "significant", "key"
  | 'opinion-noun' // a view named: "belief", "concerns"
  | 'view-noun' // a side's view named: "criticism", "approval"
  | 'both-sides' // both sides named, neither heard
  | 'allegation' // an accusation whose content may follow
  | 'rebuttal' // a denial: "untrue", "baseless"
  | 'discourse-marker' // stripped before the main clause
  | 'concessive'; // opens a clause set aside

/** The side a lexicon's words lean to, or null for words that take none. */
export type LexiconSide = 'supporter' | 'critic' | null;

/**
 * A lexicon is a named list of cue phrases with a declared role and side. Its id is the name
 * of the wink-nlp custom entity its phrases are learnt under, so a hit maps straight back to it.
 */
export interface Lexicon {
  id: string;
  description: string;
  role: LexiconRole;
  side: LexiconSide;
  /** `verbs` entries are base forms; their inflections are generated (argue -> argues, argued, arguing). */
  kind: 'phrases' | 'verbs';
  entries: string[];
}

const IRREGULAR: Record<string, string[]> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being'],
  say: ['says', 'said', 'saying'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  hold: ['holds', 'held', 'holding'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  take: ['takes', 'took', 'taken', 'taking'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  draw: ['draws', 'drew', 'drawn', 'drawing'],
  fight: ['fights', 'fought', 'fighting'],
  seek: ['seeks', 'sought', 'seeking'],
  mean: ['means', 'meant', 'meaning'],
  give: ['gives', 'gave', 'given', 'giving'],
  put: ['puts', 'putting'],
  set: ['sets', 'setting'],
  find: ['finds', 'found', 'finding'],
  lead: ['leads', 'led', 'leading'],
  make: ['makes', 'made', 'making'],
  bring: ['brings', 'brought', 'bringing'],
  become: ['becomes', 'became', 'becoming'],
  understand: ['understands', 'understood', 'understanding'],
  extol: ['extols', 'extolled', 'extolling'],
  stand: ['stands', 'stood', 'standing'],
  come: ['comes', 'came', 'coming'],
  // a stressed last syllable doubles its consonant; British English doubles the "l" of "signal"
  rebut: ['rebuts', 'rebutted', 'rebutting'],
  quip: ['quips', 'quipped', 'quipping'],
  signal: ['signals', 'signalled', 'signaled', 'signalling', 'signaling'],
  // "admit" is left to the regular rules, so "admitted" is never matched: in news it is a
  // hospital's as often as a concession ("the trust admitted 500 patients"), and heard as a
  // voice it made a figure a critic's
};

const VOWEL = /[aeiou]/;

/** Inflections of a regular English verb; good enough for the cue lexicons, not a morphology. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  const forms = new Set([base]);
  const last = base.at(-1) ?? '';
  const beforeLast = base.at(-2) ?? '';
  if (/(s|x|z|ch|sh|o)$/.test(base)) forms.add(`${base}es`);
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (last === 'e') {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWEL.test(beforeLast)) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(`${base}ed`);
    forms.add(`${base}ing`);
    // one-syllable consonant-vowel-consonant verbs double the last consonant (slam -> slammed)
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base)) {
      forms.add(`${base}${last}ed`);
      forms.add(`${base}${last}ing`);
    }
  }
  return [...forms];
}

/** wink-nlp's parts of speech (Universal POS tags), which a phrase may use in place of a word. */
const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'SCONJ', 'SYM', 'VERB']);
/** "too ADJ" matches "too costly"; every other word matches in lower case ("NATO" is a word, not a tag). */
const lowerWords = (phrase: string): string => phrase.split(' ').map((w) => (POS_TAGS.has(w) ? w : w.toLowerCase())).join(' ');

/** Every surface form a lexicon matches, lower-case, one phrase each. */
export function surfaceForms(lexicon: Lexicon): string[] {
  if (lexicon.kind === 'phrases') return lexicon.entries.map(lowerWords);
  const forms = new Set<string>();
  for (const entry of lexicon.entries) {
    // a verb entry may carry a particle: "point out" -> "points out", "pointed out"
    // ... or a part of speech: "voice DET concerns" -> "voiced those concerns"
    const [verb = '', ...rest] = lowerWords(entry).split(' ');
    for (const form of inflect(verb)) forms.add([form, ...rest].join(' '));
  }
  return [...forms];
}
