import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const labelsOf = (text: string, central?: string) =>
  analyzeArticle('t', text, central ? { central } : {}).sentences.map((s) => [s.label, s.holder ?? null]);

describe('quotations and their speakers', () => {
  it('gives every sentence of a quotation its speaker, named after the quote', () => {
    const text =
      'The council closed the pool on Monday. "This is a terrible decision. Families will suffer and nobody asked us," said Joan Pike, a swimming coach.';
    expect(labelsOf(text, 'council').slice(1)).toEqual([
      ['critic', 'Joan Pike'],
      ['critic', 'Joan Pike'],
    ]);
  });

  it('lets a quotation with no attribution of its own inherit the speaker before it', () => {
    const text =
      'The council closed the pool on Monday. Joan Pike said: "It was wrong and unfair. "The children have nowhere to swim. It is a terrible loss."';
    const labels = labelsOf(text, 'council');
    expect(labels.slice(1).every(([label]) => label === 'critic')).toBe(true);
    expect(new Set(labels.slice(1).map(([, holder]) => holder))).toEqual(new Set(['Joan Pike']));
  });

  it('resolves "he said" to the person named just before, and lists them by name', () => {
    const text =
      'The council closed the pool on Monday. Coach Tom Reyes condemned the closure. "It is a bad and unfair decision," he said.';
    const article = analyzeArticle('t', text, { central: 'council' });
    expect(article.sentences.slice(1).map((s) => s.label)).toEqual(['critic', 'critic']);
    expect(article.voices.critic).toHaveLength(1);
    expect(article.voices.critic[0]).toMatchObject({ holder: expect.stringMatching(/Tom Reyes$/), count: 2 });
  });

  it('closes a quotation left open at the end of its paragraph', () => {
    const text = 'The council closed the pool on Monday. Joan Pike said: "It was wrong and unfair.\n\nThe pool reopened in the summer after repairs.';
    expect(labelsOf(text, 'council').at(-1)).toEqual(['fact', null]);
  });

  it("makes the central actor's quoted words claims, even when they praise", () => {
    const text =
      'Mayor Lena Ortiz opened the new bridge on Friday. "This bridge is a great success for the whole city," Ortiz said. "It will change how we live."';
    expect(labelsOf(text, 'Ortiz').slice(1).map(([label]) => label)).toEqual(['claim', 'claim']);
  });

  it('takes a named speaker\'s side from all of their words, not one sentence', () => {
    const text =
      'The council closed the pool on Monday. Joan Pike said the closure was a failure that would hurt families. Pike also said the building was old.';
    expect(labelsOf(text, 'council').slice(1).map(([label]) => label)).toEqual(['critic', 'critic']);
  });
});

describe('holders', () => {
  it('finds a holder behind an apposition or a relative clause', () => {
    expect(labelsOf('The board cut the budget. The union leader, Ann Cole, warned that jobs would go.', 'board')[1]).toEqual(['critic', 'Ann Cole']);
    expect(labelsOf('The board cut the budget. Ann Cole, who leads the union, warned that jobs would go.', 'board')[1]).toEqual(['critic', 'Ann Cole']);
  });

  it('steps over a noun-phrase aside and never reads "the United States" or "the state" as a verb', () => {
    const text =
      'The board cut the budget. "The cuts are a terrible mistake," as Ann Cole, the union\'s head for the United States, said in a statement.';
    expect(labelsOf(text, 'board')[1]).toEqual(['critic', 'Ann Cole']);
    expect(labelsOf('The board cut the budget. Voters in the state went to the polls on Tuesday.', 'board')[1]?.[0]).toBe('fact');
  });

  it('takes the side from the verb of the reported clause', () => {
    expect(labelsOf('The board cut the budget. The teachers association said it opposed the cuts.', 'board')[1]?.[0]).toBe('critic');
  });

  it('reads a plain noun before a speech verb as the holder ("a pharmacist claimed")', () => {
    expect(labelsOf('The board cut the budget. On Friday a pharmacist claimed the cuts were unfair and harmful.', 'board')[1]).toEqual(['critic', 'a pharmacist']);
  });

  it('does not read a thing before "aimed" as a holder', () => {
    expect(labelsOf('The firms signed contracts aimed at cutting costs in 2022.', 'firms')[0]?.[0]).toBe('fact');
  });
});

