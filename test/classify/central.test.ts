import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const labels = (text: string): string[] => analyzeArticle('t', text).sentences.map((s) => s.label);

describe('central actor', () => {
  it("takes the title's subject as the actor, so its statements are claims and its allies' views support", () => {
    const text = [
      'Norland Ties Up With Vesta After Crisis',
      '',
      'Norland signed a trade pact with Vesta on Monday.',
      'Norlandic President Ivo Brandt said the pact was a historic success.',
      'Norlandic senator Petra Holm said the pact would protect jobs and bring great benefits.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim', 'supporter']);
  });

  it('makes the subject of a title that opposes something a critic, and the government the actor', () => {
    const text = [
      'Farmers opposing new water charges',
      '',
      'Farmers say the water charges should be scrapped.',
      'Environment Secretary Jane Doyle said the charges would fund new reservoirs.',
    ].join('\n');
    expect(labels(text)).toEqual(['critic', 'fact']);
  });

  it('reads a title that names an institution as making all its officers the actor', () => {
    const text = [
      'Council approves new cycle lanes',
      '',
      'The council voted on Tuesday to build 12 kilometres of cycle lanes.',
      'Council leader Ruth Evans said the lanes were a great step forward.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim']);
  });

  it('names the actor a lede introduces by role in the next sentence', () => {
    const text = [
      'Minister refuses to resign over leak',
      '',
      'The trade minister at the heart of the leak row says he will not resign.',
      'Carl Vance claims the documents were released by mistake.',
      'Opposition MPs said the leak was a disgrace and a scandal.',
    ].join('\n');
    expect(labels(text).slice(1)).toEqual(['claim', 'critic']);
  });
});
