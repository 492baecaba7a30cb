// A hand-made ArticleReport: one sentence per line, so a problem's line names its sentence.
import { summarize } from '../../src/summarize/summary.js';
import type { ArticleReport, Label, Sentence } from '../../src/types.js';

export function article(labels: Label[], confidence: number[] = []): ArticleReport {
  let start = 0;
  const sentences: Sentence[] = labels.map((label, index) => {
    const text = `Sentence ${index + 1} is a ${label}.`;
    const s: Sentence = { index, text, label, confidence: confidence[index] ?? 0.5, reasons: [], start, end: start + text.length, line: index + 1, column: 1, section: 0 };
    start += text.length + 1;
    return s;
  });
  const summary = summarize(sentences);
  return { file: 'a.txt', sentences, sections: [{ index: 0, heading: null, summary }], voices: { supporter: [], critic: [] }, summary };
}
