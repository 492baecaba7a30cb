// An article read in chunks, put back together exactly: sentence and section numbers go on
// from the chunks before, and a chunk's section 0 (what precedes its first heading) is the
// section the previous chunk ended in.
import { mergeSummaries } from '../summarize/summary.js';
import type { ArticleReport } from '../types.js';

/** Number the next chunk after `sentences` sentences and `sections` sections. */
export function continuePart(before: { sentences: number; sections: number }, part: ArticleReport): ArticleReport {
  const sectionBase = before.sections - 1;
  return {
    ...part,
    sentences: part.sentences.map((s) => ({ ...s, index: s.index + before.sentences, section: s.section + sectionBase })),
    sections: part.sections.map((s) => ({ ...s, index: s.index + sectionBase })),
    speakers: part.speakers.map((s) => ({ ...s, sentences: s.sentences.map((i) => i + before.sentences) })),
  };
}

/**
 * Append a chunk numbered by continuePart to the article so far, in place (an article can
 * have thousands of chunks, so nothing is copied). `before.sections` may hold only its last
 * section: the others are never changed again. Voices are not merged here: the caller tallies
 * them (summarize/voices.ts, VoiceTally) and ranks them once, when the article is complete.
 */
export function appendPart(before: ArticleReport, part: ArticleReport): void {
  const [open, ...rest] = part.sections;
  const last = before.sections.pop();
  if (last && open) before.sections.push({ ...last, summary: mergeSummaries([last.summary, open.summary]) });
  for (const section of rest) before.sections.push(section);
  for (const sentence of part.sentences) before.sentences.push(sentence);
  // a speaker heard in several chunks is one speaker: the first chunk's reading of them stands
  for (const speaker of part.speakers) {
    const known = before.speakers.find((s) => s.id === speaker.id);
    if (!known) before.speakers.push(speaker);
    else {
      known.sentences.push(...speaker.sentences);
      for (const m of speaker.mentions) if (!known.mentions.includes(m)) known.mentions.push(m);
    }
  }
  before.central = { ...before.central, actor: before.central.actor ?? part.central.actor, mentions: before.central.mentions + part.central.mentions };
  before.summary = mergeSummaries([before.summary, part.summary]);
}
