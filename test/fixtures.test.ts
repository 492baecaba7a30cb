import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { macroF1, pooledMacroF1, readGold, unmatched } from './helpers/gold.js';

const dir = new URL('../fixtures/articles/', import.meta.url);

describe('seed article (trump-kim-diplomacy)', () => {
  const text = readFileSync(new URL('trump-kim-diplomacy.txt', dir), 'utf8');
  const gold = readGold(new URL('trump-kim-diplomacy.labels.jsonl', dir).pathname);
  const article = analyzeArticle('trump-kim-diplomacy.txt', text);

  it('finds all 41 sentences and 12 headings, exactly as the gold has them', () => {
    expect(article.sentences.map((s) => s.text)).toEqual(gold.filter((g) => g.label !== 'heading').map((g) => g.text));
    expect(article.sections.flatMap((s) => (s.heading ? [s.heading.text] : []))).toEqual(
      gold.filter((g) => g.label === 'heading').map((g) => g.text),
    );
  });

  // 0.976 when the rules were tuned on this article; the learned weights score 0.865 (README,
  // "How good it is"): the floor guards that, not the old figure
  it('labels the sentences with macro-F1 of at least 0.85', () => {
    expect(macroF1(gold, article)).toBeGreaterThanOrEqual(0.85);
  });

  it('hears both sides through their generic holders: 2 supporter and 4 critic sentences', () => {
    // the gold has three of each; "others argue it opens a door ..." (a supporter: LABELS.md) is
    // the weights' toss-up for a neutral holder: a claim until stop 55, a critic (0.39) since the
    // fit took in world news, where a group's reported view is most often a critic's
    expect(article.summary.counts.supporter).toBe(2);
    expect(article.summary.counts.critic).toBe(4);
    expect(article.voices.critic.map((v) => v.holder).sort()).toEqual(['critics', 'detractors', 'others', 'skeptics']);
    expect(article.voices.supporter.map((v) => v.holder).sort()).toEqual(['proponents', 'supporters']);
  });
});

// Blind batch 12 (fixtures/blind-12/NOTES.md): thirty articles written and labelled by people who
// had not seen the code, scored with the weights frozen at 7281e71: pooled macro-F1 0.492. Never
// trained on; the floor is 0.05 under that score.
describe('blind batch 12', () => {
  const folder = new URL('../fixtures/blind-12/', import.meta.url);
  const names = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  const scored = names.map((name) => ({
    name,
    gold: readGold(new URL(name.replace(/\.txt$/, '.labels.jsonl'), folder).pathname),
    article: analyzeArticle(name, readFileSync(new URL(name, folder), 'utf8')),
  }));

  it('finds every gold sentence of its 30 articles', () => {
    expect(names).toHaveLength(30);
    expect(scored.flatMap(({ name, gold, article }) => unmatched(gold, article).map((t) => `${name}: ${t}`))).toEqual([]);
  });

  it('labels them with pooled macro-F1 of at least 0.44', () => {
    expect(pooledMacroF1(scored)).toBeGreaterThanOrEqual(0.44);
  });
});
