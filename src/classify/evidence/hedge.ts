import { wordsOf, type SentenceContext } from '../context.js';
import type { Evidence } from './evidence.js';

/** Words that open a relative clause after a noun ("action that could be taken"). */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/**
 * Is the hedge at `at` inside a relative clause after the main verb ("discuss action that could
 * be taken") or a phrase of fear after it ("were told to shut amid fears it could collapse")?
 * There it qualifies a thing or a reason, not what the main clause says happened.
 */
function qualifiesAThing(ctx: SentenceContext, at: number): boolean {
  const { tokens, clause } = ctx;
  for (let k = at - 1; k > Math.max(clause.first, clause.verb); k--) {
    const t = tokens[k]!;
    if (t.normal === 'amid') return true;
    if (RELATIVES.has(t.normal) && tokens[k - 1]?.pos === 'NOUN') return true;
  }
  return false;
}

/** Participles of the senses: what "could be seen" or "could be heard" was there to perceive. */
const PERCEIVED: ReadonlySet<string> = new Set(['seen', 'heard', 'felt', 'smelled', 'smelt', 'spotted', 'observed']);

/** Is the "could" at `at` the past of "can" for the senses ("smoke could be seen for miles"), a fact rather than a guess? */
const perceivable = ({ tokens }: SentenceContext, at: number): boolean =>
  tokens[at]?.normal === 'could' && tokens[at + 1]?.normal === 'be' && PERCEIVED.has(tokens[at + 2]?.normal ?? '');

/** LABELS.md: predictions, speculation, hedged or modal statements are claims. */
export const hedge: Evidence = {
  id: 'hedge',
  description: 'A modal, hedge or open question in the main clause ("could", "remains to be seen").',
  examples: {
    hit: ['The outcome could influence the vote.', 'It remains to be seen how voters will react.', 'The value of the scheme is open to debate.', 'Questions remain over who will pay for the scheme.', 'Councillors should back the warehouse.', 'Students allegedly locked the gate on Monday.', 'Closing both schools was estimated to save $750,000 a year.', 'Some 200 staff are said to be stuck inside.'],
    miss: ['The board will meet on 14 June to decide whether to open a second site.', 'A poll of 400 likely buyers found 61% would shop there.', 'Hundreds of potential candidates will be whittled down by a panel.', 'The fees will be levied from May.', 'The union will wait until May.', 'Home Secretary Theresa May voted against the ban.', 'The second warehouse would be built on farmland east of the town.', 'Her appeal is expected to be heard in October.', 'The board met to discuss action that could be taken.', 'Forty schools were told to shut last week amid fears they could collapse.', 'Smoke from the fire could be seen across the town.'],
  },
  test(ctx) {
    const words = ctx.cues.filter((c) => c.name === 'hedge' && c.first >= ctx.clause.first && c.last <= ctx.clause.coreLast && !qualifiesAThing(ctx, c.first) && !perceivable(ctx, c.first)).map((c) => wordsOf(ctx, c.first, c.last));
    return words.length > 0 ? words : undefined;
  },
};
