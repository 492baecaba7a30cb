// A hand-made Report, so the formatters' tests do not move when the rules do.
import { collectVoices, mergeSummaries, summarize } from '../../src/summarize/summary.js';
import type { ArticleReport, Label, Report, Sentence, Span } from '../../src/types.js';

export interface SentenceSpec {
  text: string;
  label: Label;
  line: number;
  column?: number;
  section: number;
  holder?: string;
}

function span(text: string, line: number, column = 1): Span {
  // offsets are not read by the views; line and column are
  return { text, start: line * 1000 + column, end: line * 1000 + column + text.length, line, column };
}

export function article(file: string, headings: Array<[string, number]>, specs: SentenceSpec[]): ArticleReport {
  const sentences: Sentence[] = specs.map((s, index) => ({
    index,
    ...span(s.text, s.line, s.column),
    label: s.label,
    confidence: 0.9,
    reasons: [{ evidence: `${s.label}-sample-evidence`, words: s.holder ? [s.holder] : [], weight: 1 }],
    section: s.section,
    ...(s.holder ? { holder: s.holder } : {}),
  }));
  const sections = [null, ...headings.map(([text, line]) => span(text, line))].map((heading, index) => ({
    index,
    heading,
    summary: summarize(sentences.filter((s) => s.section === index)),
  }));
  const central = { name: 'The plan', actor: 'the council', source: 'title' as const, mentions: 2 };
  return { file, sentences, sections, voices: collectVoices(sentences), central, speakers: [], summary: summarize(sentences) };
}

export function report(...articles: ArticleReport[]): Report {
  return { schemaVersion: 1, articles, summary: mergeSummaries(articles.map((a) => a.summary)) };
}

/** Lead paragraph of two sentences on line 1, a heading, two paragraphs, an empty section. */
export const sample: ArticleReport = article(
  'sample.txt',
  [['The Plan in <Question>', 3], ['Nothing Here', 8]],
  [
    { text: 'Critics argue the plan <script>alert(1)</script> fails.', label: 'critic', line: 1, section: 0, holder: 'critics' },
    { text: 'It passed in 2019.', label: 'fact', line: 1, column: 58, section: 0 },
    { text: 'Supporters say it "works" & helps.', label: 'supporter', line: 4, section: 1, holder: 'supporters' },
    { text: 'Skeptics warn it may fail.', label: 'critic', line: 6, section: 1, holder: 'skeptics' },
    { text: 'It could change things.', label: 'claim', line: 6, column: 28, section: 1 },
  ],
);
