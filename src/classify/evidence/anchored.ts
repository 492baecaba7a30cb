import type { SentenceContext } from '../context.js';
import { leadingSubordinators } from '../lexicons/clauses.js';
import type { Evidence } from './evidence.js';

const DATES = new Set(['DATE', 'TIME']);
const FIGURES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY']);
const DEFINITE = new Set(['the', 'these', 'those']);

/**
 * The main clause's dates and figures. A leading phrase without a verb ("On Tuesday, ...")
 * dates the main clause; a leading clause with its own verb ("When Turkey shot down a jet in
 * 2015, ...") dates only itself. An ordinal ("her first term") counts nothing.
 */
function mainClauseAnchors(ctx: SentenceContext): { kind: 'date' | 'figure'; words: string[] } | undefined {
  const leading = ctx.tokens.slice(0, ctx.clause.first);
  const ownClause = leading.some((t) => t.pos === 'VERB' || t.pos === 'SCONJ' || leadingSubordinators.has(t.normal));
  const first = ownClause ? ctx.clause.first : 0;
  const inClause = (a: number, b: number): boolean => a >= first && b <= ctx.clause.last;
  // "The three summits were undoubtedly milestones": a number word after "the" names things
  // already counted, it counts nothing new ("the 200 workers", in digits, is a figure still)
  const referred = (e: { name: string; first: number }): boolean => e.name === 'CARDINAL' && DEFINITE.has(ctx.tokens[e.first - 1]?.normal ?? '') && /^[a-z]+$/.test(ctx.tokens[e.first]!.normal);
  const found = ctx.entities.filter((e) => inClause(e.first, e.last) && (DATES.has(e.name) || FIGURES.has(e.name)) && !referred(e));
  if (found.length === 0) return undefined;
  const kind = found.some((e) => FIGURES.has(e.name)) ? 'figure' : 'date';
  return { kind, words: found.map((e) => ctx.tokens.slice(e.first, e.last + 1).map((t) => t.value).join(' ')) };
}

/** LABELS.md: a checkable event, action, figure or date is a fact. */
export const anchored: Evidence = {
  id: 'anchored',
  description: 'A date or a figure that can be checked, in the main clause.',
  examples: {
    hit: ['The board visited the plant in Leeds in March 2021, underlining its new focus.', 'The warehouse will employ 200 people.', 'The company opened two more factories in Wales.'],
    miss: ['The company opened more factories in Wales.', 'When the depot opened in 2019, the mood in the village was calm.', 'It was her first term.', 'The three summits were milestones in the talks.'],
  },
  test(ctx) {
    const found = mainClauseAnchors(ctx);
    return found && { value: found.kind, words: found.words };
  },
};
