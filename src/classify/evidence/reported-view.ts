import { voiceWords } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** LABELS.md: reported opinions are claims or a side's view; reported actions are facts. */
export const reportedView: Evidence = {
  id: 'reported-view',
  description: 'Someone other than the central actor is reported holding a view ("analysts say ...", "Ann Cole said ...").',
  examples: {
    hit: ['Analysts say talks could resume.', '"The site is safe," said Ann Cole.'],
    miss: ['The site opened in May.', 'A Brixo spokesman said the site was safe.', 'The firm has shut 9 ticket counters since 2015.'],
  },
  test: (ctx) => (ctx.voice && !ctx.holderIsCentral ? voiceWords(ctx) : undefined),
};
