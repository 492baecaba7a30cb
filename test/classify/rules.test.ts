// What the old decision list's voice rules meant, read where it lives now: who the register says
// speaks in a sentence, and which side-taking evidence fires. Most old rule tests are now hit and
// miss examples of their evidence source (test/classify/evidence.test.ts); labels are learned.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';
import { readRegister, type ReadSentence } from '../helpers/register.js';

/** A lede that fixes the central actor (Smith), so only the sentence after it is in question. */
const LEDE = 'Smith unveiled the plan on Monday.';

/** The sentence after the lede, as the register and the evidence read it. */
const read = (sentence: string): ReadSentence => readRegister(`${LEDE} ${sentence}`, 'Smith').sentences[1]!;

describe('the plainest voices, labelled end to end', () => {
  // a guard on the shipped weights: a holder named by a side is that side, whatever else is learned
  it('labels "critics argue" critic and "proponents say" supporter', () => {
    const label = (sentence: string) => analyzeArticle('t', `${LEDE} ${sentence}`, { central: 'Smith' }).sentences[1]?.label;
    expect(label('Critics argue that the plan will hurt small firms.')).toBe('critic');
    expect(label('Proponents say the plan is overdue.')).toBe('supporter');
  });
});

describe('who holds the view', () => {
  it('takes a multi-word reporting verb ("hit out at") without losing the group that speaks', () => {
    const s = read('Local traders hit out at the plan on Friday.');
    expect(s).toMatchObject({ name: 'local traders', central: false });
    expect(s.features).toContain('verb-side:critic');
  });

  it('hears no one in a sentence whose only voice sits in a concessive clause', () => {
    const s = read('While critics point out its cost, the plan was approved by 300 votes to 200.');
    expect(s.speaker).toBeUndefined();
    expect(s.features).not.toContain('reported-view');
  });

  it('sets aside "despite ..." after the main verb with no comma, so the objections it names are no view of the sentence', () => {
    const s = read('The housing plan has been approved despite objections from residents.');
    expect(s.features).not.toContain('view-noun:against');
    // the same objections in the main clause are heard
    expect(read('Residents lodged objections to the housing plan.').features).toContain('view-noun:against');
  });

  it('answers a conceded voice with the main clause, even where the tagger reads the answer as nouns', () => {
    const s = read('While critics predict closures, supporters point out that Ohio and Texas, which acted first, have seen jobs return.');
    expect(s.speaker).toBe('supporters');
    expect(s.features).toContain('holder-side:supporter');
    expect(s.features).not.toContain('holder-side:critic');
  });
});

describe('verbs that take an amount', () => {
  it('reads "will add about £96 a year" as a figure, not as someone adding a remark', () => {
    const amount = read('The increase will add about £96 a year to a typical household bill.');
    expect(amount.speaker).toBeUndefined();
    expect(amount.features).not.toContain('reported-view');
    // the same verb reporting words has a speaker
    const remark = read('Residents added that the plan had been rushed.');
    expect(remark.speaker).toBe('residents');
    expect(remark.features).toContain('reported-view');
  });
});
