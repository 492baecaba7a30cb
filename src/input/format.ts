// Which parser reads an input: named by --input-format, or told by the file's extension.
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
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

/** The format of input `name`: `chosen` when given, else by extension, else plain text. */
export function formatOf(name: string, chosen?: DocumentFormat): DocumentFormat {
  if (chosen) return chosen;
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && BY_EXTENSION[name.slice(dot).toLowerCase()]) || 'text';
}

/** Read `source` in `format` into the blocks the segmenter reads. */
export function parseDocument(source: string, format: DocumentFormat): ParsedDocument {
  switch (format) {
    case 'markdown':
      return parseMarkdown(source);
    case 'html':
      return parseHtml(source);
    default:
      return plainDocument(source);
  }
}
