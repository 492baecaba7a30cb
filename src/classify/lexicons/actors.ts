// Who can be the article's central actor, and who speaks for it. Plain word sets read by
// central.ts, not cue lexicons: they name roles, they do not mark a sentence's wording.

/** Geographic and title words are rarely the actor themselves. */
export const NOT_ACTORS: ReadonlySet<string> = new Set(['us', 'u.s.', 'uk', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'north', 'south', 'east', 'west', 'new']);
/** Titles that make a person speak for the actor they lead ("Russian President Vladimir Putin" speaks for Russia). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'governor',
  'mayor', 'director', 'head', 'commissioner',
]);
/**
 * Institutions that act through several roles: a title naming one of them makes all of its
 * roles the central actor ("Prosecutors: ..." makes investigators and the authorities speak for it).
 */
export const INSTITUTIONS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['government', 'administration', 'ministry', 'minister', 'ministers', 'secretary', 'cabinet']),
  new Set(['prosecutors', 'prosecutor', 'authorities', 'investigators', 'regulators', 'police']),
  new Set(['company', 'firm', 'board', 'executive', 'executives']),
  new Set(['council', 'authority', 'board', 'commission', 'agency', 'service', 'department', 'committee']),
];
/** Words that put a titled person on the other side ("the opposition leader", "a former minister"). */
export const OPPOSITION: ReadonlySet<string> = new Set(['opposition', 'rival', 'former', 'ex']);
/** A definite "the company" or "the government" in an article about one names that actor. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'government', 'administration']);
