import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';
import { rules } from '../../src/classify/rules.js';
import { lexicons } from '../../src/classify/lexicons/index.js';
import { surfaceForms } from '../../src/classify/lexicons/lexicon.js';

/** Label one sentence inside a small article about "the plan", so the central actor is fixed. */
function label(sentence: string, central = 'Smith') {
  const article = analyzeArticle('t', `Smith unveiled the plan on Monday. ${sentence}`, { central });
  const s = article.sentences[1]!;
  return { label: s.label, rule: s.reasons[0]?.rule, holder: s.holder };
}

describe('rule registry', () => {
  it('has unique kebab-case ids named <label>-<what>', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) expect(r.id).toMatch(new RegExp(`^${r.label}-[a-z]+(-[a-z]+)*$`));
  });

  it('has unique lexicon ids and no surface form in two lexicons', () => {
    expect(new Set(lexicons.map((l) => l.id)).size).toBe(lexicons.length);
    // wink-nlp keeps one custom entity per span, so a form in two lexicons would lose one
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const l of lexicons) {
      for (const form of surfaceForms(l)) {
        if (owner.has(form)) clashes.push(`${form}: ${owner.get(form)} and ${l.id}`);
        owner.set(form, l.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('voices', () => {
  it('takes the side from the holder', () => {
    expect(label('Critics argue that the plan will hurt small firms.')).toMatchObject({ label: 'critic', rule: 'critic-holder-says', holder: 'critics' });
    expect(label('Proponents say the plan is overdue.')).toMatchObject({ label: 'supporter', rule: 'supporter-holder-says' });
  });

  it('takes the side from the verb for a neutral holder', () => {
    expect(label('Economists warned that prices would rise.')).toMatchObject({ label: 'critic', rule: 'critic-verb-lean' });
    expect(label('Business leaders welcomed the decision.')).toMatchObject({ label: 'supporter', rule: 'supporter-verb-lean' });
    // multi-word reporting verbs from general English
    expect(label('Local traders hit out at the plan on Friday.')).toMatchObject({ label: 'critic', rule: 'critic-verb-lean', holder: 'local traders' });
    expect(label('Several economists have extolled the plan.')).toMatchObject({ label: 'supporter', rule: 'supporter-verb-lean' });
  });

  it('ignores a voice heard only in a concessive clause', () => {
    expect(label('While critics point out its cost, the plan was approved by 300 votes to 200.').label).toBe('fact');
  });

  it("makes the central actor's own view a claim", () => {
    expect(label('Smith has often criticized his rivals for their record.')).toMatchObject({ label: 'claim', rule: 'claim-central-actor-view' });
  });

  it('reads the main clause after a discourse marker', () => {
    expect(label('Nevertheless, doubters fear that the scheme will stall.').label).toBe('critic');
  });
});

describe('claims and facts', () => {
  it('makes hedged and modal statements claims', () => {
    expect(label('The outcome could influence the vote.')).toMatchObject({ label: 'claim', rule: 'claim-hedge' });
    expect(label('It remains to be seen how voters will react.').label).toBe('claim');
    expect(label('The value of the scheme is open to debate.')).toMatchObject({ label: 'claim', rule: 'claim-hedge' });
    expect(label('Questions remain over who will pay for the scheme.')).toMatchObject({ label: 'claim', rule: 'claim-hedge' });
  });

  it("makes the writer's framing a claim", () => {
    expect(label('The decision reflects a broader shift in policy.')).toMatchObject({ label: 'claim', rule: 'claim-framing' });
    expect(label('The reforms have clearly changed the town.')).toMatchObject({ label: 'claim', rule: 'claim-evaluative' });
    expect(label('The reforms have undeniably changed the town.')).toMatchObject({ label: 'claim', rule: 'claim-evaluative' });
  });

  it('names both sides without hearing either: claim', () => {
    expect(label('The scheme has supporters and critics in every party.')).toMatchObject({ label: 'claim', rule: 'claim-both-sides' });
  });

  it('keeps checkable events facts, even with framing attached', () => {
    expect(label('The board visited the plant in Leeds in March 2021, underlining its new focus.')).toMatchObject({ label: 'fact', rule: 'fact-checkable' });
    expect(label('The company opened two more factories in Wales.')).toMatchObject({ label: 'fact' });
  });
});

describe('verbs that take an amount', () => {
  it('reads "will add about £96 a year" as a figure, not as someone adding a remark', () => {
    expect(label('The increase will add about £96 a year to a typical household bill.')).toMatchObject({ label: 'fact' });
    expect(label('Residents added that the plan had been rushed.').label).not.toBe('fact');
  });
});

describe('a concessive clause whose answer the tagger reads as nouns', () => {
  it('still answers the conceded voice with the main clause', () => {
    expect(label('While critics predict closures, supporters point out that Ohio and Texas, which acted first, have seen jobs return.')).toMatchObject({ label: 'supporter' });
  });
});
