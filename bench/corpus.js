// Corpora for the bench and the tests, made from the seed article alone: each copy has its
// sections shuffled and its people, places and years swapped, so no two articles are alike.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED = fileURLToPath(new URL('../fixtures/articles/trump-kim-diplomacy.txt', import.meta.url));

const LEADERS = ['Trump', 'Biden', 'Macron', 'Scholz', 'Modi', 'Lula', 'Albanese', 'Ramaphosa'];
const COUNTERPARTS = ['Kim', 'Putin', 'Xi', 'Erdogan', 'Maduro', 'Khamenei', 'Lukashenko'];

/** A small deterministic random number generator (mulberry32), so every run builds the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article number `i`: the seed's lede first, then its sections (headings and the paragraph under them) shuffled. */
export function variant(seedText, i) {
  const rand = random(i + 1);
  const [lede, body] = seedText.split(/\n\s*\n/);
  const lines = body.split('\n').filter((l) => l.trim());
  // a section is its heading line(s) and the paragraph under them
  const sections = [];
  let open = [];
  for (const line of lines) {
    open.push(line);
    if (/[.!?]\s*$/.test(line)) sections.push(open.join('\n')), (open = []);
  }
  for (let k = sections.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [sections[k], sections[j]] = [sections[j], sections[k]];
  }
  const leader = LEADERS[i % LEADERS.length];
  const other = COUNTERPARTS[Math.floor(i / LEADERS.length) % COUNTERPARTS.length];
  const shift = i % 7;
  // and drops up to two sections, so articles differ in their counts too
  return `${lede}\n\n${sections.slice(i % 3).join('\n')}\n`
    .replaceAll('Trump', leader)
    .replaceAll('Kim Jong Un', other)
    .replaceAll('Kim', other)
    .replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) - shift));
}

/** Articles 0, 1, 2, ... until they add up to `bytes` of UTF-8. */
export function* articles(bytes, seedText = readFileSync(SEED, 'utf8')) {
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const text = variant(seedText, i);
    total += Buffer.byteLength(text) + 1;
    yield text;
  }
}

/** One text file of `bytes`, articles separated by a blank line; returns its path. */
export function writeTextCorpus(dir, name, bytes) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, [...articles(bytes)].join('\n'));
  return path;
}

/** A JSONL corpus of `bytes` of article text, one {"id", "title", "text"} per line; returns its path. */
export function writeJsonlCorpus(dir, name, bytes) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const lines = [...articles(bytes)].map((text, i) => JSON.stringify({ id: `a${i}`, title: `Article ${i}`, text }));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** One file per article, `bytes` in all; returns their paths in order. */
export function writeFileCorpus(dir, bytes) {
  mkdirSync(dir, { recursive: true });
  return [...articles(bytes)].map((text, i) => {
    const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
}

/**
 * The real articles the bench reads: ../shared/train and ../shared/dev, read at run time and
 * never copied into the project. Where ../shared is absent, the seed's variants stand in.
 */
export function realArticles() {
  const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
  const texts = [];
  for (const set of ['train', 'dev']) {
    let names = [];
    try {
      names = readdirSync(join(shared, set)).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    for (const name of names) texts.push(readFileSync(join(shared, set, name), 'utf8').trim());
  }
  return texts.length ? { source: '../shared/train and ../shared/dev', texts } : { source: 'the seed article (../shared is absent)', texts: [...articles(300_000)] };
}

/** `texts` repeated in order until they add up to `bytes`. */
function* cycle(texts, bytes) {
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const text = texts[i % texts.length];
    total += Buffer.byteLength(text) + 2;
    yield text;
  }
}

/** One text file of `bytes` of real articles, a blank line between them; also returns each article's length. */
export function writeRealTextCorpus(dir, name, bytes, texts) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const list = [...cycle(texts, bytes)];
  writeFileSync(path, list.join('\n\n'));
  return { path, lengths: list.map((t) => t.length) };
}

/** `count` files of real articles, one article each; returns their paths in order. */
export function writeRealFileCorpus(dir, count, texts) {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, `${texts[i % texts.length]}\n`);
    return path;
  });
}
