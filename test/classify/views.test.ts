import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

/** Label one sentence after a lede that fixes the central actor (the company Brixo). */
function label(sentence: string) {
  const article = analyzeArticle('t', `Brixo opened a new warehouse on Monday. ${sentence}`, { central: 'Brixo' });
  const s = article.sentences[1]!;
  return { label: s.label, rule: s.reasons[0]?.rule };
}

describe('voices heard outside the main clause', () => {
  it('hears an allegation whose content is given, not one merely named', () => {
    expect(label('Sales have slowed since accusations that the firm ignored safety checks.')).toMatchObject({ label: 'critic', rule: 'critic-allegation-heard' });
    expect(label('The chain now faces three complaints alleging it misled shoppers.').label).toBe('critic');
    expect(label('A court will hear the accusations in March.').label).not.toBe('critic');
  });

  it('hears a view reported in a relative clause', () => {
    expect(label('Councillors will vote on a scheme which opponents say would flood the valley.').label).toBe('critic');
    expect(label('The plan follows a survey that suggested the lorries damage and harm village roads.')).toMatchObject({ label: 'critic', rule: 'critic-relative-view' });
  });

  it('reads an unattributed mood of someone other than the actor as a side', () => {
    expect(label('Local shopkeepers are angry about the plans.')).toMatchObject({ label: 'critic', rule: 'critic-mood' });
    expect(label('Residents are delighted with the new jobs.')).toMatchObject({ label: 'supporter', rule: 'supporter-mood' });
  });
});

describe("a named speaker's side from broad stance words", () => {
  it('reads blame and approval that no reporting verb carries', () => {
    expect(label('Ann Cole said the move was unwise and wasteful.')).toMatchObject({ label: 'critic', rule: 'critic-speaker-stance' });
    expect(label('Ann Cole said the move was sensible and long overdue.')).toMatchObject({ label: 'supporter', rule: 'supporter-speaker-stance' });
  });
});

describe('actions and announced measures are facts', () => {
  it("makes the central actor's announced measure a fact, its hedged promise a claim", () => {
    expect(label('Brixo said it would hire 200 drivers.')).toMatchObject({ label: 'fact', rule: 'fact-central-measure' });
    expect(label('Brixo said the fees would be levied from June.').label).toBe('fact');
    // an aside between commas, however long, does not push "would" out of reach
    expect(label('Brixo said the new fee, set at about 5 pounds a day for every lorry that uses the lane, would fund road repairs.')).toMatchObject({ label: 'fact', rule: 'fact-central-measure' });
    // the month is a date, not the hedge "may"
    expect(label('Brixo said the fees would be levied from May.').label).toBe('fact');
    expect(label('Brixo said the warehouse could bring prosperity to the region.').label).toBe('claim');
  });

  it("makes an institution's plain report of an event a fact, but not its judgement or its quoted words", () => {
    expect(label('Two drivers were arrested outside the depot, police said.')).toMatchObject({ label: 'fact', rule: 'fact-sourced-event' });
    expect(label('Police said the closure of the lane was a terrible mistake.').label).not.toBe('fact');
    expect(label('A council spokesman said the depot "broke every rule it signed".').label).not.toBe('fact');
  });

  it("makes a side's announced action a fact, and its prediction about the plan a view", () => {
    expect(label('The drivers union said it would hold a strike ballot.')).toMatchObject({ label: 'fact', rule: 'fact-announced-action' });
    expect(label('Opponents say it will ruin the high street.').label).toBe('critic');
  });
});

describe("the writer's judgements are claims", () => {
  it('answers a conceded voice with a claim unless a figure can be checked', () => {
    expect(label('While critics say the site is too big, the warehouse gives the town a future.')).toMatchObject({ label: 'claim', rule: 'claim-answers-concession' });
    expect(label('Although residents objected, the council approved the site by 7 votes to 2.').label).toBe('fact');
  });

  it('reads an abstract subject ("the reaction", "its efforts") as the writer interpreting, unless a figure anchors it', () => {
    expect(label('So far, the reaction to the depot has surprised its neighbours.')).toMatchObject({ label: 'claim', rule: 'claim-interpretive-subject' });
    expect(label('The reaction to the depot came within 2 hours.').label).toBe('fact');
    expect(label('The lorries to the depot have damaged the lane.').label).toBe('fact');
  });

  it('makes what the central actor tries or hopes to do a claim', () => {
    expect(label('The company is trying to win back its critics.')).toMatchObject({ label: 'claim', rule: 'claim-central-intent' });
  });

  it('reads "X is + adjective" with no figure as a judgement', () => {
    expect(label('The response was swift and decisive.')).toMatchObject({ label: 'claim', rule: 'claim-copular-judgement' });
    expect(label('The warehouse is 40 metres tall.').label).toBe('fact');
    // a date in a leading "When ..." clause anchors that clause, not the judgement after it
    expect(label('When the depot opened in 2019, the mood in the village was calm.')).toMatchObject({ label: 'claim', rule: 'claim-copular-judgement' });
  });
});

describe('a body taking a side with a leaning verb', () => {
  it('hears "the regulator defended its decision" as a side, not a bare event', () => {
    const a = analyzeArticle('t', 'The company raised its prices by 9% on Monday. The regulator defended its decision to allow the rise.', { central: 'company' });
    expect(a.sentences[1]?.label).toBe('supporter');
    const b = analyzeArticle('t', 'The company raised its prices by 9% on Monday. The watchdog condemned the rise.', { central: 'company' });
    expect(b.sentences[1]?.label).toBe('critic');
  });
});

