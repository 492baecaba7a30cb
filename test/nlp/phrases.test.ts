// The cue phrases are found by PhraseMatcher over wink's tokens; before, wink-nlp's custom
// entities found them. These check the two agree, hit for hit, on every article we have and
// on texts made to find the edges: overlaps, a phrase in two lists, parts of speech in a
// phrase, line breaks inside one, contractions and hyphens.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, learnCues, type CuePatterns } from '../../src/nlp/wink.js';
import { cuePatterns, lexicons } from '../../src/classify/lexicons/index.js';
import { learnLexicons } from '../../src/classify/cues.js';
import { withSteadyTokenizer } from '../../src/nlp/model.js';
import { PhraseMatcher } from '../../src/nlp/phrases.js';
import { ROOT } from '../helpers/cli.js';
import { articleText } from '../helpers/corpus.js';

type Wink = { readDoc: (t: string) => any; learnCustomEntities: (p: CuePatterns[], c: object) => void; its: any };

/** A wink instance of its own, with `patterns` learnt as custom entities, as evenhand did. */
function winkWith(patterns: CuePatterns[]): Wink {
  const require = createRequire(import.meta.url);
  // the model's loaders change their own module state: a second instance needs a fresh copy
  for (const key of Object.keys(require.cache)) if (key.includes('wink-eng-lite-web-model')) delete require.cache[key];
  // and the tokenizer evenhand's instance has, so both read the same tokens
  const nlp = require('wink-nlp')(withSteadyTokenizer(require('wink-eng-lite-web-model'))) as Wink;
  nlp.learnCustomEntities(patterns, { matchValue: false, usePOS: true, useEntity: false });
  return nlp;
}

function winkCues(nlp: Wink, text: string): Array<{ name: string; first: number; last: number }> {
  const ces = nlp.readDoc(text).customEntities();
  const names = ces.out(nlp.its.type) as string[];
  return (ces.out(nlp.its.span) as Array<[number, number]>).map(([first, last], i) => ({ name: names[i]!, first, last }));
}

/** Every article we have, as blocks (what evenhand reads one at a time). */
function blocks(): string[] {
  const texts: string[] = [];
  const folders = [join(ROOT, 'fixtures/articles'), join(ROOT, '../shared/train'), join(ROOT, '../shared/dev')];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)) if (f.endsWith('.txt') || f.endsWith('.md')) texts.push(readFileSync(join(folder, f), 'utf8'));
  }
  for (let i = 0; i < 20; i++) texts.push(articleText(i));
  return texts.flatMap((t) => t.split(/\n[ \t]*\n/)).filter((b) => b.trim());
}

const EDGES: CuePatterns[] = [
  { name: 'short', patterns: ['critics', 'step', 'may'] },
  { name: 'long', patterns: ['critics say', 'a step forward', 'may well be', 'too ADJ', 'shadow NOUN minister', "can't", 'ill-advised', 'U.S.'] },
  // the same phrase in a later list: wink named it by the later one
  { name: 'again', patterns: ['a step forward', 'critics'] },
];
const EDGE_TEXTS = [
  'Critics say it is a step forward, but critics may well be right.',
  'It may\nwell be too costly; a step\nforward for the shadow health minister.',
  "They can't say. It was ill-advised, the U.S. said; critics critics say say.",
  'A step a step forward may may well be too too expensive.',
];

// evenhand's own instance first, on the model module as loaded: winkWith() loads fresh copies
analyzeText('Critics said so.');

describe('PhraseMatcher', () => {
  it('reads a phrase as wink does, word by word', () => {
    const nlp = winkWith([]);
    for (const { patterns } of cuePatterns(lexicons)) {
      for (const phrase of patterns) {
        const whole = nlp.readDoc(phrase).tokens().out(nlp.its.normal);
        const byWord = phrase.split(' ').flatMap((w) => nlp.readDoc(w).tokens().out(nlp.its.normal));
        expect(byWord, phrase).toEqual(whole);
      }
    }
  });

  it('finds the lexicons\' cues in every article exactly where wink-nlp\'s custom entities did', () => {
    const nlp = winkWith(cuePatterns(lexicons));
    learnLexicons();
    let hits = 0;
    for (const block of blocks()) {
      const ours = analyzeText(block).cues;
      expect(ours, block.slice(0, 80)).toEqual(winkCues(nlp, block));
      hits += ours.length;
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('agrees with wink on overlaps, repeats, parts of speech, line breaks, contractions and hyphens', () => {
    const nlp = winkWith(EDGES);
    learnCues(EDGES);
    try {
      for (const text of EDGE_TEXTS) expect(analyzeText(text).cues, text).toEqual(winkCues(nlp, text));
      expect(analyzeText(EDGE_TEXTS[0]!).cues.map((c) => c.name)).toEqual(['long', 'again', 'again', 'long']);
    } finally {
      learnLexicons();
    }
  });

  it('leaves wink syntax it does not read to wink: an entity type or an escape', () => {
    const special: CuePatterns[] = [{ name: 'when', patterns: ['on DATE', 'said ^NOUN'] }];
    const nlp = winkWith(special);
    learnCues(special);
    try {
      const text = 'The deal was signed on Monday, he said NOUN twice.';
      expect(analyzeText(text).cues).toEqual(winkCues(nlp, text));
    } finally {
      learnLexicons();
    }
  });

  it('matches the longest phrase from the leftmost token and never overlaps', () => {
    const m = new PhraseMatcher([
      { name: 'a', tokens: ['x'] },
      { name: 'b', tokens: ['x', 'y', 'z'] },
      { name: 'c', tokens: ['y', 'z'] },
    ]);
    const words = ['x', 'y', 'z', 'x', 'y', 'q', 'y', 'z', 'y', '\n', 'z'];
    expect(m.match(words, words, words.map(() => 'NOUN'))).toEqual([
      { name: 'b', first: 0, last: 2 },
      { name: 'a', first: 3, last: 3 },
      { name: 'c', first: 6, last: 7 },
    ]);
  });
});
