// Rebuild the texts of a stored world-news batch from page openings fetched again, and prove
// them the labelled ones: the texts are third-party pages, kept outside the project, and the
// stores (fixtures/world-news/*.json) keep only each sentence's evidence and gold label. Run
// after `npm run build`, with the build whose evidence the store holds:
//   node scripts/rebuild-world-news.mjs STORE.json RAW/BATCH OUT/BATCH
// RAW/BATCH/NAME.raw.txt is a report's page opening as fetched (NAME as in SOURCES.md). The
// collector had cut page furniture (mastheads, captions, bylines, a " date YYYY-MM-DD" line)
// from the top and the text at its last full sentence, so each cut of that kind is tried; the
// first whose evidence, sentence by sentence, equals the stored article's is written to
// OUT/BATCH/NAME.txt with its labels as NAME.jsonl, for `dist/train/main.js --store`. A report
// no cut matches is named and left out: its stored evidence is all there is.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gatherEvidence } from '../dist/classify/classify.js';
import { readText } from '../dist/pipeline.js';
import { readLabelled } from '../dist/train/corpus.js';

const [store, rawDir, outDir] = process.argv.slice(2);
if (!store || !rawDir || !outDir) {
  process.stderr.write('usage: node scripts/rebuild-world-news.mjs STORE.json RAW/BATCH OUT/BATCH\n');
  process.exit(2);
}
const stored = new Map(JSON.parse(readFileSync(store, 'utf8')).articles.map((a) => [a.name, a]));
const batch = basename(rawDir);
mkdirSync(outDir, { recursive: true });
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Each sentence's findings, as the store keeps them. */
function read(text) {
  const { doc, sentences, central } = readText(text);
  const spans = sentences.map((s) => s.span);
  return { doc, spans, fired: gatherEvidence(spans, central).fired.map((f) => f.map((x) => x.feature)) };
}

/** Which of our sentences each stored one is, in order; the ones between were labelled headings. */
function align(fired, stored) {
  const at = [];
  let i = 0;
  for (const s of stored) {
    while (i < fired.length && !same(fired[i], s.features)) i++;
    if (i >= fired.length) return undefined;
    at.push(i++);
  }
  return at;
}

/** The page with any of its first six lines dropped, and without a " date YYYY-MM-DD" prefix: fewest drops first. */
function tops(raw) {
  const out = new Map();
  for (const page of [raw, raw.replace(/^\s*date \d{4}-\d{2}-\d{2} /, '')]) {
    const lines = page.split('\n');
    const first = lines.flatMap((l, i) => (l.trim() ? [i] : [])).slice(0, 6);
    for (let mask = 0; mask < 1 << first.length; mask++) {
      const drop = new Set(first.filter((_, b) => mask & (1 << b)));
      const kept = lines.filter((_, i) => !drop.has(i));
      const texts = [kept.join('\n').replace(/^\n+/, '')];
      // a page fetched with single line breaks may have been kept with paragraphs
      if (!page.includes('\n\n')) texts.push(kept.filter((l) => l.trim()).join('\n\n'));
      for (const text of texts) if (!out.has(text)) out.set(text, drop.size);
    }
  }
  return [...out].sort((a, b) => a[1] - b[1]).map(([text]) => text);
}

let rebuilt = 0;
const missed = [];
for (const file of readdirSync(rawDir).filter((f) => f.endsWith('.raw.txt')).sort()) {
  const name = file.slice(0, -'.raw.txt'.length);
  const article = stored.get(`${batch}/${name}`);
  if (!article) {
    missed.push(`${name}: not in ${store}`);
    continue;
  }
  const proven = () => existsSync(join(outDir, `${name}.txt`)) && same(readLabelled(join(outDir, `${name}.txt`), join(outDir, `${name}.jsonl`), `${batch}/${name}`), article);
  let found = proven();
  for (const top of found ? [] : tops(readFileSync(join(rawDir, file), 'utf8').replace(/\r\n/g, '\n'))) {
    const whole = read(top);
    const ends = [...new Set(whole.spans.map((s) => s.end))].sort((a, b) => b - a).slice(0, whole.fired.length - article.sentences.length + 1);
    for (const end of ends) {
      const text = `${whole.doc.text.slice(0, end).trimEnd()}\n`;
      const cut = read(text);
      const at = align(cut.fired, article.sentences);
      if (!at) continue;
      const rows = cut.spans.map((s, i) => ({ text: cut.doc.text.slice(s.start, s.end), label: at.includes(i) ? article.sentences[at.indexOf(i)].gold : 'heading' }));
      writeFileSync(join(outDir, `${name}.txt`), text);
      writeFileSync(join(outDir, `${name}.jsonl`), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
      if ((found = proven())) break;
    }
    if (found) break;
  }
  if (found) rebuilt++;
  else {
    for (const ext of ['.txt', '.jsonl']) rmSync(join(outDir, name + ext), { force: true });
    missed.push(`${name}: no cut of the page gives the stored evidence`);
  }
}
process.stdout.write(`${batch}: ${rebuilt} rebuilt and proven${missed.length ? `; not rebuilt:\n  ${missed.join('\n  ')}` : ''}\n`);