describe('holders behind asides and titles', () => {
  it('finds the holder behind a relative clause that has commas of its own', () => {
    const text =
      'The city raised parking fees on Monday. The Shopkeepers Guild, which speaks for bakers, grocers and florists, condemned the rise.';
    expect(labelsOf(text, 'city').at(-1)).toEqual(['critic', expect.stringMatching(/Shopkeepers Guild/)]);
  });

  it('finds the holder behind a noun phrase with a participle ("a lobby group representing ...")', () => {
    const text =
      'The city raised parking fees on Monday. The Drivers League, a lobby group representing motorists, condemned the rise.';
    expect(labelsOf(text, 'city').at(-1)).toEqual(['critic', expect.stringMatching(/Drivers League/)]);
  });

  it("makes a person titled with one of the acting government's roles speak for it", () => {
    const text = [
      'Government raises motorway speed limit\n',
      'The government has raised the speed limit on motorways to 80mph from June.',
      'The change was announced by Roads Minister Carla Voss on Wednesday.',
      'Ms Voss said the new limit was sensible and long overdue.',
    ].join(' ');
    expect(labelsOf(text).at(-1)?.[0]).toBe('claim');
  });

  it('keeps a shadow minister on the other side', () => {
    const text = [
      'Government raises motorway speed limit\n',
      'The government has raised the speed limit on motorways to 80mph from June.',
      'The change was condemned by shadow roads minister Tariq Bell on Wednesday.',
      'Mr Bell warned that the new limit would cost lives.',
    ].join(' ');
    expect(labelsOf(text).at(-1)?.[0]).toBe('critic');
  });
});

