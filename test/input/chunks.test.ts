import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextChunks, type TextChunk } from '../../src/input/chunks.js';

async function chunksOf(text: string, size: number): Promise<TextChunk[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'evenhand-chunks-')), 'input.txt');
  writeFileSync(file, text);
  const out: TextChunk[] = [];
  for await (const chunk of readTextChunks(file, size)) out.push(chunk);
  return out;
}

const paragraph = (i: number): string => `Paragraph ${i} says one thing.\nIt wraps onto a second line.`;

describe('readTextChunks', () => {
  it('keeps an input up to the chunk size whole, without its BOM', async () => {
    const chunks = await chunksOf('\uFEFFOne.\n\nTwo.', 100);
    expect(chunks).toEqual([{ text: 'One.\n\nTwo.', base: 0, lineBase: 0, last: true }]);
  });

  it('cuts a long input only after blank lines, with offsets and lines into the whole', async () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n');
    const chunks = await chunksOf(text, 200);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks.map((c) => c.last)).toEqual(chunks.map((_, i) => i === chunks.length - 1));
    for (const chunk of chunks) {
      expect(text.slice(chunk.base, chunk.base + chunk.text.length)).toBe(chunk.text);
      expect(chunk.lineBase).toBe(text.slice(0, chunk.base).split('\n').length - 1);
      if (!chunk.last) expect(chunk.text).toMatch(/\n\n$/);
    }
  });

  it('never splits a CRLF pair and counts CRLF as one line end', async () => {
    const text = Array.from({ length: 30 }, (_, i) => paragraph(i).replace('\n', '\r\n')).join('\r\n\r\n');
    const chunks = await chunksOf(text, 150);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.text.startsWith('\n')).toBe(false);
      expect(chunk.lineBase).toBe(text.slice(0, chunk.base).split('\r\n').length - 1);
    }
  });

  it('cuts a paragraph that runs on far past the size at a line break', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `Line ${i} of one long paragraph.`).join('\n');
    const chunks = await chunksOf(text, 100);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
  });
});
