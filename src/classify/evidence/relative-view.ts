import { partitives } from '../lexicons/clauses.js';
import { roleOf, sideOf } from '../lexicons/index.js';
import type { Evidence } from './evidence.js';

const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
/** How far after a relative pronoun its reporting verb may stand ("which critics have long claimed"). */
const RELATIVE_REACH = 4;

/**
 * LABELS.md: a side's view heard only inside a relative clause of an otherwise neutral
 * sentence gives the sentence that side. The value is the side its holder, its verb or its
 * words take ("for", "against") or "heard" when they take none.
 */
export const relativeView: Evidence = {
  id: 'relative-view',
  description: 'A view reported in a relative clause ("a bill which critics claim would legalise ...", "..., who said the deal lacked safeguards").',
  examples: {
    hit: [
      'Councillors will vote on a scheme which opponents say would flood the valley.',
      'The plan follows a survey that suggested the lorries damage and harm village roads.',
      'The only vote against came from Councillor Ann Cole, who said the deal lacked safeguards.',
      'The meeting drew dozens of parents, some of whom said the decision was rushed.',
    ],
    miss: ['Councillors will vote on a scheme which would flood the valley.', 'Groups that are opposed to the scheme met on Monday.'],
  },
  test(ctx) {
    if (ctx.holderIsCentral || ctx.quoted || (ctx.voice && !ctx.voice.relative)) return undefined;
    // a relative clause may trail the main clause (", who said ..."): it is heard all the same
    const end = ctx.tokens.length - 1;
    for (let r = ctx.clause.first + 1; r <= end; r++) {
      // "a bill which critics claim ...", "Ann Cole, who said ...": a relative clause on a noun or a name
      // ... or on a part of them ("several dozen parents, some of whom called the decision rushed")
      const part = ctx.tokens[r - 1]?.normal === 'of' && partitives.has(ctx.tokens[r - 2]?.normal ?? '') ? 2 : 0;
      const antecedent = ctx.tokens[r - 1 - part]?.value === ',' ? ctx.tokens[r - 2 - part] : ctx.tokens[r - 1 - part];
      if (!RELATIVES.has(ctx.tokens[r]!.normal) || (antecedent?.pos !== 'NOUN' && antecedent?.pos !== 'PROPN')) continue;
      const verb = ctx.cues.find((c) => roleOf(c.name) === 'reporting-verb' && c.first > r && c.first <= r + RELATIVE_REACH);
      if (!verb) continue;
      const inside = ctx.cues.filter((c) => c.first > r && c.first <= verb.first);
      const named = inside.map((c) => (roleOf(c.name) === 'holder' || roleOf(c.name) === 'reporting-verb' ? sideOf(c.name) : null)).find(Boolean);
      // "groups that are opposed to ..." describes the antecedent; only a reported view is a voice
      if (sideOf(verb.name) && !inside.some((c) => roleOf(c.name) === 'holder')) continue;
      const stance = ctx.viewStance(verb.last + 1, r > ctx.clause.last ? end : ctx.clause.last);
      const lean = named ?? (stance < 0 ? 'critic' : stance > 0 ? 'supporter' : null);
      const words = ctx.tokens.slice(r, verb.last + 1).map((t) => t.value);
      return { value: lean === 'critic' ? 'against' : lean === 'supporter' ? 'for' : 'heard', words };
    }
    return undefined;
  },
};
