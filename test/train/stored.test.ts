// Labelled news whose text may not be kept in the project trains the model from its evidence
// alone: a stored corpus must train exactly what its folder trains, and hold no word of it.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidence } from '../../src/classify/evidence/index.js';
import { readCorpus, readStoredCorpus, storeCorpus } from '../../src/train/corpus.js';
import { scoreUnseen } from '../../src/train/crossval.js';
import { DEFAULT_TRAINING, trainWeights } from '../../src/train/train.js';
import { ROOT } from '../helpers/cli.js';

const ARTICLES = ['airline-strike-talks', 'battery-plant-approval', 'body-camera-policy-row', 'academy-expansion-plan'];

function labelledFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evenhand-stored-'));
  for (const name of ARTICLES) for (const ext of ['.txt', '.labels.jsonl']) copyFileSync(join(ROOT, 'fixtures/articles', name + ext), join(dir, name + ext));
  return dir;
}

describe('a stored corpus', () => {
  it('trains the same weights as the folder it was stored from', () => {
    const dir = labelledFolder();
    const articles = readCorpus(dir);
    const file = join(dir, 'stored.json');
    writeFileSync(file, JSON.stringify(storeCorpus(articles, 'four fixtures')));
    const options = { ...DEFAULT_TRAINING, epochs: 30, minCount: 1, innerFolds: 2 };
    expect(trainWeights(readStoredCorpus(file), options, 'x')).toEqual(trainWeights(articles, options, 'x'));
  });

  it('keeps no sentence of the text', () => {
    const dir = labelledFolder();
    const stored = JSON.stringify(storeCorpus(readCorpus(dir), ''));
    for (const name of ARTICLES) {
      const sentences = readFileSync(join(dir, `${name}.labels.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
      for (const s of sentences) if (s.split(' ').length > 3) expect(stored).not.toContain(s.split(' ').slice(0, 4).join(' '));
    }
  });
});

describe('the world-news evidence kept in fixtures/world-news', () => {
  it('scores every gold sentence of news never fitted on once, fitted on the rest (main.js --test)', () => {
    const world = readStoredCorpus(join(ROOT, 'fixtures/world-news/evidence.json')).slice(0, 16);
    const scored = scoreUnseen(readCorpus(labelledFolder()), world, { ...DEFAULT_TRAINING, epochs: 30, minCount: 1, innerFolds: 2 });
    expect(scored.folds).toBe(0);
    expect(scored.articles).toBe(16);
    expect(scored.sentences).toBe(world.reduce((n, a) => n + a.sentences.length + a.missed.length, 0));
    expect(scored.accuracy).toBeGreaterThan(0.3);
  });

  it('names only evidence evenhand still finds, in the training set and the two blind sets: a source renamed or retired means writing them again from the pages', () => {
    const known = new Set(evidence.map((e) => e.id));
    const unknown = new Set<string>();
    for (const file of ['evidence.json', 'blind.json', 'uk-us.json']) {
      for (const a of readStoredCorpus(join(ROOT, 'fixtures/world-news', file))) for (const s of a.sentences) for (const f of s.features) if (!known.has(f.split(':')[0]!)) unknown.add(`${file}: ${f}`);
    }
    expect([...unknown]).toEqual([]);
  });
});
