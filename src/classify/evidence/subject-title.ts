import { findMentions, nameKey } from '../candidates.js';
import type { Evidence } from './evidence.js';

/**
 * With no voice heard, who the main clause is about decides much: "Yukos lied to a US court,
 * the court has heard" under "Yukos accused of lying" is an accusation heard. Where the title
 * puts the main clause's subject.
 */
export const subjectTitle: Evidence = {
  id: 'subject-title',
  description: "Where the title puts the main clause's subject, for a sentence with no voice.",
  examples: {
    hit: [{ title: 'Brixo accused of hiding losses', text: 'Brixo hid its losses from investors, the court heard.' }],
    miss: [{ title: 'Brixo accused of hiding losses', text: 'Ann Cole said Brixo hid its losses.' }],
  },
  test(ctx) {
    if (ctx.voice) return undefined;
    const { first, verb } = ctx.clause;
    if (verb <= first) return undefined;
    const subject = findMentions(ctx.tokens.slice(first, verb), ctx.cues.filter((c) => c.first >= first && c.last < verb).map((c) => ({ ...c, first: c.first - first, last: c.last - first })))[0];
    const candidate = subject && ctx.central.candidates.get(subject.key.startsWith('@') ? subject.key : nameKey(subject.key));
    return candidate && candidate.title !== 'absent' ? { value: candidate.title, words: subject.words } : undefined;
  },
};
