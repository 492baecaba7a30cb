import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../../src/render/layout.js';
import { article, sample } from './sample.js';

const texts = (a: Parameters<typeof layoutArticle>[0]) =>
  layoutArticle(a).map(({ section, paragraphs }) => [section.heading?.text ?? null, paragraphs.map((p) => p.map((s) => s.text))]);

describe('layoutArticle', () => {
  it('keeps sentences of one line together and opens a paragraph on a new line or section', () => {
    expect(texts(sample)).toEqual([
      [null, [['Critics argue the plan <script>alert(1)</script> fails.', 'It passed in 2019.']]],
      ['The Plan in <Question>', [['Supporters say it "works" & helps.'], ['Skeptics warn it may fail.', 'It could change things.']]],
      ['Nothing Here', []],
    ]);
  });

  it('in a hard-wrapped article, breaks paragraphs only at blank lines', () => {
    const wrapped = article('wrapped.txt', [], [
      { text: 'One sentence that runs\nover two lines.', label: 'fact', line: 1, section: 0 },
      { text: 'The next starts a line.', label: 'claim', line: 3, section: 0 },
      { text: 'After a blank line.', label: 'claim', line: 5, section: 0 },
    ]);
    expect(texts(wrapped)).toEqual([
      [null, [['One sentence that runs\nover two lines.', 'The next starts a line.'], ['After a blank line.']]],
    ]);
  });
});
