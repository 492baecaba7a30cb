// Which parser reads an input: named by --input-format, or told by the file's extension.
import { plainDocument, type ParsedDocument } from '../segment/document.js';

/** What one article can be written in; each has its parser. */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What --input-format accepts: a document format, or a JSONL corpus of many articles. */
export const INPUT_FORMATS = [...DOCUMENT_FORMATS, 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** Extensions of a JSONL corpus, one article a line, as news datasets ship them. */
const CORPUS_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot).toLowerCase() : '';
};

/** The format of input `name`: `chosen` when given, else by extension, else plain text. */
export function formatOf(name: string, chosen?: DocumentFormat): DocumentFormat {
  return chosen ?? BY_EXTENSION[extensionOf(name)] ?? 'text';
}

/** How `analyze` reads input `name`: `chosen` when given; else a corpus by its extension, or one article by formatOf. */
export function inputFormatOf(name: string, chosen?: InputFormat): InputFormat {
  if (chosen) return chosen;
  return CORPUS_EXTENSIONS.has(extensionOf(name)) ? 'jsonl' : formatOf(name);
}

// The Markdown and HTML parsers (micromark, linkedom, Readability) took longer to load than
// the rest of a run on one article: a plain-text run never loads them.
const parsers: Partial<Record<DocumentFormat, (source: string, continued?: boolean) => ParsedDocument>> = { text: plainDocument };

/** Load the parser of `format`, once; parseDocument needs it loaded first. */
export async function loadParser(format: DocumentFormat): Promise<void> {
  if (parsers[format]) return;
  if (format === 'markdown') parsers.markdown = (await import('./markdown.js')).parseMarkdown;
  if (format === 'html') parsers.html = (await import('./html.js')).parseHtml;
}

/**
 * The text that sentence and heading offsets of `source` index into: the source itself, but
 * for HTML the text extracted from it (Readability's article, blocks apart by a blank line).
 * Its parser must be loaded (loadParser).
 */
export function offsetText(source: string, format: DocumentFormat): string {
  return format === 'html' ? parseDocument(source, format).text : source;
}

/**
 * Read `source` in `format` into the blocks the segmenter reads; its parser must be loaded
 * (loadParser). `continued`: the source goes on from an earlier chunk of its input.
 */
export function parseDocument(source: string, format: DocumentFormat, continued = false): ParsedDocument {
  const parse = parsers[format];
  if (!parse) throw new Error(`the ${format} parser was not loaded before parsing (loadParser)`);
  return parse(source, continued);
}
