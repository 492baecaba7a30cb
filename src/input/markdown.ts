// Markdown -> blocks, by a CommonMark parser (mdast-util-from-markdown) that keeps source
// positions. Headings open sections; paragraphs, list items and block quotes give sentences;
// code, tables, HTML and front matter give none. Inline markup is dropped from the words, and
// every offset is traced back into the Markdown source.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, Parents, PhrasingContent } from 'mdast';
import type { Block, BlockKind } from '../segment/blocks.js';
import { TextBuilder, type ParsedDocument } from '../segment/document.js';
import { lineLocator } from '../segment/position.js';

/** Blocks are laid out one after another, apart as paragraphs are in plain text. */
const BLOCK_GAP = '\n\n';

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? startOf(node);

/**
 * Add a text node line by line, finding each line in its source: a paragraph inside a block
 * quote or a list item has "> " or indentation in the source that its value lacks.
 */
function addText(out: TextBuilder, source: string, value: string, start: number, end: number): void {
  let cursor = start;
  value.split('\n').forEach((line, i) => {
    if (i > 0) {
      const eol = source.indexOf('\n', cursor);
      out.add('\n', eol >= 0 && eol < end ? eol : cursor);
      if (eol >= 0 && eol < end) cursor = eol + 1;
    }
    const at = line ? source.indexOf(line, cursor) : -1;
    if (at >= 0 && at + line.length <= end) {
      out.add(line, at);
      cursor = at + line.length;
    } else {
      // an escape or an entity changed the line: keep it within the node
      out.add(line, cursor, Math.min(end, cursor + line.length));
    }
  });
}

function addPhrasing(out: TextBuilder, source: string, nodes: PhrasingContent[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        addText(out, source, node.value, startOf(node), endOf(node));
        break;
      case 'break':
        out.add('\n', startOf(node));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        addPhrasing(out, source, node.children);
        break;
      default:
        // images, inline HTML, footnote references: no words of the sentence
        break;
    }
  }
}

/** Parse Markdown into the blocks the segmenter reads, with offsets traced to the source. */
export function parseMarkdown(source: string): ParsedDocument {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmTableFromMarkdown()],
  });
  const out = new TextBuilder();
  const blocks: Block[] = [];

  const addBlock = (kind: BlockKind, node: Nodes & { children: PhrasingContent[] }): void => {
    if (blocks.length > 0) out.add(BLOCK_GAP, startOf(node));
    let start = out.text.length;
    addPhrasing(out, source, node.children);
    let end = out.text.length;
    while (start < end && /\s/u.test(out.text[start]!)) start++;
    while (end > start && /\s/u.test(out.text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind, start, end });
  };

  const visit = (node: Parents, inItem: boolean): void => {
    for (const child of node.children) {
      switch (child.type) {
        case 'heading':
          addBlock('heading', child);
          break;
        case 'paragraph':
          addBlock(inItem ? 'item' : 'paragraph', child);
          break;
        case 'list':
          visit(child, false);
          break;
        case 'listItem':
          visit(child, true);
          break;
        case 'blockquote':
          visit(child, inItem);
          break;
        default:
          // code, tables, HTML blocks, front matter, rules, definitions: no sentences
          break;
      }
    }
  };
  visit(tree, false);

  const locate = lineLocator(source);
  return {
    text: out.text,
    blocks,
    position: (start, end) => {
      const from = out.toSource(start);
      return { start: from, end: Math.max(from, out.toSource(Math.max(start, end - 1)) + 1), ...locate(from) };
    },
  };
}
