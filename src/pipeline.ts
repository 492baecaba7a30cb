// The one place that knows the order: segment -> frame -> classify -> summarize, for one article.
import { describeCentral, findCentral, type Central } from './classify/central.js';
import { classifyArticle, type ClassifyOptions } from './classify/classify.js';
import { ensureLexicons } from './classify/cues.js';
import { analyzeText, type Token, type TokenSpan } from './nlp/wink.js';
import { parseDocument, type DocumentFormat } from './input/format.js';
import type { ParsedDocument } from './segment/document.js';
import { isBoilerplate } from './segment/blocks.js';
import { splitSentences, type SentenceSpan } from './segment/sentences.js';
import { collectVoices, summarize } from './summarize/summary.js';
import type { ArticleReport, Section, Sentence, Span } from './types.js';

export interface AnalyzeOptions extends ClassifyOptions {
  /** Name the central subject instead of detecting it. */
  central?: string;
  /** How to read the text; plain text when not given. */
  format?: DocumentFormat;
  /** The text goes on from an earlier chunk of its input, so its opening line is no headline. */
  continued?: boolean;
}

/** An article read up to its labels: its sentences, their sections, its central actor. */
export interface ReadText {
  doc: ParsedDocument;
  /** The title as written and as wink read it, when the article has one. */
  title: { text: string; tokens: Token[]; cues: TokenSpan[] } | undefined;
  /** Section headings; the first is null (what comes before any heading). */
  headings: Array<Span | null>;
  sentences: Array<{ span: SentenceSpan; section: number }>;
  central: Central;
}

/** Split an article into sections and sentences and find its central actor. */
export function readText(text: string, options: AnalyzeOptions = {}): ReadText {
  ensureLexicons();
  const doc = parseDocument(text, options.format ?? 'text', options.continued);
  const span = (start: number, end: number): Span => ({ text: doc.text.slice(start, end), ...doc.position(start, end) });
  const headings: Array<Span | null> = [null];
  const sentences: ReadText['sentences'] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') headings.push(span(block.start, block.end));
    else {
      for (const s of splitSentences(doc.text, block)) {
        // a photo credit after a caption's stop ("... New Jersey. Photograph: Ann Cole/Reuters") is a heading too
        if (isBoilerplate(doc.text.slice(s.start, s.end))) headings.push(span(s.start, s.end));
        else sentences.push({ span: s, section: headings.length - 1 });
      }
    }
  }
  // the first heading before any sentence is the article's title, and names its subject
  const title = headings[1] && (sentences[0]?.section ?? 1) >= 1 ? headings[1] : null;
  const titleText = title ? analyzeText(title.text, 0, true) : undefined;
  const central = findCentral(sentences.map((s) => s.span), titleText?.tokens ?? [], options.central, titleText?.cues);
  return { doc, title: title && titleText ? { text: title.text, tokens: titleText.tokens, cues: titleText.cues } : undefined, headings, sentences, central };
}

/** Analyze one article's text. `file` is only carried into the report. */
export function analyzeArticle(file: string, text: string, options: AnalyzeOptions = {}): ArticleReport {
  const { doc, title, headings, sentences: read, central } = readText(text, options);
  const { sentences: labels, speakers, unmatched } = classifyArticle(read.map((s) => s.span), central, options);
  const described = describeCentral(read.map((s) => s.span), title, central, options.central !== undefined);
  const warnings = unmatched.map((name) => `${file}: the side given for ${JSON.stringify(name)} names no speaker of the article`);
  // a central name the article never mentions changes nothing for the better: say so
  if (options.central !== undefined && described.mentions === 0 && !described.actor) warnings.push(`${file}: the central subject ${JSON.stringify(options.central)} is not named in the article`);
  const sentences: Sentence[] = read.map(({ span: s, section }, index) => {
    const c = labels[index]!;
    const sentence: Sentence = {
      index,
      text: doc.text.slice(s.start, s.end),
      ...doc.position(s.start, s.end),
      label: c.label,
      confidence: c.confidence,
      reasons: c.reasons,
      section,
    };
    if (c.holder) sentence.holder = c.holder;
    if (c.speaker) sentence.speaker = c.speaker;
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
  const report: ArticleReport = { file, sentences, sections, voices: collectVoices(sentences), central: described, speakers, summary: summarize(sentences) };
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
