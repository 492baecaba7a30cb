import { describe, expect, it } from 'vitest';
import { formatOf, inputFormatOf } from '../../src/input/format.js';

describe('input format', () => {
  it('is told by the extension, in any case', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.html', 'd.HTM', 'e.txt', 'notes', '-'].map((n) => formatOf(n))).toEqual([
      'markdown',
      'markdown',
      'html',
      'html',
      'text',
      'text',
      'text',
    ]);
  });

  it('follows --input-format over the extension', () => {
    expect(formatOf('page.html', 'text')).toBe('text');
    expect(formatOf('-', 'html')).toBe('html');
  });

  it('reads .jsonl and .ndjson as a corpus unless --input-format says otherwise', () => {
    expect(['c.jsonl', 'd.NDJSON', 'e.json', 'f.md'].map((n) => inputFormatOf(n))).toEqual(['jsonl', 'jsonl', 'text', 'markdown']);
    expect(inputFormatOf('c.jsonl', 'text')).toBe('text');
  });
});
