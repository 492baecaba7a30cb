import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const analyze = (source: string) => analyzeArticle('t.html', source, { format: 'html' });

const page = (article: string) => `<!doctype html>
<html>
<head><title>Page title</title><script>var notText = "Not a sentence.";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
${article}
</article>
<footer><p>Copyright the publisher. All rights reserved.</p></footer>
</body>
</html>
`;

const body = `<p>The lead sentence of the story is long enough to count as article text, as Readability wants.
It goes on &amp; on over a second line.</p>
<h2>First <em>Section</em></h2>
<p>Talks resumed in <a href="https://example.org">Geneva</a> on Monday. Both sides met for hours and agreed to meet again.</p>
<ul><li>An item in a list.</li><li><p>An item in a paragraph.</p></li></ul>
<h3>Second Section</h3>
<blockquote>A quoted sentence stands here.</blockquote>
<pre>Code. Not a sentence.</pre>
<table><tr><th>Year</th><th>Event</th></tr><tr><td>2018</td><td>A summit. Not a sentence.</td></tr><tr><td>2019</td><td>Another summit. Nor this.</td></tr></table>`;

describe('HTML input', () => {
  const source = page(body);
  const article = analyze(source);

  it('takes the article body: headings open sections, paragraphs, items and quotes give sentences', () => {
    expect(article.sections.flatMap((s) => (s.heading ? [s.heading.text] : []))).toEqual(['First Section', 'Second Section']);
    expect(article.sentences.map((s) => [s.text, s.section])).toEqual([
      ['The lead sentence of the story is long enough to count as article text, as Readability wants.', 0],
      ['It goes on & on over a second line.', 0],
      ['Talks resumed in Geneva on Monday.', 1],
      ['Both sides met for hours and agreed to meet again.', 1],
      ['An item in a list.', 1],
      ['An item in a paragraph.', 1],
      ['A quoted sentence stands here.', 2],
    ]);
  });

  it('gives offsets into the extracted text and each sentence its source line', () => {
    const lines = source.split('\n');
    for (const s of article.sentences) {
      const firstWord = s.text.split(' ')[0]!;
      expect(lines[s.line - 1]!.slice(s.column - 1).startsWith(firstWord), s.text).toBe(true);
    }
    const extracted = article.sentences.map((s) => s.start);
    expect(extracted).toEqual([...extracted].sort((a, b) => a - b));
    expect(article.sentences[0]!.start).toBe(0);
  });

  it('keeps the headline that repeats the page title as the first heading, with its source line', () => {
    const source = page(`<h1>Page title</h1>\n${body}`);
    const [first] = analyze(source).sections.flatMap((s) => (s.heading ? [s.heading] : []));
    expect(first).toMatchObject({ text: 'Page title', line: 7 });
  });

  it('gives the headline one heading when the body repeats it under another level', () => {
    const source = page(`<header><h1>Page title</h1><p>By a reporter</p></header>\n<div><h2>Page title</h2>\n${body}</div>`);
    const headings = analyze(source).sections.flatMap((s) => (s.heading ? [s.heading.text] : []));
    expect(headings.filter((h) => h === 'Page title')).toHaveLength(1);
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(analyze('<p>Hello world. It works.</p>').sentences.map((s) => s.text)).toEqual(['Hello world.', 'It works.']);
  });
});
