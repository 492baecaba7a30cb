import type { Lexicon } from './lexicon.js';

// The words that mark what is not the main clause (LABELS.md, "Decide on the main clause").

export const discourseMarkers: Lexicon = {
  id: 'discourse-marker',
  role: 'discourse-marker',
  side: null,
  description: 'Leading connectives stripped before the main clause is read.',
  kind: 'phrases',
  entries: [
    'however', 'conversely', 'nevertheless', 'nonetheless', 'furthermore', 'moreover',
    'ultimately', 'additionally', 'meanwhile', 'indeed', 'instead', 'consequently', 'therefore',
    'thus', 'hence', 'in addition', 'on the other hand', 'in contrast', 'by contrast',
    'at the same time', 'in fact', 'after all', 'as a result', 'for example', 'for instance',
    'similarly', 'likewise', 'besides', 'finally', 'still', 'yet', 'but', 'and', 'so', 'also',
    'earlier', 'later', 'separately', 'overall', 'in short', 'notably', 'importantly',
  ],
};

export const concessives: Lexicon = {
  id: 'concessive',
  role: 'concessive',
  side: null,
  description: 'Subordinators that open a concessive or contrasting clause set aside from the main one.',
  kind: 'phrases',
  entries: [
    'while', 'whilst', 'although', 'though', 'even though', 'despite', 'in spite of', 'even as',
    'whereas', 'regardless of', 'notwithstanding', 'unlike',
  ],
};

/**
 * Words that open a leading adverbial clause whatever wink tags them ("When ...," comes out
 * ADV): the main clause starts after its comma. Read by clause.ts, not a cue lexicon.
 */
export const leadingSubordinators: ReadonlySet<string> = new Set([
  'when', 'whenever', 'once', 'if', 'unless', 'because', 'since', 'as', 'until', 'after', 'before',
  'where', 'wherever',
]);

/**
 * Words the tagger may call prepositions that join clauses rather than head a noun's phrase:
 * "... the plan as the police said", "a year after his own accountant warned". Read by voice.ts.
 */
export const clauseLinks: ReadonlySet<string> = new Set(['as', 'because', 'than', 'while', 'if', 'whether', 'after', 'before', 'until', 'since', 'once']);
/** Words that open a subordinate clause: a verb after one has no subject before it ("... claims when asked"). Read by voice.ts. */
export const subordinators: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'unless', 'because', 'although', 'though', 'whereas', 'while']);

/** Words that deny what follows: "not everyone is pleased", "others are less enthusiastic". */
export const negators: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'less', 'hardly']);
/** The writer's own voice outside quotes: "I have some sympathy for ...". */
export const firstPerson: ReadonlySet<string> = new Set(['i', "i'm", 'i’m', 'me', 'my', 'myself']);
/** Modals that prescribe rather than report: "councillors should back it" is the writer's view. */
export const prescriptive: ReadonlySet<string> = new Set(['should', 'must']);

/** Quantifiers that float between a subject and its verb ("they have all criticised", "both said"). */
export const floatingQuantifiers: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/** Words that take "of" to name part of a group ("many of them", "one of the three no votes"). */
export const partitives: ReadonlySet<string> = new Set(['one', 'many', 'some', 'most', 'all', 'several', 'few', 'both', 'half', 'each', 'none']);

/**
 * A survey's share of those it asked, as the subject of their answer ("Three-quarters said",
 * "a majority of voters (68%) believe"): fractions and the words of a percentage. Read by voice.ts.
 */
export const shareNouns: ReadonlySet<string> = new Set(['quarter', 'quarters', 'third', 'thirds', 'fifth', 'fifths', 'half', 'majority', 'minority']);
export const percentWords: ReadonlySet<string> = new Set(['%', 'percent', 'cent']);
/** Words that say a share was asked, not counted ("of those polled", "respondents"). */
export const pollingWords: ReadonlySet<string> = new Set(['polled', 'surveyed', 'questioned', 'asked', 'interviewed', 'respondents']);

/** Words that open a list of examples between commas ("Critics, including several governors, said"). */
export const exampleOpeners: ReadonlySet<string> = new Set(['including', 'notably', 'especially', 'particularly']);
