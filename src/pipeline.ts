// The one place that knows the order: segment -> classify -> summarize, for one article.
import { findCentral } from './classify/central.js';
import { classifyArticle } from './classify/classify.js';
import { analyzeText } from './nlp/wink.js';
import { parseDocument, type DocumentFormat } from './input/format.js';
import { splitSentences, type SentenceSpan } from './segment/sentences.js';
import { collectVoices, summarize } from './summarize/summary.js';
import type { ArticleReport, Section, Sentence, Span } from './types.js';

export interface AnalyzeOptions {
  /** Name the central subject instead of detecting it. */
  central?: string;
  /** How to read the text; plain text when not given. */
  format?: DocumentFormat;
}

/** Analyze one article's text. `file` is only carried into the report. */
export function analyzeArticle(file: string, text: string, options: AnalyzeOptions = {}): ArticleReport {
  const doc = parseDocument(text, options.format ?? 'text');
  const span = (start: number, end: number): Span => ({ text: doc.text.slice(start, end), ...doc.position(start, end) });

  const headings: Array<Span | null> = [null];
  const spans: Array<{ span: SentenceSpan; section: number }> = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') headings.push(span(block.start, block.end));
    else for (const s of splitSentences(doc.text, block)) spans.push({ span: s, section: headings.length - 1 });
  }

  // the first heading before any sentence is the article's title, and names its subject
  const title = headings[1] && (spans[0]?.section ?? 1) >= 1 ? headings[1] : null;
  const titleText = title ? analyzeText(title.text) : undefined;
  const central = findCentral(spans.map((s) => s.span), titleText?.tokens ?? [], options.central, titleText?.cues);
  const labels = classifyArticle(spans.map((s) => s.span), central);

  const sentences: Sentence[] = spans.map(({ span: s, section }, index) => {
    const c = labels[index]!;
    const sentence: Sentence = {
      index,
      ...span(s.start, s.end),
      label: c.label,
      confidence: c.confidence,
      reasons: c.reasons,
      section,
    };
    if (c.holder) sentence.holder = c.holder;
    return sentence;
  });

  // one pass, not a filter per heading: that was quadratic, 7 of 15 s on a 5 MB file
  const bySection: Sentence[][] = headings.map(() => []);
  for (const s of sentences) bySection[s.section]!.push(s);
  const sections: Section[] = headings.map((heading, index) => ({
    index,
    heading,
    summary: summarize(bySection[index]!),
  }));
  // section 0 holds what comes before the first heading, even when that is nothing,
  // so a sentence's section index is the number of headings above it
  return { file, sentences, sections, voices: collectVoices(sentences), summary: summarize(sentences) };
}
