// npm run build, after tsc: how wink-nlp's tokenizer reads every word of the shipped cue
// lexicons, written to dist/nlp/cue-tokens.json, so a start need not tokenize ~1,200
// phrases (40 to 55 ms) before its first article. A word's tokens depend only on the word and
// the model (read through withSteadyTokenizer, as at run time), so an entry never goes stale;
// a word missing here is tokenized at run time.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { withSteadyTokenizer } = await import('../dist/nlp/model.js');
const { cuePatterns } = await import('../dist/classify/lexicons/index.js');
const nlp = require('wink-nlp')(withSteadyTokenizer(require('wink-eng-lite-web-model')));

const words = new Set();
for (const { patterns } of cuePatterns()) for (const phrase of patterns) for (const w of phrase.trim().split(/\s+/)) if (w) words.add(w);
const table = {};
for (const word of [...words].sort()) {
  const tokens = nlp.readDoc(word).tokens();
  const normals = tokens.out(nlp.its.normal);
  table[word] = tokens.out(nlp.its.value).map((v, i) => [v, normals[i]]);
}
writeFileSync(new URL('../dist/nlp/cue-tokens.json', import.meta.url), `${JSON.stringify(table)}\n`);
