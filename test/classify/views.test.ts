// Views heard outside a plain "X said": moods, relative clauses, stance words, actions reported.
// Whether a source fires at all is tested on its own examples (test/classify/evidence.test.ts);
// here, which side it reads and whom the register hears. Labels are learned and not tested here.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';
import { readRegister, sentence, type ReadArticle } from '../helpers/register.js';

/** A lede that fixes the central actor (the company Brixo). */
const LEDE = 'Brixo opened a new warehouse on Monday.';

const read = (text: string): ReadArticle => readRegister(`${LEDE} ${text}`, 'Brixo');

/** The summed stance of `id`, speaker of the sentence after the lede. */
function stanceOf(text: string, id: string): number {
  const article = read(text);
  expect(article.sentences[1]?.speaker).toBe(id);
  return article.speakers.get(id)!.stance;
}

describe('the side of a view heard outside any voice', () => {
  // the evidence examples only check that these fire; the side they read is the point
  it.each([
    ['Local shopkeepers are angry about the plans.', 'mood:against'],
    ['Residents are delighted with the new jobs.', 'mood:for'],
    ['Other residents are reassured by the warehouse.', 'mood:for'],
    ['Local renters were jubilant.', 'mood:for'],
    // a pleased mood denied, or lessened, is against
    ['Not all shopkeepers are pleased with the warehouse.', 'mood:against'],
    ['Local residents are less enthusiastic.', 'mood:against'],
    // criticism a thing draws or comes under, and a mood said by an idiom
    ['The warehouse has come under fire over its night deliveries.', 'view-noun:against'],
    ['The plans met forceful condemnations at the meeting.', 'view-noun:against'],
    ['Local shopkeepers are up in arms about the plans.', 'mood:against'],
    // a side's view heard inside a relative clause, before or after the main clause's end
    ['The plan follows a survey that suggested the lorries damage and harm village roads.', 'relative-view:against'],
  ])('%s -> %s', (text, feature) => {
    const s = read(text).sentences[1]!;
    expect(s.features).toContain(feature);
    // no speaker of its own: the view is heard, not attributed (a name a "who said" clause
    // hangs on is a speaker, and so is a holder inside the clause: test/classify/speakers.test.ts)
    expect(s.speaker).toBeUndefined();
  });

  it('hears no criticism in gunfire or in a flak jacket', () => {
    expect(read('A delivery lorry came under fire from gunmen near the warehouse.').sentences[1]!.features).not.toContain('view-noun:against');
    expect(read('Its guards now wear flak jackets at the gate.').sentences[1]!.features).not.toContain('view-noun:against');
  });

  it('hears a holder inside a relative clause on a thing as its speaker, on their side', () => {
    const s = read('Councillors will vote on a scheme which opponents say would flood the valley.').sentences[1]!;
    expect(s.features).toEqual(expect.arrayContaining(['relative-view:against', 'holder-side:critic']));
    expect(s.speaker).toBe('opponents');
  });
});

describe('a leaning verb in any of its forms', () => {
  // the cue lexicons list verbs by their base form; a form the regular rules would misspell
  // ("comed", "rebuted") was never heard. "admitted" stays unmatched on purpose (lexicon.ts)
  it.each([
    ['Ann Cole came out against the warehouse.', 'verb-side:critic'],
    ['Ann Cole rebutted the claim that the lorries were noisy.', 'verb-side:critic'],
  ])('%s -> %s', (text, feature) => {
    const s = read(text).sentences[1]!;
    expect(s.features).toContain(feature);
    expect(s.speaker).toBe('cole');
  });

  it('hears no voice in a hospital admitting patients', () => {
    const s = readRegister('St Anne\'s Hospital opened a new ward on Monday. Data published on Thursday shows Harnford NHS Trust admitted, transferred or discharged 58.2% of patients within four hours.', 'St Anne\'s Hospital').sentences[1]!;
    expect(s.speaker).toBeUndefined();
    expect(s.features).not.toContain('reported-view');
  });
});

describe("a named speaker's side from broad stance words", () => {
  it('sums blame and approval that no reporting verb carries into the speaker\'s stance', () => {
    expect(stanceOf('Ann Cole said the move was unwise and wasteful.', 'cole')).toBeLessThan(0);
    expect(stanceOf('Ann Cole said the move was sensible and long overdue.', 'cole')).toBeGreaterThan(0);
    // plain approval with no stance adjective
    expect(stanceOf('Shop owner Ann Cole said the warehouse was the right call for the town.', 'cole')).toBeGreaterThan(0);
    // the plain forms of the critic's "un-" words, and praise, outweigh a word of regret
    expect(stanceOf('Ann Cole said the cuts were painful but realistic and affordable.', 'cole')).toBeGreaterThan(0);
    expect(stanceOf('Ann Cole said the closure was sad but pragmatic.', 'cole')).toBeGreaterThan(0);
  });

  it('hears a law said to strip people of a right as against it', () => {
    const article = readRegister('The state passed the housing act on Friday. The Oakfield Residents Forum said the act strips towns of their say.', 'state');
    expect(article.sentences[1]).toMatchObject({ speaker: 'forum', name: 'Oakfield Residents Forum', central: false });
    expect(article.speakers.get('forum')!.stance).toBeLessThan(0);
  });
});

describe('a body taking a side with a leaning verb', () => {
  it('hears "the regulator defended its decision" as a side, not a bare event', () => {
    const defended = readRegister('The company raised its prices by 9% on Monday. The regulator defended its decision to allow the rise.', 'company').sentences[1]!;
    expect(defended.central).toBe(false);
    expect(defended.features).toContain('verb-side:supporter');
    expect(defended.features).not.toContain('sourced-event');
    const condemned = readRegister('The company raised its prices by 9% on Monday. The watchdog condemned the rise.', 'company').sentences[1]!;
    expect(condemned.features).toContain('verb-side:critic');
  });
});

describe('what a side did or will do', () => {
  it('reads what a body said it did, and what "it" said it would not do, as its actions; a passive "was told" is no voice', () => {
    const article = read(
      [
        "The drivers' union said it accepted the new rota and thanked its members.",
        'It said it would not strike this winter.',
        'The site manager has worked there for 20 years, the hearing was told.',
      ].join(' '),
    );
    const accepted = sentence(article, 'The drivers');
    const refused = sentence(article, 'It said');
    const told = sentence(article, 'The site manager');
    expect(accepted.features).toContain('own-action');
    // "It" is the body quoted just before
    expect(refused.speaker).toBe(accepted.speaker);
    expect(refused.features).toContain('own-action');
    expect(told.speaker).toBeUndefined();
    expect(told.features).not.toContain('reported-view');
  });
});

describe('odd input', () => {
  it('survives a reported clause that ends before its subject does (found by the property tests)', () => {
    expect(() => analyzeArticle('t', 'Lord say a\n- 0\n')).not.toThrow();
  });
});
