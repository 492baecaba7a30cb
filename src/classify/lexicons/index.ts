import type { Lexicon, LexiconRole, LexiconSide } from './lexicon.js';
import { surfaceForms } from './lexicon.js';
import { criticHolders, neutralHolders, supporterHolders } from './voices.js';
import { criticVerbs, framingVerbs, neutralVerbs, supporterVerbs } from './verbs.js';
import { bothSides, hedges, opinionNouns, strongEvaluatives, weakEvaluatives } from './claims.js';
import { concessives, discourseMarkers } from './clauses.js';
import { allegationNouns, criticMood, criticStance, criticViewNouns, rebuttals, supporterMood, supporterStance, supporterViewNouns } from './stance.js';

export type { Lexicon, LexiconRole, LexiconSide } from './lexicon.js';

/** Every cue lexicon, in one list; ids are unique and name wink custom entities. */
export const lexicons: readonly Lexicon[] = [
  criticHolders, supporterHolders, neutralHolders,
  criticVerbs, supporterVerbs, neutralVerbs, framingVerbs,
  hedges, strongEvaluatives, weakEvaluatives, opinionNouns, bothSides,
  discourseMarkers, concessives,
  criticStance, supporterStance, criticMood, supporterMood, allegationNouns, rebuttals,
  criticViewNouns, supporterViewNouns,
];

/** wink-nlp custom-entity examples: one literal pattern per surface form, named by lexicon id. */
export function cuePatterns(list: readonly Lexicon[] = lexicons): Array<{ name: string; patterns: string[] }> {
  return list.map((lexicon) => ({ name: lexicon.id, patterns: surfaceForms(lexicon) }));
}

/** The lexicons with a config's additions and removals applied (ids already validated). */
export function editLexicons(edits: Record<string, { add?: string[]; remove?: string[] }> = {}): Lexicon[] {
  return lexicons.map((lexicon) => {
    const edit = edits[lexicon.id];
    if (!edit) return lexicon;
    const removed = new Set((edit.remove ?? []).map((w) => w.toLowerCase()));
    const entries = [...lexicon.entries.filter((e) => !removed.has(e.toLowerCase())), ...(edit.add ?? [])];
    return { ...lexicon, entries };
  });
}

const byId = new Map(lexicons.map((l) => [l.id, l]));

/** The role of the lexicon a cue came from (cues are named by lexicon id). */
export function roleOf(cue: string): LexiconRole | undefined {
  return byId.get(cue)?.role;
}

/** The side the lexicon a cue came from leans to; null for one that takes none. */
export function sideOf(cue: string): LexiconSide {
  return byId.get(cue)?.side ?? null;
}

/** Roles whose words make a view more than a report of what happened. */
const JUDGING_ROLES: ReadonlySet<LexiconRole> = new Set([
  'hedge', 'evaluative', 'weak-evaluative', 'opinion-noun', 'framing-verb', 'stance', 'mood', 'allegation', 'both-sides',
]);

/** Does a cue judge, rather than report? */
export const judges = (cue: string): boolean => JUDGING_ROLES.has(roleOf(cue)!);
