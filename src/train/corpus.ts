// Labelled articles for training: every NAME.txt of a folder with gold labels beside it
// (NAME.jsonl or NAME.labels.jsonl), read by the same pipeline the CLI uses, each sentence
// with the evidence that fired in it and its gold label; or such articles kept as their
// evidence alone (a stored corpus, .json), for labelled news whose text may not be kept here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gatherEvidence } from '../classify/classify.js';
import { parseGold } from '../eval/gold.js';
import { normalizeText } from '../eval/score.js';
import { readText } from '../pipeline.js';
import type { Label } from '../types.js';

export interface LabelledSentence {
  /** The features that fired (`id` or `id:value`). */
  features: string[];
  gold: Label;
  /** Who speaks in it, by the register's id. */
  speaker?: string;
}

export interface LabelledArticle {
  /** Folder and file name, unique across corpora. */
  name: string;
  sentences: LabelledSentence[];
  /** Gold sentences the segmenter did not produce: scored as wrong, never trained on. */
  missed: Label[];
  /** The central actor was found where a side is not mistaken for it (the register's `certain`). */
  centralCertain?: boolean;
}

function goldFileOf(dir: string, name: string): string | undefined {
  return [`${name}.jsonl`, `${name}.labels.jsonl`].map((f) => join(dir, f)).find(existsSync);
}

/** Read one labelled article. */
export function readLabelled(textFile: string, goldFile: string, name = basename(textFile)): LabelledArticle {
  const text = readFileSync(textFile, 'utf8');
  const gold = parseGold(goldFile, readFileSync(goldFile, 'utf8'), text);
  const { doc, sentences, central } = readText(text);
  const spans = sentences.map((s) => s.span);
  const { fired, register } = gatherEvidence(spans, central);
  const byText = new Map<string, number[]>();
  spans.forEach((s, i) => {
    const key = normalizeText(doc.text.slice(s.start, s.end));
    byText.set(key, [...(byText.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  const out: LabelledArticle = { name, sentences: [], missed: [], ...(register.speakers.get('central')?.certain ? { centralCertain: true } : {}) };
  for (const row of gold) {
    const match = (byText.get(normalizeText(row.text)) ?? []).find((i) => !used.has(i));
    if (match !== undefined) used.add(match);
    if (row.label === 'heading') continue;
    if (match === undefined) out.missed.push(row.label);
    else {
      const speaker = register.attributions[match]!.key;
      out.sentences.push({ features: fired[match]!.map((f) => f.feature), gold: row.label, ...(speaker ? { speaker } : {}) });
    }
  }
  return out;
}

/** Every labelled article of a folder, in name order. */
export function readCorpus(dir: string): LabelledArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -'.txt'.length);
      const gold = goldFileOf(dir, name);
      return gold ? [readLabelled(join(dir, f), gold, `${basename(dir)}/${name}`)] : [];
    });
}

/** Labelled articles kept as the evidence that fired in them, with no text (main.js reads one wherever it reads a folder). */
export interface StoredCorpus {
  /** What the articles are and where they came from. */
  about: string;
  articles: LabelledArticle[];
}

/** The articles of a stored corpus (a .json file written by `storeCorpus`). */
export function readStoredCorpus(file: string): LabelledArticle[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as StoredCorpus).articles;
}

/** Labelled articles as a stored corpus: their evidence and gold labels, no word of their text. */
export function storeCorpus(articles: readonly LabelledArticle[], about: string): StoredCorpus {
  return { about, articles: articles.map((a) => ({ ...a, sentences: a.sentences.map(({ features, gold, speaker }) => ({ features, gold, ...(speaker ? { speaker } : {}) })) })) };
}

/** A stored corpus as JSON with one article a line, so a change to it reads as a diff of the articles it touches. */
export function storedCorpusJson(corpus: StoredCorpus): string {
  const { articles, ...head } = corpus;
  return `${JSON.stringify(head).slice(0, -1)},"articles":[\n${articles.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}

/** A folder of labelled articles, or a stored corpus if the path names a .json file. */
export function readAnyCorpus(path: string): LabelledArticle[] {
  return path.endsWith('.json') ? readStoredCorpus(path) : readCorpus(path);
}
