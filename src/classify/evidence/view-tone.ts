import { otherVoice, voiceWords } from '../grammar.js';
import type { Evidence } from './evidence.js';

/** Edges of the bands of a single view's stance; how much each counts is learned. */
const BANDS: ReadonlyArray<[number, string]> = [
  [-1, 'strongly-against'],
  [-0.2, 'against'],
  [0.2, 'level'],
  [1, 'for'],
];

/** LABELS.md: for a neutral holder the side comes from what the view says ("others argue it opens a door ..."). */
export const viewTone: Evidence = {
  id: 'view-tone',
  description: "How this sentence's view leans: its stance words and wink-nlp sentiment.",
  examples: {
    hit: ['Others argue it opens a door to lasting peace.', 'Residents said the plan was a disaster.'],
    miss: ['The site opened in May.'],
  },
  test(ctx) {
    if (!otherVoice(ctx)) return undefined;
    const [first, last] = ctx.view;
    const stance = ctx.viewStance(first, last);
    const band = BANDS.find(([edge]) => stance < edge)?.[1] ?? 'strongly-for';
    return { value: band, words: voiceWords(ctx) };
  },
};
