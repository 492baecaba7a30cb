import { cueWords } from '../context.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: predictions, speculation, hedged or modal statements are claims. */
export const hedge: Evidence = {
  id: 'hedge',
  description: 'A modal, hedge or open question in the main clause ("could", "remains to be seen").',
  examples: {
    hit: ['The outcome could influence the vote.', 'It remains to be seen how voters will react.', 'The value of the scheme is open to debate.', 'Questions remain over who will pay for the scheme.', 'Councillors should back the warehouse.', 'Students allegedly locked the gate on Monday.', 'Closing both schools was estimated to save $750,000 a year.', 'Some 200 staff are said to be stuck inside.'],
    miss: ['The board will meet on 14 June to decide whether to open a second site.', 'A poll of 400 likely buyers found 61% would shop there.', 'Hundreds of potential candidates will be whittled down by a panel.', 'The fees will be levied from May.', 'The union will wait until May.', 'Home Secretary Theresa May voted against the ban.', 'The second warehouse would be built on farmland east of the town.', 'Her appeal is expected to be heard in October.'],
  },
  test: (ctx) => cueWords(ctx, 'hedge', ctx.clause.first, ctx.clause.coreLast),
};
