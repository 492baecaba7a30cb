// Loads the Markdown and HTML parsers before each test file, as src/index.ts does for the library.
import { DOCUMENT_FORMATS, loadParser } from '../../src/input/format.js';

await Promise.all(DOCUMENT_FORMATS.map(loadParser));