describe('stance and mood words', () => {
  it('hears a jubilant group, and a law said to strip people of a right, as sides', () => {
    const a = analyzeArticle('t', 'The state passed the housing act on Friday. Local renters were jubilant.', { central: 'state' });
    expect(a.sentences[1]?.label).toBe('supporter');
    const b = analyzeArticle('t', 'The state passed the housing act on Friday. The Oakfield Residents Forum said the act strips towns of their say.', { central: 'state' });
    expect(b.sentences[1]?.label).toBe('critic');
  });
  it('makes a projection or estimate a claim, even where the tagger reads the verb as a noun', () => {
    const text = [
      'The state capped inhaler costs on Monday.',
      'The budget office projects that the cap will cost $90 million a year.',
      'Her department estimates that 4.1 million patients will save $480 a year.',
    ].join(' ');
    expect(analyzeArticle('t', text, { central: 'state' }).sentences.slice(1).map((s) => s.label)).toEqual(['claim', 'claim']);
  });
  it('hears a pleased mood denied as against, and a divided field as no side', () => {
    expect(label('Not all shopkeepers are pleased with the warehouse.')).toMatchObject({ label: 'critic', rule: 'critic-mood' });
    expect(label('Local residents are less enthusiastic.')).toMatchObject({ label: 'critic', rule: 'critic-mood' });
    expect(label('Economists are divided on what the warehouse means for wages.')).toMatchObject({ label: 'claim', rule: 'claim-both-sides' });
  });
  it('reads what a side has done, or asks someone to do, as an action', () => {
    expect(label('The union said it had filed a complaint with the regulator.')).toMatchObject({ label: 'fact', rule: 'fact-announced-action' });
    expect(label('The residents\' group has asked the council to publish its traffic figures.')).toMatchObject({ label: 'fact', rule: 'fact-request' });
  });

  it("hears the writer's own voice: a prescription, and the first person outside quotes", () => {
    expect(label('Councillors should back the warehouse.').label).toBe('claim');
    expect(label('I have some sympathy for the shop owners.')).toMatchObject({ label: 'claim', rule: 'claim-writer-voice' });
  });
  it("reads the actor's plans as facts and its forecasts as claims", () => {
    expect(label('The second warehouse would be built on farmland east of the town.').label).toBe('fact');
    expect(label('Brixo said 40 drivers and two managers would be hired at the site.')).toMatchObject({ label: 'fact', rule: 'fact-central-measure' });
    expect(label('Brixo estimates the site would add 300 jobs.').label).toBe('claim');
  });
  it('hears a view in a relative clause that trails the main clause ("..., who said ...")', () => {
    expect(label('The only vote against came from Councillor Ann Cole, who said the deal lacked safeguards.')).toMatchObject({ label: 'critic', rule: 'critic-relative-view' });
  });
  it('reads "likely buyers" and "ticket counters" as nouns, and a measure in quoted words as a view', () => {
    expect(label('A poll of 400 likely buyers found 61% would shop there.').label).toBe('fact');
    expect(label('The firm has shut 9 ticket counters since 2015.').label).toBe('fact');
    expect(label('Brixo said the warehouse would give the town "a future worth having".').label).toBe('claim');
  });
  it('hears plain approval ("the right call") and an easy mood as support', () => {
    expect(label('Shop owner Ann Cole said the warehouse was the right call for the town.').label).toBe('supporter');
    expect(label('Other residents are reassured by the warehouse.')).toMatchObject({ label: 'supporter', rule: 'supporter-mood' });
  });
  it("reads the writer's verdicts as claims: a noun judged by its adjective, what something is really about", () => {
    expect(label('For all the noise, it is a timid reform.')).toMatchObject({ label: 'claim', rule: 'claim-copular-judgement' });
    expect(label('It is a new warehouse.').label).toBe('fact');
    expect(label('Ann Cole is a retired teacher.').label).toBe('fact');
    expect(label('There is no legal precedent for the warehouse.').label).toBe('fact');
    expect(label('The dispute is really about who controls the land.')).toMatchObject({ label: 'claim', rule: 'claim-evaluative' });
  });
  it('survives a reported clause that ends before its subject does (found by the property tests)', () => {
    expect(() => analyzeArticle('t', 'Lord say a\n- 0\n')).not.toThrow();
  });
  it('reads "to decide whether" as a question someone will settle, not a hedge', () => {
    expect(label('The board will meet on 14 June to decide whether to open a second site.').label).toBe('fact');
  });
  it('reads a refusal announced ("said it would not open an inquiry") as an action, and a column written as no view', () => {
    expect(label('The union said it would not take part in the talks.')).toMatchObject({ label: 'fact', rule: 'fact-announced-action' });
    expect(label('Ann Cole writes a weekly column on shopping.').label).toBe('fact');
  });
  it('reads what a body said it did, and what "it" said it would not do, as actions; a passive "was told" is no voice', () => {
    const text = [
      'Brixo opened a new warehouse on Monday.',
      'The drivers\' union said it accepted the new rota and thanked its members.',
      'It said it would not strike this winter.',
      'The site manager has worked there for 20 years, the hearing was told.',
      'The union has written to the firm asking for a pay review.',
    ].join(' ');
    const article = analyzeArticle('t', text, { central: 'Brixo' });
    expect(article.sentences.slice(1).map((s) => s.label)).toEqual(['fact', 'fact', 'fact', 'fact']);
  });
  it('reads a passive report verb ("80 firefighters were called to the fire") as an event', () => {
    expect(label('Around 80 firefighters were called to the warehouse on Tuesday evening.').label).toBe('fact');
  });
});
