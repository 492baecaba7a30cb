// How much the segmenter costs over wink-nlp's own readDoc, on ~5 MB of plain text built by
// repeating the seed article. Both read the same blocks with the same cue patterns learnt.
// Three figures: readDoc alone; analyzeText (readDoc plus the tokens, tags, entities and cues
// the classifier reads); the segmenter (layout, boundaries, and analyzeText per block).
// Rounds alternate and the fastest of each counts, as the machine may be busy with other work.
// usage: npm run build && node bench/segmenter.js [dist-dir] [megabytes]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const ROUNDS = 5;
const dist = pathToFileURL(`${process.argv[2] ?? 'dist'}/`).href;
const megabytes = Number(process.argv[3] ?? 5);

const { splitBlocks } = await import(`${dist}segment/blocks.js`);
const { splitSentences } = await import(`${dist}segment/sentences.js`);
const { analyzeText } = await import(`${dist}nlp/wink.js`);
const { cuePatterns, lexicons } = await import(`${dist}classify/lexicons/index.js`);
analyzeText('Critics argue.');

// a second wink instance needs its own copy of the model: learning cues changes the model
const require = createRequire(import.meta.url);
for (const key of Object.keys(require.cache)) if (key.includes('wink-eng-lite-web-model')) delete require.cache[key];
const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
nlp.learnCustomEntities(cuePatterns(lexicons), { matchValue: false, usePOS: true, useEntity: false });

const seed = readFileSync(new URL('../fixtures/articles/trump-kim-diplomacy.txt', import.meta.url), 'utf8');
const copies = Math.ceil((megabytes * 1024 * 1024) / (seed.length + 2));
const corpus = Array.from({ length: copies }, () => seed).join('\n\n');
const texts = splitBlocks(corpus)
  .filter((b) => b.kind !== 'heading')
  .map((b) => corpus.slice(b.start, b.end));

const sides = {
  readDoc: () => texts.reduce((n, t) => n + nlp.readDoc(t).tokens().length(), 0),
  analyzeText: () => texts.reduce((n, t) => n + analyzeText(t).tokens.length, 0),
  segmenter: () => {
    let sentences = 0;
    for (const b of splitBlocks(corpus)) if (b.kind !== 'heading') sentences += splitSentences(corpus, b).length;
    return sentences;
  },
};
const best = { readDoc: Infinity, analyzeText: Infinity, segmenter: Infinity };
const counts = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(sides)) {
    const t0 = performance.now();
    counts[name] = run();
    best[name] = Math.min(best[name], performance.now() - t0);
  }
}

const over = (ms) => `${(((ms - best.readDoc) / best.readDoc) * 100).toFixed(1)}% over readDoc`;
console.log(`corpus: ${(corpus.length / 1048576).toFixed(2)} MB, ${texts.length} blocks; best of ${ROUNDS} alternating rounds`);
console.log(`wink readDoc alone:             ${best.readDoc.toFixed(0)} ms (${counts.readDoc} tokens)`);
console.log(`analyzeText (readDoc + tokens): ${best.analyzeText.toFixed(0)} ms, ${over(best.analyzeText)}`);
console.log(`segmenter (blocks + sentences): ${best.segmenter.toFixed(0)} ms (${counts.segmenter} sentences), ${over(best.segmenter)}`);
const own = best.segmenter - best.analyzeText;
console.log(`segmenter's own work (segmenter - analyzeText): ${own.toFixed(0)} ms, ${((own / best.readDoc) * 100).toFixed(1)}% of readDoc`);
