// HTML -> blocks: a real DOM (linkedom) and Mozilla's Readability take the article body out
// of the page; <h1>..<h6> open sections, <p>, <li> and <blockquote> give sentences. Offsets
// refer to the extracted text (blocks one after another, apart by a blank line); each block
// element is tagged with its source offset first, so every sentence still gets its source line.
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { Block, BlockKind } from '../segment/blocks.js';
import { TextBuilder, type ParsedDocument } from '../segment/document.js';
import { lineLocator } from '../segment/position.js';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEXT_BLOCKS = new Set(['p', 'li', 'blockquote']);
/** Elements whose text is no sentence of the article. */
const SKIPPED = new Set(['pre', 'code', 'table', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'figure']);
/** The attribute that carries an element's source offset through Readability. */
const SOURCE_AT = 'data-evenhand-at';
const BLOCK_GAP = '\n\n';

type Element = ReturnType<typeof parseHTML>['document']['body'];
type Node = Element['childNodes'][number];

const isBlockTag = (tag: string): boolean => HEADINGS.has(tag) || TEXT_BLOCKS.has(tag);

/**
 * Tag every heading and text block of the source with the offset of its start tag, and
 * note where each one ends. Returns the tagged HTML and the end offset by start offset.
 */
function tagSourceOffsets(source: string): { html: string; ends: Map<number, number> } {
  const inserts: number[] = [];
  const ends = new Map<number, number>();
  const open: Array<{ tag: string; at: number }> = [];
  const parser = new Parser(
    {
      onopentag(name, _attribs, implied) {
        if (implied || !isBlockTag(name)) return;
        const at = parser.startIndex;
        inserts.push(at);
        open.push({ tag: name, at });
      },
      onclosetag(name) {
        let k = open.length - 1;
        while (k >= 0 && open[k]!.tag !== name) k--;
        if (k < 0) return;
        for (const o of open.splice(k)) ends.set(o.at, parser.endIndex + 1);
      },
    },
  );
  parser.end(source);
  for (const o of open) ends.set(o.at, source.length);
  let html = '';
  let from = 0;
  for (const at of inserts) {
    const name = /^<([A-Za-z0-9]+)/u.exec(source.slice(at, at + 16));
    if (!name) continue;
    const nameEnd = at + 1 + name[1]!.length;
    html += `${source.slice(from, nameEnd)} ${SOURCE_AT}="${at}"`;
    from = nameEnd;
  }
  return { html: html + source.slice(from), ends };
}

/** The article body as Readability sees it (the whole body when it finds no article), and the page's headline. */
function articleBody(html: string): { body: Element; headline: Element | undefined } {
  // a fragment ("<p>...</p>") or bare text becomes a page, so the DOM has a body to read
  const page = /<(?:html|body)[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // Readability drops an <h1> that repeats the page title: keep it, it is the article's title
  const headline = (document.querySelector('h1')?.cloneNode(true) ?? undefined) as Element | undefined;
  const article = new Readability(document).parse();
  const body = article?.content
    ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body
    : parseHTML(page).document.body;
  return { body, headline };
}

/** An element's own text, without the blocks nested in it, white space collapsed as a browser does. */
function ownText(element: Element): string {
  let text = '';
  const collect = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'br') text += ' ';
      else if (!isBlockTag(tag) && !SKIPPED.has(tag)) for (const child of (node as Element).childNodes) collect(child);
    }
  };
  for (const child of element.childNodes) collect(child);
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Where `word` stands in source[from, to): as written, or by its leading letters when an
 * entity spells the rest (`Trump&rsquo;s`); -1 when it cannot be found.
 */
function findWord(source: string, word: string, from: number, to: number): number {
  const exact = source.indexOf(word, from);
  if (exact >= 0 && exact + word.length <= to) return exact;
  const lead = /^[\p{L}\p{N}]+/u.exec(word)?.[0];
  const near = lead ? source.indexOf(lead, from) : -1;
  return near >= 0 && near + (lead?.length ?? 0) <= to ? near : -1;
}

/** Parse an HTML page into the blocks of its article, with source lines. */
export function parseHtml(source: string): ParsedDocument {
  const { html, ends } = tagSourceOffsets(source);
  const out = new TextBuilder();
  const blocks: Block[] = [];

  const addBlock = (kind: BlockKind, text: string, element: Element): void => {
    const at = Number(element.getAttribute(SOURCE_AT) ?? NaN);
    const sourceStart = Number.isFinite(at) ? at : 0;
    const sourceEnd = ends.get(sourceStart) ?? source.length;
    if (blocks.length > 0) out.add(BLOCK_GAP, sourceStart);
    const start = out.text.length;
    // each word is found in the element's source, so a sentence's line is its own, not the block's
    let cursor = sourceStart;
    text.split(' ').forEach((word, i) => {
      if (i > 0) out.add(' ', cursor);
      const found = findWord(source, word, cursor, sourceEnd);
      if (found >= 0) {
        out.add(word, found, Math.min(sourceEnd, found + word.length));
        cursor = found + 1;
      } else out.add(word, cursor, cursor + 1);
    });
    blocks.push({ kind, start, end: out.text.length });
  };

  const visit = (element: Element, inList: boolean): void => {
    for (const child of element.children) {
      const tag = child.localName;
      if (SKIPPED.has(tag)) continue;
      if (HEADINGS.has(tag)) {
        const text = ownText(child);
        if (text) addBlock('heading', text, child);
        continue;
      }
      if (TEXT_BLOCKS.has(tag)) {
        const text = ownText(child);
        if (text) addBlock(tag === 'li' || inList ? 'item' : 'paragraph', text, child);
      }
      visit(child, tag === 'li' || (inList && tag !== 'ul' && tag !== 'ol'));
    }
  };
  const { body, headline } = articleBody(html);
  const headlineText = headline ? ownText(headline) : '';
  // ... unless the body repeats it, at any level: Readability turns an article's <h1> into an <h2>
  const kept = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((h) => ownText(h as Element) === headlineText);
  if (headline && headlineText && !kept) addBlock('heading', headlineText, headline);
  visit(body, false);

  const locate = lineLocator(source);
  return { text: out.text, blocks, position: (start, end) => ({ start, end, ...locate(out.toSource(start)) }) };
}