describe('sides carried by who a speaker is', () => {
  it("takes the side the holder's description names, for all of their words", () => {
    const text = [
      'The council approved the new car park on Tuesday.',
      'Ben Ortiz, who led the opposition on the council, said the vote came too soon.',
      '"We asked for a survey first," Ortiz said.',
    ].join(' ');
    expect(labelsOf(text, 'council').slice(1).map(([label]) => label)).toEqual(['critic', 'critic']);
  });

  it('lets "its director, Name" speak for the body named just before, when quoted again', () => {
    const text = [
      'The council approved the new car park on Tuesday.',
      'The Riverside Traders Association welcomed the decision.',
      'Its director, Mia Holt, said the town had waited a long time.',
      '"It is about time," Ms Holt said.',
    ].join(' ');
    const article = analyzeArticle('t', text, { central: 'council' });
    expect(article.sentences.slice(1).map((s) => s.label)).toEqual(['supporter', 'supporter', 'supporter']);
    expect(article.voices.supporter).toHaveLength(1);
  });

  it('hears a wary or sceptical group as a critic voice', () => {
    const text = 'The council approved the new car park on Tuesday. Residents near the site remain sceptical.';
    expect(labelsOf(text, 'council').at(-1)?.[0]).toBe('critic');
  });
  it('lets an officer named with no organisation ("managing director Ann Cole") speak for the body quoted just before', () => {
    const text = [
      'The council closed the pool on Monday.',
      'Swim Club Ltd, which runs lessons there, said the closure was a terrible and unfair blow.',
      'Managing director Ann Cole said: "We were not consulted."',
    ].join(' ');
    const labels = labelsOf(text, 'council');
    expect(labels[2]).toEqual(['critic', 'Swim Club Ltd']);
  });
  it('finds a group holder behind a relative clause, and a body behind its abbreviation in brackets', () => {
    const text = [
      'The council closed the pool on Monday.',
      'Swimming coaches, who train most of the town\'s clubs, warned that children would lose their lessons.',
      'The Amateur Swimming Federation (ASF) said the closure was a terrible and unfair blow.',
    ].join(' ');
    expect(labelsOf(text, 'council').slice(1)).toEqual([
      ['critic', 'swimming coaches'],
      ['critic', 'Amateur Swimming Federation'],
    ]);
  });

  it('hears "too narrow" and "poorly lit" as complaints', () => {
    const text = 'The council opened the new cycle lanes on Monday. Joan Pike said the lanes were too narrow. She said the junctions were poorly lit.';
    expect(labelsOf(text, 'council').slice(1).map(([label]) => label)).toEqual(['critic', 'critic']);
  });
  it('hears a speaker who sounds even mildly negative as a critic, but not one who denies an accusation', () => {
    const text = [
      'The council closed the pool on Monday.',
      'Joan Pike, who coaches there, said the closure would leave children with nowhere to learn to swim.',
      'Ian Lowe, a director of the pool\'s contractor, said reports of unpaid bills were untrue and baseless.',
    ].join(' ');
    expect(labelsOf(text, 'council').slice(1).map(([label]) => label)).toEqual(['critic', 'claim']);
  });
  it('keeps the side a person is introduced with for all their words ("his main challenger, Ann Cole")', () => {
    const text = [
      'President Ivo Sarn won the election on Sunday with 51% of the vote.',
      'His main challenger, the former judge Ann Cole, took 44%.',
      'Ms Cole said the people deserved an honest and peaceful count.',
    ].join(' ');
    expect(labelsOf(text, 'Sarn')[2]).toEqual(['critic', 'Ms Cole']);
  });
  it("lets the actor's own spokeswoman speak for it even right after another speaker", () => {
    const text = [
      'Government raises fuel duty',
      '',
      'The government raised fuel duty on Monday.',
      'Hauliers said the rise was a disaster for small firms.',
      'Government spokeswoman Ana Petrova said the rise was fair and necessary.',
    ].join('\n');
    const article = analyzeArticle('t', text);
    expect(article.sentences[2]?.reasons[0]?.rule).toBe('claim-central-actor-view');
  });
  it('never takes a day or a month before the verb as the holder', () => {
    const text = 'The council closed the pool. The offer, made by the mayor in the chamber on Tuesday, would see the pool reopen in June.';
    expect(labelsOf(text, 'council')[1]).toEqual(['fact', null]);
  });
  it('ties a speaker to the actor by the aside after an inverted attribution, for all their later words', () => {
    const text = [
      'Ferry fares rise',
      '',
      'The ferry commission raised fares by 10% on Monday.',
      '"We had no choice," said Ines Calder, the commission\'s chair.',
      'Calder said the rise would be reviewed and was unfortunately unavoidable.',
      'The Ferry Workers Federation, which represents crews, said the rise was unfair on islanders.',
    ].join('\n');
    const rules = analyzeArticle('t', text).sentences.map((s) => s.reasons[0]?.rule);
    expect(rules.slice(1, 3)).toEqual(['claim-central-actor-view', 'claim-central-actor-view']);
    expect(analyzeArticle('t', text).sentences[3]?.label).toBe('critic');
  });
  it('finds the holder behind an age or a long description, and never takes the reported subject for an inverted speaker', () => {
    const text = [
      'The council closed the pool on Monday.',
      'Marcus Bell, 34, a lifeguard who has worked at the pool since it opened in 1998, said his hours had been cut to nothing and it was a disgrace.',
      'The Swimmers Union, which gathered more than 2,000 signatures last year for a campaign to keep every pool in the county open, said the council was wrong and unfair.',
    ].join(' ');
    expect(labelsOf(text, 'council').slice(1)).toEqual([
      ['critic', 'Marcus Bell'],
      ['critic', 'Swimmers Union'],
    ]);
  });
  it('hears a denial only when it answers an accusation; "the ads were misleading" is criticism', () => {
    const text = 'The council closed the pool on Monday. Joan Pike said the council\'s leaflets were misleading and unfair.';
    expect(labelsOf(text, 'council')[1]?.[0]).toBe('critic');
  });

  it('keeps a month that is a name ("Theresa May said"), and a critic\'s aside off the actor', () => {
    const text = [
      'The council closed the pool on Monday.',
      'Ann Cole, the council\'s fiercest critic, said the closure was wrong.',
      'June Sarpong said the closure was a terrible loss for the town.',
    ].join(' ');
    const labels = labelsOf(text, 'council');
    expect(labels[1]?.[0]).toBe('critic');
    expect(labels[2]).toEqual(['critic', 'June Sarpong']);
  });
  it('leaves an expert who sounds a little doubtful a neutral voice, but hears one who plainly objects', () => {
    const text = [
      'The council closed the pool on Monday.',
      'Dr Ann Cole, an economist at Tarn University, said the savings were a risk and would be smaller than hoped.',
      'Prof Ian Lowe said the closure was a terrible, damaging and unfair mistake.',
    ].join(' ');
    expect(labelsOf(text, 'council').slice(1).map(([label]) => label)).toEqual(['claim', 'critic']);
  });
  it('hears "Some argue ...", a shadow minister as a critic, and "unrealistic" or "angrily" as against', () => {
    const text = [
      'Fuel duty rises',
      '',
      'The government raised fuel duty on Monday.',
      'Some argue that the rise will hurt rural drivers most.',
      'Tom Hale, the shadow transport secretary, said the rise was a mistake.',
      'Hauliers said the timetable was unrealistic.',
      'Farmers reacted angrily.',
    ].join('\n');
    const article = analyzeArticle('t', text);
    expect(article.sentences.slice(1).map((s) => s.label)).toEqual(['critic', 'critic', 'critic', 'critic']);
  });
  it('reads a side word inside a name ("the Harbury Supporters\' Club") as no side', () => {
    const text = 'The council will sell the football ground next year. The Harbury Town Supporters Club said it was deeply disappointed and angry.';
    expect(labelsOf(text, 'council')[1]?.[0]).toBe('critic');
  });
  it('keeps the edges of these readings: "It said" after a person, "the Labour Party", a present "wants", a fellow councillor', () => {
    const person = 'The council closed the pool on Monday. Ann Cole said the closure was a bit sad. It said the new plan was excellent, welcome and a great relief.';
    expect(labelsOf(person, 'council')[1]?.[0]).toBe('critic');
    const party = [
      'Labour wins the vote',
      '',
      'Labour won the vote on Monday.',
      'The Labour Party said the result was a great and welcome victory.',
    ].join('\n');
    expect(analyzeArticle('t', party).sentences[1]?.reasons[0]?.rule).toBe('claim-central-actor-view');
    expect(labelsOf('The council closed the pool on Monday. The swimming club said it wants the pool reopened at once.', 'council')[1]?.[0]).not.toBe('fact');
    const fellow = 'The council closed the pool on Monday. Ann Cole, a fellow councillor, said the closure was a mistake.';
    expect(labelsOf(fellow, 'council')[1]?.[0]).toBe('critic');
    const report = "The council closed the pool on Monday. Ann Cole said the council's report was misleading and inaccurate.";
    expect(labelsOf(report, 'council')[1]?.[0]).toBe('critic');
  });
});
