import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const labels = (text: string): string[] => analyzeArticle('t', text).sentences.map((s) => s.label);

describe('central actor', () => {
  it("takes the title's subject as the actor; its leader's words are claims, its officials' views support", () => {
    const text = [
      'Chile Signs Copper Deal With Japan',
      '',
      'Chile signed a copper supply deal with Japan on Monday.',
      'Chilean President Ana Ruiz said the deal was a historic success.',
      'Chilean senator Tomas Vidal said the deal would protect jobs and bring great benefits.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim', 'supporter']);
  });

  it('does not put a fellow national who holds no office on the actor\'s side', () => {
    const text = [
      'Chile Signs Copper Deal With Japan',
      '',
      'Chile signed a copper supply deal with Japan on Monday.',
      'Chilean economist Rosa Mena said the deal runs for ten years.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim']);
  });

  it('reads a demonym from a table, not from the spelling of the actor\'s name', () => {
    const text = [
      'Trump Opens New Golf Resort',
      '',
      'Trump opened a golf resort in Aberdeen on Friday.',
      'Trumpet player Lee Hart said the resort would bring great benefits.',
    ].join('\n');
    const article = analyzeArticle('t', text);
    expect(article.sentences[1]?.reasons[0]?.rule).not.toBe('supporter-holder-says');
  });

  it('makes the subject of a title that opposes something a critic, and the acting government the actor', () => {
    const text = [
      'Nurses oppose new shift rules',
      '',
      'Nurses say the shift rules should be dropped.',
      'Health Secretary Mark Lowe said the rules would start in May.',
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

  it('takes a source named before a colon as the actor only when it is a role or institution', () => {
    const source = ['Regulators: Bank Broke Lending Rules', '', 'Regulators said the bank had broken the rules and caused harm to borrowers.'];
    expect(labels(source.join('\n'))).toEqual(['claim']);
    // a topic prefix: the actor is the one the rest of the title names
    const topic = ['Budget: Hale Says Taxes Will Fall', '', 'Hale said the budget was a great success for families.'];
    expect(labels(topic.join('\n'))).toEqual(['claim']);
  });

  it('names the actor a lede introduces by role in the next sentence', () => {
    const text = [
      'Mayor rejects calls to quit over budget',
      '',
      "The city's mayor, under pressure over a budget shortfall, says she will stay in office.",
      'Dana Kirsch claims the shortfall was caused by an accounting error.',
      'Opposition councillors said the shortfall was a disgrace and a scandal.',
    ].join('\n');
    expect(labels(text).slice(1)).toEqual(['claim', 'critic']);
  });
});

describe('a title whose verb the tagger misses', () => {
  it('still makes an institution opening it the central actor, not the place before it', () => {
    const text = [
      'Riverton council orders dog ban on beaches\n',
      'The council ordered the ban on Monday after a vote.',
      'The council said the beaches would be cleaner and far safer for families.',
      'The Riverton Dog Walkers Club said the ban was unfair and cruel.',
    ].join('\n');
    const labels = analyzeArticle('t', text).sentences.map((s) => s.label);
    expect(labels.slice(1)).toEqual(['claim', 'critic']);
  });
  it('reads a place that names an institution as the institution, and a place after "in" as no actor', () => {
    const text = [
      'Parking fees rise in Dunmore',
      '',
      'Parking fees in Dunmore will rise by 20% from June.',
      'Dunmore Borough Council said the parking money was needed to repair roads.',
      'Dunmore Traders said the rise was unfair and would hurt small shops.',
      'Councillor Ian Bell, the council\'s member for roads, said the fees were fair.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim', 'critic', 'claim']);
  });

  it('does not take a common word the title capitalises as a name ("Bus" in "Bus fares ...")', () => {
    const text = [
      'Bus fares go up in Tarn as the city council cuts subsidy',
      '',
      'Bus fares in Tarn rose by 10% on Monday.',
      'The bus company said the rise was forced on it.',
      'The council said the subsidy had to end.',
    ].join('\n');
    const article = analyzeArticle('t', text);
    expect(article.sentences[2]?.reasons[0]?.rule).toBe('claim-central-actor-view');
  });
  it('reads a place before the title\'s head noun as no actor, and finds the trust that acts', () => {
    const text = [
      'Kelby maternity unit to close with births moved to Amford',
      '',
      'Births at Kelby will move to Amford from June, the Kelby and Amford NHS Trust has decided.',
      'The trust said the unit could not be staffed safely.',
      'The trust will spend £2m on a new ward at Amford.',
      'Jane Okoro, the trust\'s chief executive, said the decision was painful but right.',
      'Kelby residents said the move was a disgrace.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim', 'fact', 'claim', 'critic']);
  });

  it('reads a past form in a headline as a passive: the firm that was fined is not the actor', () => {
    const text = [
      'Dunmere Water fined £3m over river spills',
      '',
      'The Water Standards Agency fined Dunmere Water £3m on Monday.',
      'Dunmere Water said the fine was unfair and far too harsh.',
      'Dunmere Water said it had spent £50m on its pipes.',
      'The agency said the firm had ignored repeated warnings.',
    ].join('\n');
    const article = analyzeArticle('t', text);
    expect(article.sentences[1]?.label).toBe('critic');
    expect(article.sentences[3]?.reasons[0]?.rule).toBe('claim-central-actor-view');
  });

  it('takes councillors or a regulator heading the title as the institution, and opposition councillors as its critics', () => {
    const text = [
      'Councillors approve new cycle lanes',
      '',
      'The council will build 12 kilometres of cycle lanes from June.',
      'Council leader Ruth Evans said the lanes were a great step forward.',
      'Opposition councillors said the lanes were a costly mistake.',
    ].join('\n');
    expect(labels(text)).toEqual(['fact', 'claim', 'critic']);
  });
  it('reads a capitalised word before an institution as part of a name, and a central bank as the actor', () => {
    const council = [
      'Harlow Falls council votes to ban tents in parks',
      '',
      'The council voted 7-4 on Tuesday to ban tents in city parks.',
      'The Downtown Harlow Business Alliance said the ban was a welcome and sensible step.',
    ].join('\n');
    expect(labels(council)).toEqual(['fact', 'supporter']);
    const bank = [
      "Kestria's central bank raises rates to 9.5%",
      '',
      'The central bank raised its main rate to 9.5% on Thursday.',
      '"Inflation is the cruellest tax of all," said the bank\'s governor, Mira Holt.',
    ].join('\n');
    expect(analyzeArticle('t', bank).sentences[1]?.reasons[0]?.rule).toBe('claim-central-actor-view');
  });
  it("reads 'Gov. Ann Cole' as the governor, a body named after the actor's town as another body, and 'X, chief executive,' as the firm's", () => {
    const governor = [
      'Tarn governor signs phone ban',
      '',
      'Gov. Ann Cole signed the phone ban into law on Monday.',
      'Cole said the ban was a great and overdue protection for children.',
    ].join('\n');
    expect(labels(governor)[1]).toBe('claim');
    const town = [
      'Port Amble should tax land, not buildings',
      '',
      'Port Amble will vote on a land tax in June.',
      'The Port Amble Homeowners Association said the tax was unfair and would hurt pensioners.',
    ].join('\n');
    expect(labels(town)[1]).toBe('critic');
    const firm = [
      'Halvo to cut 600 jobs',
      '',
      'Halvo will cut 600 jobs, the software firm said on Monday.',
      '"These are hard and painful choices," Mira Dahl, chief executive, wrote in a memo.',
    ].join('\n');
    expect(analyzeArticle('t', firm).sentences[1]?.reasons[0]?.rule).toBe('claim-central-actor-view');
  });
});
