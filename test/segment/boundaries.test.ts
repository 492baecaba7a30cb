import { describe, expect, it } from 'vitest';
import { findSentences } from '../../src/segment/boundaries.js';
import { analyzeArticle } from '../../src/pipeline.js';

const texts = (text: string) => analyzeArticle('t', text).sentences.map((s) => s.text);
const noVerb = () => false;

describe('sentence boundaries', () => {
  it('goes on past "v." in a case name and a time zone after a clock time, and gives a spaced-off closing quote to the sentence it closes', () => {
    expect(texts('He voted to overturn Roe v. Wade, the group said. The show airs at 9 p.m. ET on CBS. She left at 9 p.m. The next day she came back.')).toEqual([
      'He voted to overturn Roe v. Wade, the group said.',
      'The show airs at 9 p.m. ET on CBS.',
      'She left at 9 p.m.',
      'The next day she came back.',
    ]);
    expect(texts('He said: "Yet the protesters are still here, and stronger than ever. " A ruling is expected in February.')).toEqual([
      'He said: "Yet the protesters are still here, and stronger than ever. "',
      'A ruling is expected in February.',
    ]);
  });

  it('keeps a quotation and its reporting clause together, and ends at a new subject', () => {
    expect(texts('"How can you be happy about it?" Moreau said. "I am upset." She left.')).toEqual([
      '"How can you be happy about it?" Moreau said.',
      '"I am upset."',
      'She left.',
    ]);
    expect(texts('"It is over!" Trump told reporters on Monday. "It is banned." Ivanova says the pill came from a cold remedy.')).toEqual([
      '"It is over!" Trump told reporters on Monday.',
      '"It is banned."',
      'Ivanova says the pill came from a cold remedy.',
    ]);
    expect(texts('"We will win," said Claire Moreau, who played on. It rained.')).toEqual([
      '"We will win," said Claire Moreau, who played on.',
      'It rained.',
    ]);
    // a reporting verb that goes on to say something new starts a sentence of its own
    expect(texts('"This keeps every line open." Moreau said the money, about 4 million a year, would buy buses.')).toEqual([
      '"This keeps every line open."',
      'Moreau said the money, about 4 million a year, would buy buses.',
    ]);
  });

  it('keeps an initial with the surname after it, wherever the name stands, but ends at a new sentence', () => {
    expect(texts('The club said its chairman R. Patel would step down. E. Lindqvist, a fan, said he was sad.')).toEqual([
      'The club said its chairman R. Patel would step down.',
      'E. Lindqvist, a fan, said he was sad.',
    ]);
    expect(texts('Voters backed Plan B. The count ended at midnight.')).toEqual(['Voters backed Plan B.', 'The count ended at midnight.']);
    expect(texts('It was up to you and I. Mary left early.')).toEqual(['It was up to you and I.', 'Mary left early.']);
  });

  it('gives a stray closing quote to the sentence before it, not a sentence of its own', () => {
    expect(texts('It poses "great risk to the country. "\n\nNext paragraph.')).toEqual([
      'It poses "great risk to the country. "',
      'Next paragraph.',
    ]);
  });

  it('opens the first sentence with its dateline, never making the dateline a sentence of its own', () => {
    expect(texts('WASHINGTON, D.C. — The Senate passed the bill on Tuesday. Critics said it fails.')).toEqual([
      'WASHINGTON, D.C. — The Senate passed the bill on Tuesday.',
      'Critics said it fails.',
    ]);
    expect(texts('LONDON - The council approved the plan. It starts in May.')[0]).toBe('LONDON - The council approved the plan.');
    expect(texts('ARVESUND, March 12 (Reuters) - The port reopened on Monday. Traders welcomed it.')[0]).toBe(
      'ARVESUND, March 12 (Reuters) - The port reopened on Monday.',
    );
    expect(texts('PORTLAND, Ore. -- Shares fell. Then they rose.')).toEqual(['PORTLAND, Ore. -- Shares fell.', 'Then they rose.']);
    // on a line of its own the dateline still opens the sentence below it
    expect(texts('WASHINGTON, D.C. —\nThe Senate passed the bill on Tuesday.')).toEqual(['WASHINGTON, D.C. —\nThe Senate passed the bill on Tuesday.']);
    // a minus is no dash: a figure may open a sentence
    expect(texts('The low was at noon. -5 degrees is rare here.')).toEqual(['The low was at noon.', '-5 degrees is rare here.']);
  });

  it('does not end a sentence inside brackets', () => {
    expect(texts('The vote (held on Jan. 5. Delayed twice.) passed. Then it rained.')).toEqual([
      'The vote (held on Jan. 5. Delayed twice.) passed.',
      'Then it rained.',
    ]);
  });

  it('ends after an abbreviation only when the words before it make a clause', () => {
    const text = 'At 5 p.m. Mr. Smith left. He left at 6 p.m. Mr. Jones stayed.';
    const verbs = (start: number, end: number) => /left|stayed/.test(text.slice(start, end));
    expect(findSentences(text, verbs).map((r) => text.slice(r.start, r.end))).toEqual([
      'At 5 p.m. Mr. Smith left.',
      'He left at 6 p.m.',
      'Mr. Jones stayed.',
    ]);
    expect(findSentences(text, noVerb)).toHaveLength(2);
  });

  it('never splits a web or e-mail address and splits glued sentences', () => {
    expect(texts('Write to a.b@news.example.org or see www.Example.Org today.It works.')).toEqual([
      'Write to a.b@news.example.org or see www.Example.Org today.',
      'It works.',
    ]);
  });

  it('splits a one-line numbered list at its next markers only', () => {
    expect(texts('1) Talks began in 2018. 2) Talks stalled in 2019. 3) Talks may resume.')).toEqual([
      'Talks began in 2018.',
      'Talks stalled in 2019.',
      'Talks may resume.',
    ]);
    expect(texts('Talks began in 2018. 2) is not a list here.')).toEqual(['Talks began in 2018.', '2) is not a list here.']);
  });

  it('scans 1 MB lines without stops, full of stops, without spaces or with stray brackets', () => {
    const long = 'word '.repeat(200_000);
    expect(findSentences(long, noVerb)).toHaveLength(1);
    const many = 'It rained. '.repeat(100_000);
    expect(findSentences(many, noVerb)).toHaveLength(100_000);
    const glued = 'Ab.Cd.'.repeat(200_000);
    expect(findSentences(glued, noVerb)).toHaveLength(400_000);
    const unmatched = `${'('.repeat(300_000)}${']'.repeat(300_000)} It rained. Then it stopped.`;
    expect(findSentences(unmatched, noVerb)).toHaveLength(2);
  });
});
