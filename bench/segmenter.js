// How much the segmenter costs over wink-nlp's own readDoc, on ~5 MB of plain text built by
// repeating the seed article. Both read the same blocks with the same cue patterns learnt,
// so the difference is the segmenter's own work: layout, boundaries, token bookkeeping.
// Each side runs in its own process: two wink instances cannot share one model.
// usage: npm run build && node bench/segmenter.js [dist-dir] [megabytes]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [mode, distDir = 'dist', mb = '5'] = process.argv[2] === 'readdoc' || process.argv[2] === 'segmenter'
  ? process.argv.slice(2)
  : ['both', ...process.argv.slice(2)];

/** Rounds per side; the fastest counts, as the machine may be busy with other work. */
const ROUNDS = 3;
function best(work) {
  let ms = Infinity;
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    n = work();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, n };
}

if (mode === 'both') {
  const self = fileURLToPath(import.meta.url);
  const run = (side) => {
    const r = spawnSync(process.execPath, [self, side, distDir, mb], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  const base = run('readdoc');
  const seg = run('segmenter');
  const over = (ms) => `${(((ms - base.ms) / base.ms) * 100).toFixed(1)}% over readDoc`;
  console.log(`corpus: ${base.mb.toFixed(2)} MB, ${base.blocks} blocks; best of ${ROUNDS} rounds each`);
  console.log(`wink readDoc alone:             ${base.ms.toFixed(0)} ms (${base.n} tokens)`);
  console.log(`analyzeText (readDoc + tokens): ${seg.wink.toFixed(0)} ms, ${over(seg.wink)}`);
  console.log(`segmenter (blocks + sentences): ${seg.ms.toFixed(0)} ms (${seg.n} sentences), ${over(seg.ms)}`);
} else {
  const dist = pathToFileURL(`${distDir}/`).href;
  const { splitBlocks } = await import(`${dist}segment/blocks.js`);
  const seed = readFileSync(new URL('../fixtures/articles/trump-kim-diplomacy.txt', import.meta.url), 'utf8');
  const copies = Math.ceil((Number(mb) * 1024 * 1024) / (seed.length + 2));
  const corpus = Array.from({ length: copies }, () => seed).join('\n\n');
  const warm = corpus.slice(0, 200_000);
  let work;
  if (mode === 'readdoc') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const { cuePatterns, lexicons } = await import(`${dist}classify/lexicons/index.js`);
    const nlp = winkNLP(model);
    nlp.learnCustomEntities(cuePatterns(lexicons), { matchValue: false, usePOS: true, useEntity: false });
    const blocks = splitBlocks(corpus).filter((b) => b.kind !== 'heading');
    work = (text, list) => {
      let tokens = 0;
      for (const b of list) tokens += nlp.readDoc(text.slice(b.start, b.end)).tokens().length();
      return tokens;
    };
    work(warm, splitBlocks(warm).filter((b) => b.kind !== 'heading'));
    const { ms, n } = best(() => work(corpus, blocks));
    console.log(JSON.stringify({ ms, n, mb: corpus.length / 1048576, blocks: blocks.length }));
  } else {
    const { splitSentences } = await import(`${dist}segment/sentences.js`);
    work = (text) => {
      let sentences = 0;
      for (const b of splitBlocks(text)) if (b.kind !== 'heading') sentences += splitSentences(text, b).length;
      return sentences;
    };
    const { analyzeText } = await import(`${dist}nlp/wink.js`);
    const blocks = splitBlocks(corpus).filter((b) => b.kind !== 'heading');
    work(warm);
    const wink = best(() => blocks.reduce((n, b) => n + analyzeText(corpus.slice(b.start, b.end)).tokens.length, 0));
    const { ms, n } = best(() => work(corpus));
    console.log(JSON.stringify({ ms, n, wink: wink.ms }));
  }
}
