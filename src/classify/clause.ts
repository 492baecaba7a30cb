// LABELS.md, "Decide on the main clause": drop leading discourse markers, set aside a
// leading subordinate or concessive clause and a trailing concessive one, then find the
// main verb. Works on wink-nlp tokens and POS tags, never on the article's wording.
import type { Token, TokenSpan } from '../nlp/wink.js';
import { leadingSubordinators } from './lexicons/clauses.js';
import { opensQuotation } from './quotes.js';

export interface Clause {
  /** First and last token (inclusive) of the main clause. */
  first: number;
  last: number;
  /** End of the clause's core: a trailing participle (", reinforcing ...") is framing, not content. */
  coreLast: number;
  /** The main verb's token index, or -1. */
  verb: number;
  /** Tokens set aside as a concessive clause (for the reasons). */
  concessive: [number, number] | null;
}

const RELATIVE_START = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);
const LEADING_SUBORDINATE_POS = new Set(['ADP', 'SCONJ']);

/** Concessives that open a phrase, not a clause ("despite objections", "in spite of"): never temporal, as "while" may be. */
const PREPOSITIONAL_CONCESSIVES = new Set(['despite', 'in', 'notwithstanding', 'regardless']);

const isComma = (t: Token | undefined): boolean => t !== undefined && (t.value === ',' || t.value === ';');

function cueAt(cues: TokenSpan[], index: number, name: string): TokenSpan | undefined {
  return cues.find((c) => c.first === index && c.name === name);
}

/** Does the text after `from` open like a main clause: a subject, then a verb, before any comma? */
function opensClause(tokens: Token[], from: number, to: number): boolean {
  const head = tokens[from];
  if (!head || RELATIVE_START.has(head.normal) || head.pos === 'VERB' || head.pos === 'ADP') return false;
  let sawSubject = false;
  for (let i = from; i <= to && i < from + 10; i++) {
    const t = tokens[i]!;
    if (isComma(t)) return false;
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos)) sawSubject = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && sawSubject) return true;
  }
  return false;
}

function skipDiscourseMarkers(tokens: Token[], cues: TokenSpan[], first: number): number {
  for (;;) {
    const marker = cueAt(cues, first, 'discourse-marker');
    if (!marker) return first;
    first = marker.last + 1;
    if (isComma(tokens[first])) first++;
  }
}

/** Where a leading clause ("Despite ..., ", "In a 2019 interview, ", "Highlighting ..., ") ends. */
function skipLeadingClause(tokens: Token[], cues: TokenSpan[], first: number, last: number): number {
  const head = tokens[first];
  if (!head) return first;
  const leads =
    cueAt(cues, first, 'concessive') !== undefined ||
    LEADING_SUBORDINATE_POS.has(head.pos) ||
    leadingSubordinators.has(head.normal) ||
    (head.pos === 'VERB' && head.normal.endsWith('ing'));
  if (!leads) return first;
  for (let i = first + 1; i < last; i++) {
    // ("In a statement, its counsel, Ann Cole, said, "The suit is ...": a quotation after a
    // comma is what the verb before it reports, not the main clause)
    if (isComma(tokens[i]) && !opensQuotation(tokens, i + 1) && opensClause(tokens, i + 1, last)) return i + 1;
  }
  // the tagger may miss the main clause's verb ("supporters point out" read as nouns); a
  // concessive clause still ends at its first comma, and what follows answers it
  if (cueAt(cues, first, 'concessive')) {
    const comma = tokens.findIndex((t, i) => i > first && i < last && isComma(t));
    if (comma > 0) return comma + 1;
  }
  return first;
}

/** The main verb: the first finite-looking verb, skipping infinitives ("to build"). */
function findVerb(tokens: Token[], first: number, last: number): number {
  let aux = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    // ", adding 24 hours" is a participle hung on the clause, not its verb
    const participle = t.normal.endsWith('ing') && isComma(tokens[i - 1]);
    if (t.pos === 'VERB' && tokens[i - 1]?.normal !== 'to' && !participle) return i;
    if (t.pos === 'AUX' && aux < 0) aux = i;
  }
  return aux;
}

/** Each sentence's main clause, found once: the central subject's search and the speaker register both ask. */
const found = new WeakMap<readonly Token[], { cues: readonly TokenSpan[]; clause: Readonly<Clause> }>();

/** Find the main clause of a sentence's tokens. */
export function findMainClause(tokens: Token[], cues: TokenSpan[]): Readonly<Clause> {
  const known = found.get(tokens);
  if (known?.cues === cues) return known.clause;
  const clause = mainClause(tokens, cues);
  found.set(tokens, { cues, clause });
  return clause;
}

function mainClause(tokens: Token[], cues: TokenSpan[]): Clause {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.pos === 'PUNCT') last--;
  let first = skipDiscourseMarkers(tokens, cues, 0);
  const afterLeading = skipLeadingClause(tokens, cues, first, last);
  const concessive: [number, number] | null =
    afterLeading > first && cueAt(cues, first, 'concessive') ? [first, afterLeading - 2] : null;
  first = skipDiscourseMarkers(tokens, cues, afterLeading);

  // a trailing concessive clause (", although ...") is set aside too
  let trailing: [number, number] | null = null;
  // looked up in a set: scanning every cue at every comma took 21 s on a 1 MB sentence
  const concessiveAt = new Set(cues.filter((c) => c.name === 'concessive').map((c) => c.first));
  const mainVerb = findVerb(tokens, first, last);
  for (let i = first + 1; i <= last; i++) {
    if (!concessiveAt.has(i)) continue;
    const comma = isComma(tokens[i - 1]);
    // "approved despite objections from residents": a concessive preposition needs no comma
    // once the main verb has been said
    if (comma || (mainVerb >= 0 && i > mainVerb && PREPOSITIONAL_CONCESSIVES.has(tokens[i]!.normal))) {
      // "... regardless of objections from cab operators, Transport Minister Anthony Loke said":
      // a phrase ends at its comma, and the attribution after it closes the main clause
      const phraseEnd = comma ? -1 : tokens.findIndex((t, j) => j > i && j < last && isComma(t));
      trailing = [i, phraseEnd > 0 ? phraseEnd - 1 : last];
      if (phraseEnd < 0) last = comma ? i - 2 : i - 1;
      break;
    }
  }
  const verb = mainVerb <= last ? mainVerb : findVerb(tokens, first, last);
  // a trailing participle after the main verb frames the content without being it
  let coreLast = last;
  for (let i = Math.max(first, verb) + 1; i <= last; i++) {
    const t = tokens[i]!;
    if (isComma(tokens[i - 1]) && t.pos === 'VERB' && t.normal.endsWith('ing')) {
      coreLast = i - 2;
      break;
    }
  }
  return { first, last, coreLast, verb, concessive: concessive ?? trailing };
}
