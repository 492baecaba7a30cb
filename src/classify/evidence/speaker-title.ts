import type { Candidate } from '../candidates.js';
import type { SentenceContext } from '../context.js';
import type { Evidence } from './evidence.js';

/** The article's record of the speaker as a name: where the title and lede put them, how often they are named. */
export function speakerCandidate(ctx: SentenceContext): Candidate | undefined {
  // (a loop over the keys: a spread copy and flatMap for every sentence cost more than the lookups)
  const found: Candidate[] = [];
  for (const key of ctx.speaker?.nameKeys ?? []) {
    const candidate = ctx.central.candidates.get(key);
    if (candidate) found.push(candidate);
  }
  // a name the title uses says the most; then the most named
  return found.find((c) => c.title !== 'absent') ?? found.sort((a, b) => a.mentionRank - b.mentionRank)[0];
}

/**
 * LABELS.md, "Which subject is central": a headline that attacks or backs something makes the
 * attacker or backer a side; one whose subject defends itself or says its piece makes it the
 * actor. Where the title puts the speaker, against the title's verb.
 */
export const speakerTitle: Evidence = {
  id: 'speaker-title',
  description: "Where the title puts the speaker: before or after its verb, and what kind of verb (attacks, backs, defends, says).",
  examples: {
    hit: [{ title: 'Cole attacks depot plan', text: 'Brixo opened a warehouse. Ann Cole said the site was too big.', central: 'Brixo' }],
    miss: [{ title: 'Brixo opens depot', text: 'Brixo opened a warehouse. A passer-by said the site was big.', central: 'Brixo' }],
  },
  test(ctx) {
    const candidate = speakerCandidate(ctx);
    return candidate && candidate.title !== 'absent' ? { value: candidate.title, words: [ctx.speaker!.name] } : undefined;
  },
};
