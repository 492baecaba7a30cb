import type { Evidence } from './evidence.js';

/** Edges of the summed stance's bands: below the first is strongly against, above the last strongly for. */
const BANDS: ReadonlyArray<[number, string]> = [
  [-2, 'strongly-against'],
  [-0.5, 'against'],
  [0.5, 'level'],
  [2, 'for'],
];

/** The speaker's summed stance as its band. */
function bandOf(stance: number): string {
  return BANDS.find(([edge]) => stance < edge)?.[1] ?? 'strongly-for';
}

/** The speaker's summed stance as for, against or level: the bands without their strength. */
export function speakerLean(stance: number): 'for' | 'against' | 'level' {
  const band = bandOf(stance);
  return band === 'level' ? band : band.endsWith('against') ? 'against' : 'for';
}

/**
 * A speaker's side is decided once, from all their words: the stance words and tone of every
 * view they voice, summed. The band is evidence; how much each band counts is learned.
 */
export const speakerStance: Evidence = {
  id: 'speaker-stance',
  description: "How the speaker's views lean, summed over all their sentences in the article.",
  examples: {
    hit: ['Ann Cole said the move was unwise and wasteful.', 'Ann Cole said the move was sensible and long overdue.'],
    miss: ['The site opened in May.', 'A Brixo spokesman said the site was safe.'],
  },
  test(ctx) {
    const speaker = ctx.speaker;
    if (!speaker || speaker.id === 'central') return undefined;
    return { value: bandOf(speaker.stance), words: [speaker.name] };
  },
};
