/**
 * A lexicon is a named list of cue phrases. Its id is the name of the wink-nlp custom
 * entity its phrases are learnt under, so a hit in a document maps straight back to it.
 */
export interface Lexicon {
  id: string;
  description: string;
  /** `verbs` entries are base forms; their inflections are generated (argue -> argues, argued, arguing). */
  kind: 'phrases' | 'verbs';
  entries: string[];
}

const IRREGULAR: Record<string, string[]> = {
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
    const [verb = '', ...rest] = entry.toLowerCase().split(' ');
    for (const form of inflect(verb)) forms.add([form, ...rest].join(' '));
  }
  return [...forms];
}
