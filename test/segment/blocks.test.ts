import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/segment/blocks.js';

const kinds = (text: string) => splitBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('splitBlocks', () => {
  it('makes a short unpunctuated title line a heading, not part of the next sentence', () => {
    const text = 'Historical Context of the Meetings\nThe 2018 summit was the first. It was in June.\n';
    expect(kinds(text)).toEqual([
      ['heading', 'Historical Context of the Meetings'],
      ['paragraph', 'The 2018 summit was the first. It was in June.'],
    ]);
  });

  it('makes a long headline on a line of its own a heading when it is capitalised like a title, and not otherwise', () => {
    const title = "Former Port Chief Backs Mayor's Harbour Plan, Says Critics Have the Costs of Dredging All Wrong";
    expect(kinds(`${title}\n\nThe mayor's plan won a new ally on Monday.\n`)[0]).toEqual(['heading', title]);
    const line = 'the former port chief said on Monday that he backs the plan and that critics of the harbour have it wrong';
    expect(kinds(`${line}\n\nThe mayor's plan won a new ally on Monday.\n`)[0]![0]).toBe('paragraph');
  });

  it("makes a text's opening line, alone and without a stop, its headline however long, and such a line further on no heading", () => {
    const headline = 'We need to stand up for vulnerable people, says leading health campaigner after temporary closure of Ward 5B is revealed';
    const body = 'A leading campaigner has called for honesty after the closure was revealed.';
    expect(kinds(`${headline}\n\n${body}\n`)).toEqual([
      ['heading', headline],
      ['paragraph', body],
    ]);
    expect(kinds(`${body}\n\n${headline}\n\n${body}\n`).map(([kind]) => kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    // ... nor a text that is that one line, with no story after it
    expect(kinds(`${headline}\n`).map(([kind]) => kind)).toEqual(['paragraph']);
    // ... nor the opening of a later chunk of a long input, which reads as the whole text does
    expect(splitBlocks(`${headline}\n\n${body}\n`, true).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('gives each list item its own block without the marker', () => {
    const text = 'Intro sentence.\n- First point here.\n* Second point.\n• Third point.\n1. Fourth.\n2) Fifth.\na) Sixth.\n';
    expect(kinds(text)).toEqual([
      ['paragraph', 'Intro sentence.'],
      ['item', 'First point here.'],
      ['item', 'Second point.'],
      ['item', 'Third point.'],
      ['item', 'Fourth.'],
      ['item', 'Fifth.'],
      ['item', 'Sixth.'],
    ]);
  });

  it('joins a hard-wrapped paragraph across its line breaks', () => {
    const text = 'The minister said on Tuesday that the plan to reform the\nhealth service would go ahead despite the protests of\nunions and doctors.\n';
    expect(kinds(text)).toEqual([['paragraph', text.trimEnd()]]);
  });

  it('tells a wrapped line ending in a capitalised word from a heading', () => {
    const wrapped = 'Officials from both parties met in the capital to discuss Prime Minister\nTony Blair and his plans for the coming year in detail.\n';
    expect(kinds(wrapped).map(([k]) => k)).toEqual(['paragraph']);
    const heading = 'Plans for the Coming Year\nOfficials from both parties met in the capital to discuss the plans.\n';
    expect(kinds(heading).map(([k]) => k)).toEqual(['heading', 'paragraph']);
  });

  it('treats a title line followed by a blank line as a heading, even in sentence case', () => {
    expect(kinds('Minister digs in over row\n\nThe minister says he will not apologise.\n').map(([k]) => k)).toEqual([
      'heading',
      'paragraph',
    ]);
  });

  it('handles CRLF and lone CR line ends with offsets into the original text', () => {
    const text = 'A Heading\r\nFirst sentence here.\r\rSecond paragraph.';
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['heading', 'A Heading'],
      ['paragraph', 'First sentence here.'],
      ['paragraph', 'Second paragraph.'],
    ]);
  });

  it('keeps two headings in a row apart', () => {
    expect(kinds('Commentary\nAssessing the Approach\nThe approach is new.').map(([k]) => k)).toEqual([
      'heading',
      'heading',
      'paragraph',
    ]);
  });

  it('tells the same line apart by layout: a heading in one article, a wrapped line in another', () => {
    const line = 'Kim Jong Un and Donald Trump';
    const asHeading = `${line}\nThe two leaders met three times in two years.\n`;
    const asWrapped = `The first summit was a meeting between\n${line}\nin Singapore in June 2018.\n`;
    expect(kinds(asHeading)).toEqual([
      ['heading', line],
      ['paragraph', 'The two leaders met three times in two years.'],
    ]);
    expect(kinds(asWrapped)).toEqual([['paragraph', asWrapped.trimEnd()]]);
  });

  it('reads a sentence-case line as a wrapped line when a lower-case continuation follows it', () => {
    const text = 'Negotiators say the talks with North Korea\nresumed quietly in March.\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph']);
  });

  it('takes every bullet and bracketed marker off its list item', () => {
    const text = 'Points:\n‣ One.\n⁃ Two.\n◦ Three.\n(a) Four.\n(b) Five.\n1) Six.\n2.) Seven.\n• 9. Eight.\n';
    expect(kinds(text).slice(1)).toEqual(
      ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.', 'Eight.'].map((t) => ['item', t]),
    );
  });

  it('breaks lines at form feeds and skips tab indentation', () => {
    const text = 'First page ends here.\f\tSecond page starts here.\n';
    expect(kinds(text)).toEqual([['paragraph', 'First page ends here.\f\tSecond page starts here.']]);
    const paged = 'First page ends here.\f\fSecond Page Heading\n\tSecond page starts here.\n';
    expect(kinds(paged)).toEqual([
      ['paragraph', 'First page ends here.'],
      ['heading', 'Second Page Heading'],
      ['paragraph', 'Second page starts here.'],
    ]);
  });

  it('keeps a list written one entry a line apart, but joins a wrapped sentence', () => {
    expect(kinds('features\ncontact manager\nevents, activities\n')).toEqual([
      ['item', 'features'],
      ['item', 'contact manager'],
      ['item', 'events, activities'],
    ]);
    expect(kinds('This is a sentence\ncut off in the middle because pdf.\n').map(([k]) => k)).toEqual(['paragraph']);
  });
  it('makes a line standing alone between blank lines a heading even when it ends on "for"', () => {
    const text = 'A new bridge is a cost our towns will pay for\n\nBy Ann Cole\n\nThe council approved the bridge on Monday.\n';
    expect(kinds(text).map(([kind]) => kind)).toEqual(['heading', 'heading', 'paragraph']);
    // ... while a wrapped line that ends on "for" stays in its paragraph
    const wrapped = 'The council said the bridge was something the towns would pay for\nyears to come, and approved it.\n';
    expect(kinds(wrapped).map(([kind]) => kind)).toEqual(['paragraph']);
  });
});
