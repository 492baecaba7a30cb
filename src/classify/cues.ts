// The cue lexicons wink-nlp finds in every text it reads: learnt once per thread, with a
// config's additions and removals when it has any.
import { learnCues } from '../nlp/wink.js';
import type { LexiconEdit } from '../config/schema.js';
import { cuePatterns, editLexicons } from './lexicons/index.js';

let learnt = false;

/** Learn the lexicons, edited by a config's `lexicons` when given. */
export function learnLexicons(edits?: Record<string, LexiconEdit>): void {
  learnCues(cuePatterns(editLexicons(edits)));
  learnt = true;
}

/** Learn the lexicons as shipped, unless some have been learnt already. */
export function ensureLexicons(): void {
  if (!learnt) learnLexicons();
}
