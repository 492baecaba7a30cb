import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const analyze = (source: string) => analyzeArticle('t.md', source, { format: 'markdown' });
const headings = (source: string) => analyze(source).sections.flatMap((s) => (s.heading ? [s.heading.text] : []));
const texts = (source: string) => analyze(source).sentences.map((s) => s.text);

describe('Markdown input', () => {
  it('opens sections at ATX and setext headings', () => {
    const source = '# Title Here\n\nLead sentence.\n\nSecond Part\n-----------\n\nBody sentence.\n\n### Third *Part*\n\nLast one.\n';
    const article = analyze(source);
    expect(headings(source)).toEqual(['Title Here', 'Second Part', 'Third Part']);
    expect(article.sentences.map((s) => [s.text, s.section])).toEqual([
      ['Lead sentence.', 1],
      ['Body sentence.', 2],
      ['Last one.', 3],
    ]);
  });

  it('gives sentences from paragraphs, list items and block quotes, none from code, tables, HTML or front matter', () => {
    const source = [
      '---',
      'title: Not a sentence.',
      '---',
      '',
      'A paragraph sentence.',
      '',
      '- A list item.',
      '- Another item. With two sentences.',
      '',
      '> A quoted sentence that is',
      '> wrapped over two lines.',
      '',
      '```',
      'const code = "not a sentence.";',
      '```',
      '',
      '    indented code. Not a sentence.',
      '',
      '| Head | Cell |',
      '| ---- | ---- |',
      '| Not a sentence. | Nor this. |',
      '',
      '<div>Not a sentence either.</div>',
      '',
    ].join('\n');
    expect(texts(source)).toEqual([
      'A paragraph sentence.',
      'A list item.',
      'Another item.',
      'With two sentences.',
      'A quoted sentence that is\nwrapped over two lines.',
    ]);
  });

  it('drops inline markup from the words but points start, end, line and column into the source', () => {
    const source = 'Intro line.\n\nThe **summit** in [Singapore](https://example.org) was `historic`. It _ended_ well.\n';
    const [, first, second] = analyze(source).sentences;
    expect(first).toMatchObject({ text: 'The summit in Singapore was historic.', line: 3, column: 1 });
    expect(source.slice(first!.start, first!.end)).toBe('The **summit** in [Singapore](https://example.org) was `historic`.');
    expect(second).toMatchObject({ text: 'It ended well.', line: 3, column: 68 });
    expect(source.slice(second!.start, second!.end)).toBe('It _ended_ well.');
  });

  it('traces a block quote continuation line to its own source line', () => {
    const source = '> First quoted sentence.\n> Second quoted sentence.\n';
    expect(analyze(source).sentences.map((s) => [s.text, s.line, s.column, source.slice(s.start, s.end)])).toEqual([
      ['First quoted sentence.', 1, 3, 'First quoted sentence.'],
      ['Second quoted sentence.', 2, 3, 'Second quoted sentence.'],
    ]);
  });
});
