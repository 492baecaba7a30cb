// What the segmenter reads, whatever the input format: the article's words as one text, its
// blocks, and the way back from an offset in that text to the source file.
import { splitBlocks, type Block } from './blocks.js';
import { lineLocator } from './position.js';

/** Where a range of the analysed text stands: offsets as reported, and the source line and column. */
export interface SourcePosition {
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface ParsedDocument {
  /**
   * The words the segmenter reads: the source itself for plain text; for Markdown and HTML
   * the blocks' text without markup, one block after another.
   */
  text: string;
  blocks: Block[];
  /** Where text[start, end) stands in the source file. */
  position(start: number, end: number): SourcePosition;
}

/** Plain text: the text is the source, blocks come from its layout (`continued`: see splitBlocks). */
export function plainDocument(source: string, continued = false): ParsedDocument {
  const locate = lineLocator(source);
  return { text: source, blocks: splitBlocks(source, continued), position: (start, end) => ({ start, end, ...locate(start) }) };
}

/**
 * Builds the analysed text piece by piece and remembers where each piece came from, so an
 * offset in it can be traced back to the source. Inside a piece whose source is longer or
 * shorter (an entity, an escape) the trace is approximate, never outside the piece.
 */
export class TextBuilder {
  text = '';
  private readonly starts: number[] = [];
  private readonly sources: Array<{ start: number; end: number }> = [];

  /** Append `value`, which stands for source[sourceStart, sourceEnd). */
  add(value: string, sourceStart: number, sourceEnd = sourceStart + value.length): void {
    if (!value) return;
    this.starts.push(this.text.length);
    this.sources.push({ start: sourceStart, end: Math.max(sourceStart, sourceEnd) });
    this.text += value;
  }

  /** The source offset of the character at `offset` of the built text. */
  toSource(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const source = this.sources[lo]!;
    return Math.min(source.start + (offset - this.starts[lo]!), Math.max(source.start, source.end - 1));
  }
}
