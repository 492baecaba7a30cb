import { speakerCandidate } from './speaker-title.js';
import type { Evidence } from './evidence.js';

/** How prominent the speaker is: the article's most named, the lede's subject. An actor is named often and early. */
export const speakerProminence: Evidence = {
  id: 'speaker-prominence',
  description: "The speaker's place in the article: the lede's subject, the most named, or a minor voice.",
  examples: {
    hit: [{ text: 'Ann Cole opened a warehouse on Monday. Cole said the site would employ 200 people. "We are proud," Cole said.' }],
    miss: ['The site opened in May.'],
  },
  test(ctx) {
    const candidate = speakerCandidate(ctx);
    if (!candidate) return undefined;
    const value = candidate.lede === 'subject' ? 'lede-subject' : candidate.mentionRank === 1 ? 'most-named' : candidate.mentionRank <= 3 ? 'often-named' : 'minor';
    return { value, words: [ctx.speaker!.name] };
  },
};
