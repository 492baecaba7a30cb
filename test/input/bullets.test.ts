import { describe, expect, it } from 'vitest';
import { listMarkers } from '../../src/input/bullets.js';
import { DOCUMENT_FORMATS, loadParser, type DocumentFormat } from '../../src/input/format.js';
import { analyzeArticle } from '../../src/pipeline.js';

await Promise.all(DOCUMENT_FORMATS.map(loadParser));

/** Each sentence's text with the marker listMarkers gives it, "" for none. */
function marked(source: string, format: DocumentFormat): Array<[string, string]> {
  const { sentences } = analyzeArticle('t', source, { format });
  const markers = listMarkers(source, format, sentences);
  return sentences.map((s) => [markers[s.index] ?? '', s.text]);
}

describe('listMarkers', () => {
  it('gives each item of a plain-text list the marker it was written with, and a paragraph none', () => {
    expect(marked('The plan has aims.\n\n- Critics argue it fails.\n* It passed.\n(a) It starts soon. It ends late.\n\nThe end came.', 'text')).toEqual([
      ['', 'The plan has aims.'],
      ['-', 'Critics argue it fails.'],
      ['*', 'It passed.'],
      ['(a)', 'It starts soon.'],
      ['', 'It ends late.'],
      ['', 'The end came.'],
    ]);
  });

  it('marks each item of a list written on one line', () => {
    expect(marked('1) The first item is here 2) The second item is here 3) The third one', 'text').map(([m]) => m)).toEqual(['1)', '2)', '3)']);
  });

  it('copies Markdown markers, in a block quote too, and gives an HTML item a bullet', () => {
    expect(marked('Aims below.\n\n1. It passed.\n2. It failed.\n\n> + Quoted item here.\n', 'markdown').map(([m]) => m)).toEqual(['', '1.', '2.', '+']);
    expect(marked('<p>The council set out its aims in a long debate today.</p><ol><li>It passed.</li></ol>', 'html').map(([m]) => m)).toEqual(['', '•']);
  });
});
