import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const texts = (text: string) => analyzeArticle('t', text).sentences.map((s) => s.text);

describe('sentences', () => {
  it('does not split at abbreviations like U.S. and Mr.', () => {
    expect(texts('Mr. Smith went to the U.S. on Monday. He met officials.')).toEqual([
      'Mr. Smith went to the U.S. on Monday.',
      'He met officials.',
    ]);
  });

  it('does not split after a councillor\'s title ("said Coun. Matt Whitman")', () => {
    expect(texts('"It fits perfectly," said Coun. Matt Whitman. Cllr. Ann Lee disagreed.')).toEqual([
      '"It fits perfectly," said Coun. Matt Whitman.',
      'Cllr. Ann Lee disagreed.',
    ]);
  });

  it('does not split after rupees written with a stop ("Rs. 1,500")', () => {
    expect(texts('The fee rose from Rs. 1,500 to Rs.3,000 this year. Students protested.')).toEqual(['The fee rose from Rs. 1,500 to Rs.3,000 this year.', 'Students protested.']);
  });

  it('leaves out the signature under an embedded post, initials and all', () => {
    // a page copied from the web: a paragraph to a line
    const opening = 'The mayor posted her reply overnight, hours after the council published a plan to close four of its eleven branch libraries by the end of the year to save money on its buildings.';
    const page = `${opening}\nWe will keep every library open next year\n— Ann B. Cole (@anncole) May 2, 2016\nCouncillors meet on Friday.\n`;
    expect(texts(page).some((t) => t.includes('@anncole'))).toBe(false);
    expect(texts(page)).toContain('Councillors meet on Friday.');
  });

  it('leaves out a source credit set between tildes after the last stop ("... Linton stressed. ~ Caribbean360 ~")', () => {
    expect(texts('The party will march on Friday. "We are not in any confrontation mode," Linton stressed. ~ Caribbean360 ~')).toEqual([
      'The party will march on Friday.',
      '"We are not in any confrontation mode," Linton stressed.',
    ]);
  });

  it('gives offsets, line and column that point into the input', () => {
    const text = 'Title Line\r\n\r\nFirst one here. Second one — with “quotes” and émojis 🙂 here.\nThird.';
    const article = analyzeArticle('t', text);
    for (const s of article.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(article.sentences.map((s) => [s.line, s.column])).toEqual([
      [3, 1],
      [3, 17],
      [4, 1],
    ]);
    expect(article.sections[1]?.heading).toMatchObject({ text: 'Title Line', line: 1, column: 1 });
  });

  it('puts every sentence in the section of the heading above it', () => {
    const article = analyzeArticle('t', 'Lead sentence.\nFirst Heading\nOne. Two.\nSecond Heading\nThree.');
    expect(article.sentences.map((s) => s.section)).toEqual([0, 1, 1, 2]);
    expect(article.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'First Heading', 'Second Heading']);
  });
});
