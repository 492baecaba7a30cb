// The article's shape for the views that show it as written (html, text): sections in
// order, each split into paragraphs. The Report has no text between sentences, so a
// paragraph break is read from the sentences' line numbers.
import type { ArticleReport, Section, Sentence } from '../types.js';

export interface SectionLayout {
  section: Section;
  /** Sentences in reading order, one array per paragraph. */
  paragraphs: Sentence[][];
}

const LINE_BREAK = /\r\n|\r|\n|\f|\v|\u2028|\u2029/g;

function lastLine(s: Sentence): number {
  return s.line + (s.text.match(LINE_BREAK)?.length ?? 0);
}

/**
 * Sections with their paragraphs. A sentence that starts on a later line than the last one
 * ended opens a paragraph; in a hard-wrapped article (a sentence runs over a line break)
 * only a blank line does, since there a new line alone says nothing.
 */
export function layoutArticle(article: ArticleReport): SectionLayout[] {
  const hardWrapped = article.sentences.some((s) => s.text.match(LINE_BREAK));
  const gapForBreak = hardWrapped ? 2 : 1;
  const layouts: SectionLayout[] = article.sections.map((section) => ({ section, paragraphs: [] }));
  let previous: Sentence | undefined;
  for (const sentence of article.sentences) {
    const layout = layouts[sentence.section];
    if (!layout) continue;
    const current = layout.paragraphs.at(-1);
    const sameSection = previous?.section === sentence.section;
    if (current && sameSection && previous && sentence.line - lastLine(previous) < gapForBreak) current.push(sentence);
    else layout.paragraphs.push([sentence]);
    previous = sentence;
  }
  return layouts;
}
