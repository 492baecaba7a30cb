// Words that steer where a sentence ends: abbreviations by how they behave, sentence openers,
// reporting verbs. Data only: src/segment/boundaries.ts decides with them; add a word here,
// not a special case there.

/**
 * Titles and other words written before a name or a number: "Mr. Smith", "Mt. Fuji",
 * "St. Michael's". They never end a sentence when a capital or a digit follows.
 */
export const BEFORE_NAME = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'pres',
  'gen', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm', 'cpl', 'pvt', 'rev', 'hon', 'fr',
  'supt', 'insp', 'det', 'amb', 'atty', 'mt', 'ft', 'st', 'ste', 'pt', 'mssrs', 'coun', 'cllr', 'ald',
]);

/** Words written before a number: "p. 55", "No. 1", "Jan. 20". A digit after them never starts a sentence. */
export const BEFORE_NUMBER = new Set([
  'p', 'pp', 'no', 'nos', 'n°', 'nº', 'vol', 'vols', 'fig', 'figs', 'art', 'ch', 'chap', 'sec',
  'para', 'op', 'ed', 'eq', 'tab', 'ex', 'approx', 'ca', 'c',
  // currencies written with a stop ("Rs. 1,500", "Re. 1"): rupees
  'rs', 're',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that always join what follows: "e.g. Paris", "Ali vs. Frazier", "Roe v. Wade". */
export const JOINING = new Set(['e.g', 'i.e', 'cf', 'vs', 'v', 'viz', 'esp', 'incl']);

/** Time zones written after a clock time: "9 p.m. ET" goes on. */
export const TIME_ZONES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'UTC', 'CET', 'CEST']);

/**
 * Words written after a name or a time: "Pitt, Briggs & Co.", "JFK Jr.", "6 P.M.". They end
 * a sentence only when the words before them make a clause (see boundaries.ts).
 */
export const AFTER_NAME = new Set([
  'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'esq', 'phd', 'etc', 'al',
  'a.m', 'p.m', 'ave', 'blvd', 'rd', 'dept', 'univ', 'assn', 'est',
]);

/**
 * Capitalised words that open sentences but seldom follow an initialism inside one: after
 * "U.S." or "E.U." they mark a new sentence ("I live in the U.S. How about you?"), while a
 * noun does not ("the U.S. Government").
 */
export const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what', 'when', 'where',
  'who', 'why', 'how', 'which', 'but', 'and', 'or', 'so', 'yet', 'however', 'in', 'on', 'at',
  'for', 'from', 'if', 'as', 'after', 'before', 'since', 'while', 'although', 'though', 'despite',
  'because', 'once', 'now', 'then', 'meanwhile', 'still', 'also', 'some', 'many', 'most', 'few',
  'all', 'both', 'each', 'every', 'no', 'not', 'did', 'do', 'does', 'is', 'are', 'was', 'were',
  'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
  'by', 'with', 'to', 'under', 'during', 'until', 'instead', 'indeed', 'thus', 'yes', 'even',
]);

/**
 * Verbs of a reporting clause after a quotation: in `"... fair?" Moreau said.` the quotation
 * and its speaker are one sentence.
 */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes',
  'explained', 'explains', 'replied', 'replies', 'insisted', 'insists', 'argued', 'argues',
  'noted', 'notes', 'stated', 'states', 'declared', 'declares', 'continued', 'continues',
  'warned', 'warns', 'claimed', 'claims', 'recalled', 'recalls', 'admitted', 'admits',
  'conceded', 'concedes', 'remarked', 'remarks', 'responded', 'responds', 'tweeted', 'tweets',
  'posted', 'posts', 'shouted', 'shouts', 'exclaimed', 'exclaims', 'commented', 'comments',
]);
