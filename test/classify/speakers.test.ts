// The speaker register: who speaks in each sentence (a holder, a quotation's speaker, "he" or
// "it" resolved), whether they speak for the central actor, and what their description and words
// say of their side. Labels are learned from these readings and are not tested here.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/nlp/wink.js';
import { readRegister, sentence } from '../helpers/register.js';

const POOL = 'The council closed the pool on Monday.';
const BUDGET = 'The board cut the budget.';

describe('quotations and their speakers', () => {
  it('gives every sentence of a quotation its speaker, named after the quote', () => {
    const article = readRegister(`${POOL} "This is a terrible decision. Families will suffer and nobody asked us," said Joan Pike, a swimming coach.`, 'council');
    expect(article.sentences.slice(1)).toMatchObject([
      { speaker: 'pike', name: 'Joan Pike', quoted: true, central: false },
      { speaker: 'pike', name: 'Joan Pike', quoted: true, central: false },
    ]);
  });

  it('hears any reporting verb after a closing quote as its attribution ("...," lamented Joan Pike)', () => {
    const article = readRegister(`${POOL} "This is a terrible decision. Families will suffer," lamented Joan Pike, a swimming coach.`, 'council');
    expect(article.sentences.slice(1).map((x) => x.speaker)).toEqual(['pike', 'pike']);
  });

  it('gives a quotation nobody attributes to the person the sentence before is about, and to nobody after a thing', () => {
    const article = readRegister(`${POOL} Another swimmer, Joan Pike, was turned away at the door.\n\n“This is a terrible decision. Families will suffer and nobody asked us.”`, 'council');
    expect(article.sentences.slice(2).map((s) => s.speaker)).toEqual(['pike', 'pike']);
    const thing = readRegister(`${POOL} The pool closed its doors at noon.\n\n“This is a terrible decision. Families will suffer and nobody asked us.”`, 'council');
    expect(thing.sentences.slice(2).map((s) => s.speaker)).toEqual([undefined, undefined]);
  });

  it('hears a quotation in guillemets, as European and Russian print writes them («...», said the deputy), and keeps the marks as written', () => {
    const article = readRegister(`${POOL} «This is a terrible decision. Families will suffer and nobody asked us,» said Joan Pike, a swimming coach.`, 'council');
    expect(article.sentences.slice(1)).toMatchObject([
      { speaker: 'pike', quoted: true },
      { speaker: 'pike', quoted: true },
    ]);
    expect(article.sentences[1]!.text).toMatch(/^«This/);
  });

  it('reads a closing mark written against the word after it as opening a quotation ("”Once again, ...,” said one official")', () => {
    const article = readRegister(`${POOL} ”This is a terrible decision,” said Joan Pike. ”Families will suffer. Nobody asked us.”`, 'council');
    expect(article.sentences.slice(1).map((s) => [s.speaker, s.quoted])).toEqual([
      ['pike', true],
      ['pike', true],
      ['pike', true],
    ]);
  });

  it('keeps the actor\'s person the actor by any word of their name ("Datuk Ng Suee Lim" ... "Ng also said")', () => {
    const article = readRegister(`${POOL} Council chairman Datuk Ng Suee Lim said the hearing was fair. Ng also said the council would listen.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'central']);
    // ... a title written in capitals before the name being no part of it
    const titled = readRegister(`${POOL} Deputy Council Chairman Chor Chee Heung said the closure was normal. "This is nothing," Chor told reporters.`, 'council');
    expect(titled.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'central']);
  });

  it('hears no speaker in a thing whose name ends like a person\'s ("issued statements condemning the attacks")', () => {
    const article = readRegister(`${POOL} The mayor also issued statements condemning the attacks on council staff.`, 'council');
    expect(sentence(article, 'The mayor also issued').speaker).toBeUndefined();
  });

  it('hears "a spokesman" with no body named as speaking for the one who spoke just before', () => {
    const article = readRegister(`${POOL} Brixo Leisure told the Gazette that the pool was unsafe. A spokesman said: "The decision was not taken lightly." A spokesman for the swimmers said it was a disgrace.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['leisure', 'leisure', 'the swimmers']);
  });

  it('hears a statement with no issuer named as that of the actor or the named body heard just before', () => {
    const article = readRegister(`${POOL} The council told the Gazette it would rebuild. A statement issued today said: "We welcome this judgment." Brixo Leisure Trust told the Gazette that the pool was unsafe. The statement added that staff would move.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'central', 'trust', 'trust']);
  });

  it('hears a definite description of a person ("the former hedge fund manager") as the person named just before, but not a thing or a bare office', () => {
    const article = readRegister(
      `${POOL} Joan Pike said the pool was safe. The former swimming instructor who ran the club said: "It must reopen." The experienced swimmer said she would fight. The letter said the roof was unsafe. The manager said the pool was closed.`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pike', 'pike', 'pike', 'the letter', 'the manager']);
  });

  it('keeps a quotation open across two spaces between its sentences, and closes one left open at a new paragraph', () => {
    const article = readRegister(`${POOL} “This is a terrible decision.  Families will suffer,” said Joan Pike.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pike', 'pike']);
    const paragraphs = readRegister(`${POOL}\n\n“This is a terrible decision.\n\nFamilies will suffer,” said Joan Pike.`, 'council');
    expect(paragraphs.sentences[1]!.speaker).toBeUndefined();
  });

  it('reads a quotation whose opening mark the writer dropped, and a stray mark after the last word, as the speaker said them', () => {
    const article = readRegister(
      `${POOL} Families were already "angry" about the fees and there was nothing in the plan for them," said Joan Pike. Coach Tom Reyes said the pool was needed. Last month he said: "We need it," he told the meeting."`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => [s.speaker, s.quoted])).toEqual([
      ['pike', true],
      ['reyes', false],
      ['reyes', false],
    ]);
  });

  it('lets a quotation with no attribution of its own inherit the speaker before it', () => {
    const article = readRegister(`${POOL} Joan Pike said: "It was wrong and unfair. "The children have nowhere to swim. It is a terrible loss."`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pike', 'pike', 'pike']);
    expect(article.sentences.slice(1).every((s) => s.quoted)).toBe(true);
  });

  it('never gives "he" to a group a capitalised word describes ("Harwick business leaders") or to a party', () => {
    const article = readRegister(`${BUDGET} Board chair Tom Reyes defended the cuts. Harwick business leaders worry that the cuts go too far. "I am studying it," he said.`, 'board');
    expect(article.sentences[3]!.speaker).toBe('central');
    const party = readRegister(`${BUDGET} Tom Reyes, a parent, said the cuts were unfair. The Harwick Labour Party said the cuts went too far. "We were not asked," he said.`, 'board');
    expect(party.sentences[3]!.speaker).toBe('reyes');
  });

  it('gives a "she" with no one named before her sentence to the person her own sentence named last, not a place or a body', () => {
    const lede = readRegister('The mayor has been urged to sack Ann Cole after she accused the pool staff of lying. "They are not fit to serve," she said.', 'mayor');
    expect(lede.sentences.map((s) => s.speaker)).toEqual(['cole', 'cole']);
    const actor = readRegister('When Pensions Secretary Ann Cole announced the rise on Monday, she called it the only honest answer.', 'cole');
    expect(actor.sentences[0]!.speaker).toBe('central');
    // ("in New York", "the Harwick City Council" are no one a "she" may mean)
    const place = readRegister('After the vote in New York, she said the plan was a mistake.', 'council');
    expect(place.sentences[0]!.speaker).not.toBe('york');
  });

  it('gives "her lawyer" and "his spokesman" to the person named just before, but not "her critics"', () => {
    const article = readRegister(`${POOL} Council leader Ann Cole defended the closure. Her lawyer said the decision was lawful. Her critics said it was not.`, 'council');
    expect(article.sentences.slice(2).map((s) => s.speaker)).toEqual(['cole', 'critics']);
    const other = readRegister(`${POOL} Coach Tom Reyes condemned the closure. His spokesman said the coach would appeal.`, 'council');
    expect(other.sentences[2]!.speaker).toBe('reyes');
  });

  it('gives "Digby Jones, the CBI\'s director general," to the CBI, and hears the verb after a participle\'s aside (", defending the closure on Today, added")', () => {
    const article = readRegister(
      `${POOL} The CBI welcomed the closure. Digby Jones, the CBI's director general, said it was overdue. Mr Jones, defending the closure on the Today programme, added that it would save money.`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cbi', 'cbi', 'cbi']);
    // the aside's "defending" frames the sentence; "added" reports it
    expect(article.sentences[3]!.features).not.toContain('verb-side:supporter');
  });

  it('gives "a spokeswoman for the union" and "the union\'s Ann Lee" to the union, wherever Ms Lee speaks again', () => {
    const article = readRegister(
      `${POOL} The union rejected the plan. A spokeswoman for the union said members would strike. The union's Ann Lee said the plan was an insult. Ms Lee said members were angry. A spokeswoman for the Swimming Teachers' Association said it was a loss.`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['the union', 'the union', 'the union', 'the union', 'association']);
  });

  it('gives "Telus spokesperson, Chris Gerritsen, says" to Telus, the title set off by commas before the name', () => {
    const article = readRegister('Parents oppose the tower. Telus spokesperson, Chris Gerritsen, says the tower is needed. Gerritsen said it would serve rural homes.', 'Telus');
    expect(article.sentences.map((s) => s.speaker)).toEqual(['parents', 'central', 'central']);
    const other = readRegister(`${POOL} Swim club spokesperson, Ann Lee, said the closure was a mistake.`, 'council');
    expect(other.sentences[1]!.speaker).not.toBe('central');
  });

  it('hears no speaker in a news outlet or agency that relays the story (", AP said", "the Washington Post reported")', () => {
    const article = readRegister(`${POOL} The lifeguards were sent home, AP said. On Friday, the Washington Post reported that the pool had failed an inspection. Ann Cole said the pool was unsafe.`, 'council');
    expect(article.sentences.map((s) => s.speaker)).toEqual([undefined, undefined, undefined, 'cole']);
  });

  it('knows one who "defended the decision" as its defender, but not one who defended a person or their own ruling', () => {
    const defends = (text: string): boolean | undefined => [...readRegister(text, 'Brixo').speakers.values()].find((s) => s.id !== 'central')?.defends;
    expect(defends('Parents are angry about the bus cuts. Dan Ray, a district official, defended the decision.')).toBe(true);
    expect(defends('Ann Cole defended Sessions in a statement.')).toBeFalsy();
    expect(defends('The regulator defended its ruling.')).toBeFalsy();
    expect(defends('Ann Cole said she had worked to defend the rights of tenants.')).toBeFalsy();
    // answering the critics' word answers for the thing; answering another's word may be a side's
    expect(defends('Staff are angry about the cuts. Dan Ray, the deputy principal, has rejected criticism by staff that the cuts were rushed.')).toBe(true);
    expect(defends('Staff are angry about the cuts. Dan Ray dismissed the concerns as scaremongering.')).toBe(true);
    expect(defends("Staff are angry about the cuts. Union official Dan Ray rejected the college's claims.")).toBeFalsy();
    expect(defends('The state says Brixo owes tax. Brixo denied the allegations.')).toBeFalsy();
  });

  it('makes the most heard of those holding a deciding office answer for the story when the actor found never speaks', () => {
    const answering = (body: string): string[] =>
      [...readRegister(`Taxi services to be streamlined as planned\n\nTaxi drivers staged a protest outside Parliament on Monday. ${body}`).speakers.values()].filter((s) => s.defends).map((s) => s.name);
    const minister = ['The new rules will take effect in May, Transport Minister Ann Cole said.', 'Cole said drivers had been consulted.', '"We will not negotiate on this," she said.'];
    const union = 'Union secretary Tom Reyes said the rules would hurt drivers. Reyes said drivers had not been consulted. "We will fight this," he said.';
    expect(answering(`${minister.join(' ')} ${union}`)).toEqual(['Transport Minister Ann Cole']);
    // heard twice is not enough, and a union's secretary holds no deciding office
    expect(answering(`${minister.slice(0, 2).join(' ')} ${union}`)).toEqual([]);
    expect(answering(`${minister.join(' ').replace('Transport Minister', 'Taxi Federation secretary')} ${union}`)).toEqual([]);
    // the office may stand as a title before the name the holder is written as
    expect(answering(`${minister.join(' ').replace('Transport Minister Ann Cole said', 'Brixo City Council town clerk Ann Cole said')} ${union}`)).toEqual(['Ann Cole']);
    // one a decision falls on is none of those who make it ("a company owner")
    expect(answering(`${minister.join(' ').replace('Transport Minister Ann Cole said', 'Ann Cole, a taxi company owner, said')} ${union}`)).toEqual([]);
    // ... and a charity's director campaigns, as a union's secretary does
    expect(answering(`${minister.join(' ').replace('Transport Minister Ann Cole said', 'Ann Cole, charity director at Age Action, said')} ${union}`)).toEqual([]);
    // ... or set between commas before it
    const apposed = ['Reacting to the protest, the city council boss, Ann Cole said the new rules will take effect in May.', ...minister.slice(1)];
    expect(answering(`${apposed.join(' ')} ${union}`)).toEqual(['Ann Cole']);
  });

  it('hears an officer named between commas after a person as that officer, not as the person before', () => {
    const article = readRegister(`${BUDGET} Union official Ann Lee said the cuts were a disgrace. Tom Reyes, a governor, said the critics were wrong. Reyes said the plan was fine.`, 'board');
    expect(article.sentences.map((s) => s.speaker)).toEqual([undefined, 'lee', 'reyes', 'reyes']);
  });

  it('keeps "Dan Ray, president of the Hill Swimmers Association," with the association when "Ray said" comes later', () => {
    const article = readRegister(
      `${POOL} Dan Ray, president of the Hill Swimmers Association, said the closure was a mistake. Families had used the pool for years. Ray said the council had not listened.`,
      'council',
    );
    expect(article.sentences.map((s) => s.speaker)).toEqual([undefined, 'association', undefined, 'association']);
    // ... and so when his name comes only after a quotation that runs over two sentences
    const quoted = readRegister(`${POOL} Dan Ray, president of the Hill Swimmers Association, said the closure was a mistake. "Nobody asked us. We were ignored," Ray said.`, 'council');
    expect(quoted.sentences.map((s) => s.speaker)).toEqual([undefined, 'association', 'association', 'association']);
  });

  it('reads "Mary Jo Lane, the general manager of the council says" (the apposition left unclosed) as Ms Lane speaking for the council, not "the council" alone', () => {
    const article = readRegister(`${POOL} Mary Jo Lane, the General Manager of Harwick Council says the pool was unsafe. "We had no choice," Lane said.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'central']);
    // ... and a person outside the actor keeps their own name: "Tom Reyes, a member of the club said"
    const member = readRegister(`${POOL} Tom Reyes, a member of the Hill Swimmers Club said the closure was wrong. Reyes said families were angry.`, 'council');
    expect(member.sentences.slice(1).map((s) => s.speaker)).toEqual(['reyes', 'reyes']);
  });

  it('hears a quotation in single marks as one in double marks, across its paragraphs, and never an apostrophe as a mark', () => {
    const article = readRegister(
      `${POOL}\n'We have lost our pool, and nobody listened,' said Ann Cole, a swimming coach.\nTom Reyes told the paper: 'It is a disgrace. Nobody asked us.\n'The swimmers' club will fight this.'`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => [s.speaker, s.quoted])).toEqual([
      ['cole', true],
      ['reyes', false],
      ['reyes', true],
      ['reyes', true],
    ]);
  });

  it('gives one quoted right after a group took a side, in the same paragraph, to that group ("Patient groups have embraced the change. \'...,\' said Ann Cole, president of ...")', () => {
    const article = readRegister(`${POOL}\n\nSwimming groups have welcomed the closure. "We have waited years for a safer pool," said Ann Cole, president of the Hill Swimmers Alliance.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['groups', 'groups']);
    // ... but not one quoted in a paragraph of their own
    const own = readRegister(`${POOL}\n\nSwimming groups have welcomed the closure.\n\n"We have waited years for a safer pool," said Ann Cole, president of the Hill Swimmers Alliance.`, 'council');
    expect(own.sentences[2]!.speaker).not.toBe('groups');
  });

  it('hears the attribution after a quotation that ends on a participle (\'"..., preferring conflict instead," a union leader told the agency\')', () => {
    const article = readRegister(`${POOL} "We worked for a deal but they are not interested, preferring conflict instead," a senior union leader told the Press Association.`, 'council');
    expect(article.sentences[1]!.speaker).toBe('a senior union leader');
  });

  it('hears "In a statement, its counsel, Ann Cole, said, \"...\"": the quotation after the comma is what she said, not the main clause', () => {
    const article = readRegister(`${POOL} In a statement on Monday, the club's counsel, Ann Cole, said, "Today's closure is a radical departure from the council's own plan."`, 'council');
    expect(article.sentences[1]!.speaker).toBe('cole');
  });

  it('gives the view of "The union that represents Harwick Council\'s pool staff said" to the union, not to the council its clause names', () => {
    const article = readRegister(`${POOL} The union that represents Harwick Council's pool staff said the closure was wrong.`, 'council');
    expect(article.sentences[1]!.speaker).toBe('the union');
  });

  it('gives "Ann Roe, head of policy at the charity," to the one charity the article named before, and keeps her with it', () => {
    const article = readRegister(
      `${POOL} The closure came after swimming charity the Hill Water Trust argued the pool was needed. Ann Roe, head of policy at the charity, said the closure was a mistake. Roe said the council had not listened.`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['trust', 'trust', 'trust']);
    // ... but not where two charities were named
    const two = readRegister(
      `${POOL} Swimming charity the Hill Water Trust and youth charity the Kids Fund argued the pool was needed. Ann Roe, head of policy at the charity, said the closure was a mistake.`,
      'council',
    );
    expect(two.sentences[2]!.speaker).toBe('roe');
  });

  it('resolves "he said" to the person named just before, and knows them by their fullest name', () => {
    const article = readRegister(`${POOL} Coach Tom Reyes condemned the closure. "It is a bad and unfair decision," he said.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['reyes', 'reyes']);
    expect(article.speakers.get('reyes')).toMatchObject({ name: expect.stringMatching(/Tom Reyes$/), sentences: [1, 2] });
  });

  it('knows a person by their surname, not the generation after it ("Sen. Marco Delgado III", "Ray Ames Jr.")', () => {
    const article = readRegister(`${POOL} Sen. Marco Delgado III condemned the closure. Delgado said it was unfair. Ray Ames Jr. said it was costly. Ames said it was wrong.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['delgado', 'delgado', 'ames', 'ames']);
  });

  it('closes a quotation left open at the end of its paragraph', () => {
    const article = readRegister(`${POOL} Joan Pike said: "It was wrong and unfair.\n\nThe pool reopened in the summer after repairs.`, 'council');
    expect(article.sentences.at(-1)).toMatchObject({ speaker: undefined, quoted: false });
  });

  it("makes the central actor's quoted words its own, even when they praise", () => {
    const article = readRegister(
      'Mayor Lena Ortiz opened the new bridge on Friday. "This bridge is a great success for the whole city," Ortiz said. "It will change how we live."',
      'Ortiz',
    );
    for (const s of article.sentences.slice(1)) {
      expect(s).toMatchObject({ speaker: 'central', central: true, quoted: true });
      expect(s.features).toContain('central-voice');
      expect(s.features).not.toContain('reported-view');
    }
  });

  it("takes a named speaker's stance from all of their words, not one sentence", () => {
    const article = readRegister(`${POOL} Joan Pike said the closure was a failure that would hurt families. Pike also said the building was old.`, 'council');
    const old = sentence(article, 'Pike also');
    expect(old.speaker).toBe('pike');
    // the plain second sentence carries what she said in the first
    expect(old.features.some((f) => /^speaker-stance:(strongly-)?against$/.test(f))).toBe(true);
  });

  it('hears a denied stance word as no side of its own, leaving the negated tone: "could not support" leans against, "did not condemn" does not', () => {
    const denied = readRegister(`${POOL} Joan Pike said she could not support the closure.`, 'council');
    expect(denied.speakers.get('pike')!.stance).toBeLessThan(0);
    expect(denied.sentences[1]!.features).toContain('view-tone:against');
    const spared = readRegister(`${POOL} Joan Pike said she did not condemn the closure.`, 'council');
    expect(spared.speakers.get('pike')!.stance).toBeGreaterThan(0);
  });

  it('bands a speaker by the average lean of their views, not the sum: one harsh sentence among plain ones is against, harsh throughout is strongly against', () => {
    const stanceOf = (text: string): string[] =>
      readRegister(`${POOL} ${text}`, 'council').sentences.slice(1).flatMap((s) => s.features.filter((f) => f.startsWith('speaker-stance:')));
    const quotedAtLength = stanceOf('Joan Pike said the closure was a mistake. "The pool was old," she said. "It was cold in winter." "Families used it every day." "The cafe was busy." "We will miss it."');
    expect(new Set(quotedAtLength)).toEqual(new Set(['speaker-stance:against']));
    const harsh = stanceOf('Joan Pike said the closure was a mistake. "It was a mistake," she said. "It was wrong." "It was a mistake."');
    expect(new Set(harsh)).toEqual(new Set(['speaker-stance:strongly-against']));
  });
});

describe('holders', () => {
  it('hears the group that opens a sentence, not the place after it ("Teachers in Mali said ...")', () => {
    // the tagger reads a capitalised plural opening a sentence as a name
    const article = readRegister(`${POOL} Teachers in Mali said the closure was unfair. Residents of Hartleigh said they would fight it. Students at Hartleigh College said the pool was theirs.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['teachers', 'residents', 'students']);
    // ... while a body's name that opens one stays a name
    const named = readRegister(`${POOL} Residents Against Closure said the decision was unfair.`, 'council');
    expect(named.sentences[1]!.speaker).not.toBe('residents');
  });

  it('hears no one in what is added to a thing ("the cost of fuel has added to the hardship"), and a speaker in what is added to whom it is told', () => {
    const article = readRegister(`${POOL} The rising cost of fuel has added to the hardship of the club. Ann Cole added to reporters that the pool was safe. She added to The Gazette that it would reopen.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, 'cole', 'cole']);
  });

  it('hears no one in a noun that a time follows ("staged a street protest this Thursday")', () => {
    const article = readRegister(`${POOL} Swimmers staged a street protest this Thursday night.`, 'council');
    expect(article.sentences[1]!.speaker).toBeUndefined();
  });

  it('hears the group in "said one of the residents", the speaker a relative clause describes, speakers who "implored" or "retorted", "said Coun. Matt Whitman" and "said Harwick resident, Chris Howard"', () => {
    const article = readRegister(`${BUDGET} "We will fight this," said one of the residents. "It is a scandal," said the man who led the march. "We will win," said the residents.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['the residents', 'the man', 'the residents']);
    const described = readRegister(`${BUDGET} "I am not a fan of the cuts," said Harwick resident, Chris Howard. "The cuts are fair," Howard said.`, 'board');
    expect(described.sentences.slice(1).map((s) => s.speaker)).toEqual(['howard', 'howard']);
    const implored = readRegister(`${BUDGET} "Don't you care about the children?", implored guitar-toting campaigner Barry Lim. "Not at all," retorted Ann Cole. "It fits," said Coun. Matt Whitman.`, 'board');
    expect(implored.sentences.slice(1).map((s) => s.speaker)).toEqual(['lim', 'cole', 'whitman']);
  });

  it('hears "the port chief said" (the tagger reads a "chief" heading its phrase as an adjective), and keeps "chief executive" one title', () => {
    const article = readRegister(
      `Port chief hits back at mayor\n\nThe port chief struck back at the mayor on Monday. "There are some critics who would argue we have not gone far enough," the port chief said. "It is a scandal," said the union chief.`,
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'the union chief']);
    expect(analyzeText('The chief executive said the port was safe.').tokens[1]!.pos).toBe('ADJ');
  });

  it('hears "She further criticized ..." (after a pronoun the tagger reads "further" as a verb), and keeps "to further a cause" a verb', () => {
    const article = readRegister(`${POOL} "It is a scandal," Joan Pike said. She further criticized the council for closing the pool.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pike', 'pike']);
    expect(analyzeText('They will further the cause.').tokens[2]!.pos).not.toBe('ADV');
  });


  it('never hears "I\'m saying to you" as a speaker named "I\'m" (the model keeps "I\'m" whole, as a proper noun), even where the opening mark is lost', () => {
    for (const mark of ["'", '’']) {
      const article = readRegister(`${POOL} The children will suffer and I${mark}m saying to you enough is enough,” Joan Pike said.`, 'council');
      expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pike']);
    }
  });
  it('hears the one a view is "according to", opening or closing the sentence, but not a document, an outlet or figures', () => {
    const article = readRegister(
      `${POOL} According to Ann Cole, the council's leisure chief, the closure is unavoidable. "Children will lose out most," according to Mrs Karim. The pool was unsafe, according to the swimming club. The pool lost money, according to the Financial Times. It lost 40,000 pounds last year, according to council figures. According to the affidavit, the pool had failed two inspections.`,
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'karim', 'the swimming club', undefined, undefined, undefined]);
  });

  it('gives an office with a possessive its owner ("Library users\' spokeswoman Jenny Cole"), and "The council leader, Brian Tait," to the council', () => {
    const article = readRegister(`${POOL} The swimming club said it was a disgrace. Pool users' spokeswoman Jenny Cole said the users would seek a review. The council leader, Brian Tait, defended the decision.`, 'council');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['the swimming club', 'cole', 'central']);
  });

  it('hears "a student from the Department of ..." as a student, and "a spokesman from the Department of ..." as the department', () => {
    const article = readRegister(`${BUDGET} A student from the Department of Animal Science said fees had doubled. A spokesman from the Department of Education said the fees were fair.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['a student', 'education']);
  });

  it.each([['chairman'], ['chairwoman'], ['chairperson']])('gives "Council %s Joe Thula" to the council', (office) => {
    const article = readRegister(`${POOL} Council ${office} Joe Thula said the fee would stay.`, 'council');
    expect(article.sentences[1]!.speaker).toBe('central');
  });

  it('hears a view in "drew attention to", "intimated that" and "is of the view that"', () => {
    const article = readRegister(`${BUDGET} Ann Cole drew attention to audit findings. Tom Reyes intimated that the cuts would go further. Joan Pike is of the view that the cuts are unlawful.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'reyes', 'pike']);
  });

  it('hears no speaker in a share of those a poll asked, but still hears a counted group', () => {
    const poll = readRegister(
      `${BUDGET} Thirty per cent said the cuts showed the board could not be trusted. Almost a quarter (21%) of those polled for the Sunday Times said it should resign. Three-quarters said the board was right.`,
      'board',
    );
    expect(poll.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, undefined]);
    expect(poll.sentences.slice(1).every((s) => s.features.includes('poll-share'))).toBe(true);
    const counted = readRegister(`${BUDGET} A majority of teachers said the cuts were unfair.`, 'board').sentences[1]!;
    expect(counted.speaker).toBe('teachers');
  });

  it('finds a holder behind an apposition or a relative clause', () => {
    for (const text of ['The union leader, Ann Cole, warned that jobs would go.', 'Ann Cole, who leads the union, warned that jobs would go.']) {
      const s = readRegister(`${BUDGET} ${text}`, 'board').sentences[1]!;
      expect(s).toMatchObject({ speaker: 'cole', name: 'Ann Cole' });
      expect(s.features).toContain('verb-side:critic');
    }
  });

  it('hears the holder inside a relative clause on a thing (LABELS.md: "a bill which critics claim would legalise euthanasia")', () => {
    const article = readRegister(`${BUDGET} MPs will debate a bill which critics claim would cut services. The board approved a plan that some business owners say will hurt trade.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['critics', 'some business owners']);
    expect(article.speakers.get('critics')!.described).toBe('critic');
    // ... and inside a clause that is its own thing ("in what critics say is a crackdown"), where a
    // name or pronoun ("what he calls waste") stays the writer's naming of a view
    const what = readRegister(`${BUDGET} The board closed the paper in what critics say is a crackdown. The board cut what he calls waste.`, 'board');
    expect(what.sentences.slice(1).map((s) => s.speaker)).toEqual(['critics', undefined]);
  });

  it('keeps the side a holder word gives when an aside stands before the verb or a name follows it ("Supporters of the plan, passed in March, say", "Another protester, Ann Cole, said")', () => {
    const aside = readRegister(`${BUDGET} Supporters of the cuts, passed in March, say they will save money.`, 'board');
    expect(aside.sentences[1]!.features).toContain('holder-side:supporter');
    const named = readRegister(`${BUDGET} Another protester, Ann Cole, said the cuts were unfair. One supporter of the cuts, Tom Reyes, said they were fair.`, 'board');
    expect(named.sentences.slice(1).map((s) => [s.speaker, s.features.filter((f) => f.startsWith('holder-side'))])).toEqual([
      ['cole', ['holder-side:critic']],
      ['reyes', ['holder-side:supporter']],
    ]);
    // a name after a comma that ends another clause is no one the holder word describes
    const other = readRegister(`${BUDGET} He met the protesters, Joy Ola said.`, 'board');
    expect(other.sentences[1]!.features.filter((f) => f.startsWith('holder-side'))).toEqual([]);
  });

  it('hears the people in a place its adjective describes ("critics in neighbouring Hvidovre say", "traders in central Kelmor said"), not the place', () => {
    const article = readRegister(`${BUDGET} The cuts will hurt the town, critics in neighbouring Kelmor say. Traders in central Brixo said the budget was late.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['critics', 'traders']);
    // ... and "editor in chief Ann Cole" is still her
    const title = readRegister(`${BUDGET} "The cuts are wrong," The Kelmor Post editor in chief Ann Cole told reporters.`, 'board');
    expect(title.sentences[1]!.speaker).toBe('cole');
  });

  it('hears the attribution after a concession set aside with no comma ("... regardless of objections from cab operators, Minister Ann Loke said"), and not the concession as her view', () => {
    const article = readRegister(`${BUDGET} The ministry will press ahead with the new taxi rules regardless of bitter objections from angry cab operators, Transport Minister Ann Loke said. She said the rules were needed.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['loke', 'loke']);
    expect(article.speakers.get('loke')!.stance).toBeGreaterThanOrEqual(0);
  });

  it('puts the holders of a view the lede names ("despite objections from residents") on its side, and not those of a view named later', () => {
    const article = readRegister(
      'The board approved the budget despite objections from residents. Residents said the plan would overwhelm local schools. Later there was approval from parents for a review. Parents said the review was late.',
      'board',
    );
    expect(article.speakers.get('residents')!.described).toBe('critic');
    expect(article.speakers.get('parents')!.described).toBeNull();
  });

  it('hears the agent of a participle taking a side in an aside between dashes ("The decision - criticised by doctors - came after ..."), and reads one opening the sentence as no aside', () => {
    const article = readRegister(`${BUDGET} The decision - criticised by doctors and dentists - came after a long hearing. Criticised by many, the cut went ahead.`, 'board');
    expect(article.sentences[1]).toMatchObject({ speaker: 'doctors' });
    expect(article.sentences[1]!.features).toContain('verb-side:critic');
    expect(article.sentences[2]!.speaker).toBeUndefined();
  });

  it('steps over a noun-phrase aside and never reads "the United States" or "the state" as a verb', () => {
    const aside = readRegister(`${BUDGET} "The cuts are a terrible mistake," as Ann Cole, the union's head for the United States, said in a statement.`, 'board');
    expect(aside.sentences[1]).toMatchObject({ speaker: 'cole', name: 'Ann Cole' });
    const voters = readRegister(`${BUDGET} Voters in the state went to the polls on Tuesday.`, 'board').sentences[1]!;
    expect(voters.speaker).toBeUndefined();
    expect(voters.features).not.toContain('reported-view');
  });

  it('takes the side from the verb of the reported clause', () => {
    const s = readRegister(`${BUDGET} The teachers association said it opposed the cuts.`, 'board').sentences[1]!;
    expect(s.features).toContain('verb-side:critic');
  });

  it('reads a plain noun before a speech verb as the holder ("a pharmacist claimed")', () => {
    const s = readRegister(`${BUDGET} On Friday a pharmacist claimed the cuts were unfair and harmful.`, 'board').sentences[1]!;
    expect(s.name).toBe('a pharmacist');
  });

  it('takes the noun phrase next to the verb, not a noun before an earlier preposition, as the holder', () => {
    const s = readRegister(`${BUDGET} The treasurer would take money from the reserves in return for cutting the grants, auditors said.`, 'board').sentences[1]!;
    expect(s.name).toBe('auditors');
  });

  it('steps over a shared office ("Tory co-chairman") to the speaker, and never takes the reported subject for an inverted speaker', () => {
    const s = readRegister(`${BUDGET} Ann Cole, Tory co-chairman, said the return of Mr Hale was a sign of new and underhand tactics.`, 'board').sentences[1]!;
    expect(s.name).toBe('Ann Cole');
    const unread = readRegister(`${BUDGET} Ann Cole, Tory election strategist since 2001, said the return of Mr Hale was a sign of new tactics.`, 'board').sentences[1]!;
    expect(unread.name).not.toBe('the return');
  });

  it('reads no speaker in a compound noun ("call centres", "EU states.") or a passive with an adverb ("is widely expected")', () => {
    const article = readRegister(
      `${BUDGET} Telephone call centres are expected to be busy. Under the plan larger states will have more power than the smaller EU states. The vote is widely expected to be in May.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, undefined]);
  });

  it('knows "the minister" as the one minister introduced with a capitalised title ("Labour Minister Ann Cole")', () => {
    const article = readRegister(`${BUDGET} Labour Minister Ann Cole said the strike had failed. The minister said the cuts were fair.`, 'board');
    expect(article.sentences[2]!.speaker).toBe('cole');
    // two ministers introduced: "the minister" could be either, so neither
    const two = readRegister(`${BUDGET} Labour Minister Ann Cole said the strike had failed. Health Minister Tom Reyes said it had not. The minister said the cuts were fair.`, 'board');
    expect(two.sentences[3]!.speaker).not.toBe('cole');
    expect(two.sentences[3]!.speaker).not.toBe('reyes');
  });

  it('knows "the senator" as the one senator introduced so far, though another is named later', () => {
    const article = readRegister(`${BUDGET} Senator Ann Cole asked why the cuts were made. The senator stressed that the money was lost. Senator Tom Reyes said the cuts were fair.`, 'board');
    expect(article.sentences[2]!.speaker).toBe('cole');
  });

  it('knows "the group" and "the party" as the actor when the article calls the actor so, and not when another body is named', () => {
    const group = readRegister('Regiments group plans poll move\n\nCampaign group Save Our Regiments will stand candidates at the election. The group said voters would back it. The Veterans Association said the plan was unwise.', 'Regiments');
    expect(group.sentences.map((s) => s.central)).toEqual([false, true, false]);
    const party = readRegister('Tories attack tax plan\n\nThe Tories will vote against the tax plan. The party said the plan was unfair. Labour said the party of business had lost its way.', 'Tories');
    expect(party.sentences[1]!.central).toBe(true);
    expect(party.sentences[2]!.central).toBe(false);
  });

  it('never takes "the chancellor" for the shadow chancellor', () => {
    const article = readRegister(`${BUDGET} Shadow chancellor Oliver Letwin attacked the cuts. The chancellor said the plans were affordable.`, 'board');
    expect(article.sentences[2]!.speaker).not.toBe('letwin');
  });

  it('steps over a legislator\'s party and state ("R-Fla.") to their name, and never takes "said it was" for a speaker "it"', () => {
    const article = readRegister(
      `${BUDGET} Sen. Marco Rubio, R-Fla., a member of the finance committee, also said he had serious concerns. And Sen. John McCain, R-Ariz., told reporters the cuts were wrong. Rep. Adam Schiff, D-Calif., said it was a mistake.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['rubio', 'mccain', 'schiff']);
  });

  it("lets a speaker's lawyer or office named by a possessive speak for them (\"Hale's attorney said\")", () => {
    const article = readRegister(
      'Ian Hale sold the club on Monday. Hale\'s attorney said the sale was lawful. The league\'s chief executive said the sale was a mistake.',
      'Hale',
    );
    expect(article.sentences.slice(1).map((s) => s.central)).toEqual([true, false]);
    expect(article.sentences[2]!.speaker).toBeDefined();
  });

  it('steps over an aside between dashes, "one of ...", and ", however," to the speaker, and knows "Mr Cook" as a name', () => {
    const article = readRegister(
      [
        BUDGET,
        'But Deutsche Bank - itself a creditor of the club - said the cuts were wrong.',
        'Councilman Russ Haldane, one of the three no votes, said the cuts went too far.',
        "Some of the club's larger investors, however, said the cuts were overdue.",
        'Mr Cook said holding the vote in May might help.',
      ].join(' '),
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['bank', 'haldane', 'investors', 'cook']);
  });

  it('knows a first name the tagger reads as a verb ("said Grant Ellery", "Hope Hicks said") and steps over "(D-N.M.)"', () => {
    const article = readRegister(
      [
        BUDGET,
        '"The cuts are wrong," said Grant Ellery.',
        'Hope Hicks said the cuts were needed.',
        'Sen. Ellen Marchetti (D-N.M.), a member of the committee, said she would vote against them.',
      ].join(' '),
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['ellery', 'hicks', 'marchetti']);
  });

  it('knows a surname the tagger reads as a word ("Robin Cook said", "Lord Dubs said") but leaves a headline\'s verb alone', () => {
    const article = readRegister([BUDGET, 'Robin Cook said the cuts were wrong.', 'Labour peer Lord Dubs said the cuts were needed.'].join(' '), 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cook', 'dubs']);
    const headline = analyzeText('Trump Dismisses claims of fraud');
    expect(headline.tokens[1]!.pos).not.toBe('PROPN');
  });

  it('knows a hyphenated given name ("Ker Chien-ming said") and leaves "Tory-led" and "London-based" words', () => {
    const article = readRegister([BUDGET, '"The cuts are wrong," board member Ker Chien-ming said in an address.', 'Lai Ching-te said the cuts were needed.'].join(' '), 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['ming', 'te']);
    const compounds = analyzeText('The Tory-led council and a New York-based firm and Hamas-run ministries');
    expect(compounds.tokens.filter((t) => ['led', 'based', 'run'].includes(t.normal)).map((t) => t.pos)).not.toContain('PROPN');
  });

  it('reads "St. Rose Hospital" as a name, not "rose" as the main verb, behind an opening phrase', () => {
    const article = readRegister(`${BUDGET} In a statement, Dianne Kubota, a nurse at St. Rose Hospital, said: "The cuts are wrong."`, 'board');
    expect(article.sentences[1]!.speaker).toBe('kubota');
  });

  it('hears "she\'s said" as "she has said", and "it\'s said" as a passive that voices no one', () => {
    const article = readRegister([BUDGET, 'Ann Cole, a parent, was at the meeting.', "She's said the cuts were wrong.", "It's said the cuts will cost jobs."].join(' '), 'board');
    expect(article.sentences.slice(2).map((s) => s.speaker)).toEqual(['cole', undefined]);
  });

  it('reads a plain noun before "believe" as the holder ("environmentalists believe ...")', () => {
    const s = readRegister(`${BUDGET} But environmentalists believe the cuts will harm the river.`, 'board').sentences[1]!;
    expect(s.speaker).toBe('environmentalists');
  });

  it('resolves "he" to the person before an apposition, not the body named in it, and hears "pointed to"', () => {
    const article = readRegister(
      `${BUDGET} Dan Quist, president of the Riverside Parents Association, shrugged off the worries. "The cuts are fair," he said. Ian Pike pointed to a study of other boards.`,
      'board',
    );
    expect(article.sentences.slice(2).map((s) => s.speaker)).toEqual(['quist', 'pike']);
  });

  it("lets a person whose office belongs to a body speak for it, and never takes another body named after the actor for the actor", () => {
    const article = readRegister(
      [
        'Westmere Rail will close 96 ticket offices.',
        'Nigel Marson, head of group marketing at Westmere Rail, said staff would move to the platforms.',
        'Dave Kinsella, general secretary of the Rail and Transport Workers\' Union, called the plan reckless.',
        '"It will cost jobs," he said.',
      ].join(' '),
      'Westmere Rail',
    );
    expect(article.sentences.slice(1).map((s) => [s.name, s.central])).toEqual([
      ['Nigel Marson', true],
      ['Dave Kinsella', false],
      ['Dave Kinsella', false],
    ]);
    // ... a coordinator's too, though a word of the actor's name stands in the office ("provincial")
    const coordinator = readRegister(
      'Provincial authorities banned vendors from the sidewalks. Provincial hall spokesman Kheang Ry said the ban would stay. Sreng Vandeth, provincial coordinator for rights group Licadho, welcomed the move.',
      'provincial',
    );
    expect(coordinator.sentences.slice(1).map((s) => [s.speaker, s.central])).toEqual([
      ['central', true],
      ['licadho', false],
    ]);
  });

  it('hears the name a "who said" clause hangs on when the main clause reports no one, but not a "who supported" act', () => {
    const article = readRegister(
      `${BUDGET} The only vote against came from Councillor Ann Cole, who said the cuts were reckless. The grant went to Tom Reyes, who supported the plan in 2019.`,
      'board',
    );
    const [cole, reyes] = article.sentences.slice(1);
    expect(cole).toMatchObject({ speaker: 'cole', name: 'Councillor Ann Cole' });
    expect(cole!.features).toContain('relative-view:against');
    expect(reyes!.speaker).toBeUndefined();
  });

  it('hears the agent of a passive that takes a side or judges ("was backed by", "described as ... by"), not one that asks', () => {
    const article = readRegister(
      [
        BUDGET,
        'The decision was backed by Gordon Pryce, the owner of the club.',
        'The cuts have been described as "reckless" and "cruel" by the Parents Alliance.',
        'The chair was asked by journalists about the cuts.',
      ].join(' '),
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pryce', 'alliance', undefined]);
    // the passive's side wins over a "who said" clause after its agent
    const condemned = readRegister(`${BUDGET} The cuts were condemned by Ann Cole, who said the board had lied.`, 'board').sentences[1]!;
    expect(condemned.speaker).toBe('cole');
    expect(condemned.features).toContain('verb-side:critic');
  });

  it('steps over a reflexive and a linking phrase between commas to the speaker', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole herself described the cuts as a mistake. The union, by contrast, warned that jobs would go. The treasurer, in a long email to The Leeds Evening Post, said the cuts were unfair. But, Brixo, in a statement made available to LEADERSHIP in Port Harcourt yesterday, said it only told the army.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'the union', 'the treasurer', 'brixo']);
  });

  it('reads "think tank" as a noun in an aside, and a holder word before a noun as part of that noun ("a spokesman for the parents group" speaks for the group, not for parents)', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole, a senior economist at the Harlow Policy think tank, said the cuts were unfair. A spokesman for the parents group said the cuts were wrong.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'the parents group']);
  });

  it('finds the noun a relative clause hangs on across a name its verb governs ("one lawyer who worked with Cole claimed")', () => {
    const s = readRegister(`${BUDGET} One lawyer who worked with Cole claimed the cuts were unlawful.`, 'board').sentences[1]!;
    expect(s.speaker).toBe('lawyer');
    // ... and across a name a preposition governs anywhere in the clause, however far from its verb
    const traders = readRegister('The Brixo City Council cleared the market. Some traders whose stalls were demolished over the weekend by the Brixo City Council have accused the council of lying.', 'council').sentences[1]!;
    expect(traders.speaker).toBe('some traders');
  });

  it('hears the noun a participle describes ("Some nurses interviewed said", "A letter sent on Monday said"), not a past verb of another clause', () => {
    const article = readRegister(`${BUDGET} Some nurses interviewed said the cuts were unlawful. A letter sent on Monday said the cuts were unfair. The vote came five days after a consultant told the board the cuts were needed.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['some nurses', 'a letter', 'a consultant']);
  });

  it('hears the actor in "the league" when its name ends in the word ("the Caledon Football League"), and in "the league\'s chief executive"', () => {
    const article = readRegister(
      'The Caledon Football League will cap away tickets at £30. "Fans are the heartbeat of the game," said Miriam Okafor-Hale, the league\'s chief executive. The league said the cap was fair.',
      'Caledon',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'central']);
  });

  it('ties a person to the actor by an agent\'s title before the name ("Halvorsen spokesman Ian Pike"), not by a side\'s ("Halvorsen critic Ann Cole")', () => {
    const article = readRegister(
      'Halvorsen cut 2,000 jobs on Monday. Halvorsen spokesman Ian Pike said the cuts were needed. Halvorsen critic Ann Cole said they were not.',
      'Halvorsen',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'cole']);
  });

  it('hears the speaker after "argued" or "warned" as after "said", and no one in "it is worth noting"', () => {
    const article = readRegister(
      `${BUDGET} "The board is confusing everyone," argued Mr Davis. "It will end badly," warned Ann Cole. But it is worth noting that the cuts are small.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['davis', 'cole', undefined]);
  });

  it('reads US attributions: "Democrats on the committee said", ", appearing on CNN,", ", representing the union,", ", for their part,", and no view in "did not respond to a request for comment"', () => {
    const article = readRegister(
      `${BUDGET} Democrats on the committee, led by Rep. Adam Schiff, said the cuts were illegal. Schiff, appearing on CNN, said they would be overturned. Ann Cole, representing the union, said they were unfair. Republicans, for their part, defended the cuts. The board's lawyer did not immediately respond to a request for comment.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['democrats', 'schiff', 'cole', 'republicans', undefined]);
  });

  it('hears the main clause\'s subject in a participle after it when the main verb reports nothing ("Freeh offered his support, calling Sessions a friend"), but not a preposition\'s object', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole offered her full support, calling the cuts overdue. The Parents' Alliance reacted angrily, saying the cuts would hurt children. His willingness to work with Ian Pike reflects his belief in talks, emphasizing the value of trust.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'alliance', undefined]);
    // ... past a relative clause whose verb the main clause's reading took for its own
    const relative = readRegister(`${BUDGET} Ian Pike, who chaired the board from 1993 to 2001, expressed no such doubts, calling the cuts wise.`, 'board');
    expect(relative.sentences[1]!.speaker).toBe('pike');
  });

  it('hears the holder of an absolute phrase (", with critics saying ...")', () => {
    const article = readRegister(`${BUDGET} The cuts were approved on Monday, with critics saying they would close schools. The budget was signed, with Ann Cole praising it.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['critics', 'cole']);
  });

  it('steps over a bare noun of something between commas ("Ann Cole, sponsor of the budget, said"), which ties her to no one it names', () => {
    const article = readRegister(`${BUDGET} Ann Cole, sponsor of the board budget, said the losses came from old stock. She said the stock was bought in a hurry.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'cole']);
    expect(article.sentences[1]!.central).toBe(false);
  });

  it.each([['cabinet member for housing'], ['deputy head of finance']])('steps over a bare office with what it serves between commas ("Ann Cole, %s, said")', (office) => {
    const article = readRegister(`${BUDGET} Ann Cole, ${office}, said the losses came from old stock. She said the stock was bought in a hurry.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'cole']);
  });

  it.each([['Member for Central Ward'], ['Chairman of the Hill Street Traders Association']])('steps over an office capitalised as a title between commas ("Ann Cole, %s, said"), which the tagger reads as a name', (office) => {
    const article = readRegister(`${BUDGET} Ann Cole, ${office}, criticised the cuts, arguing they came too fast. She said the board had not listened.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'cole']);
  });

  it('steps over an office opened by a participle the tagger reads as a verb ("Noah Greenwald, endangered species director, said")', () => {
    const quoted = readRegister(`${BUDGET} "The cuts are a nightmare," Ann Cole, endangered species director, said.`, 'board');
    expect(quoted.sentences[1]!.speaker).toBe('cole');
    const reported = readRegister(`${BUDGET} Tom Reyes, elected union chairman, said the board had not listened.`, 'board');
    expect(reported.sentences[1]!.speaker).toBe('reyes');
  });

  it('hears "according to her" as the person heard just before, as "she said" would be', () => {
    const article = readRegister(`${BUDGET} Ann Cole, a teacher, said the cuts were wrong. According to her, the cuts would close schools.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'cole']);
  });

  it('hears "said one of them" as one of the people heard just before, as "one of the residents" would be', () => {
    const article = readRegister(`${BUDGET} Teachers said the cuts were wrong. "We are tired," said one of them.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['teachers', 'teachers']);
  });

  it('hears an officer of a named place as no voice of the actor the place it lies in names ("Kira, who is the Seriki of Shasha in the Alimosho area of Lagos")', () => {
    const article = readRegister(
      'Lagos bans motorcycle taxis\n\nLagos banned motorcycle taxis on Monday. According to Ann Cole, who is the Seriki of Shasha in the Alimosho area of Lagos, the ban will clean up the roads. Tom Reyes, chair of the traders of Shasha in the Alimosho area of Lagos, said the ban was wrong.',
    );
    expect([...article.central.names]).toContain('lagos');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'shasha']);
  });

  it('reads a holder followed by an empty aside (", ,") without failing', () => {
    const article = readRegister(`${BUDGET} Ann Cole, , said the losses came from old stock.`, 'board');
    expect(article.sentences).toHaveLength(2);
  });

  it('reads a parliament\'s honorific ("Hon. Ann Cole") as a title before the name, never as the actor', () => {
    const article = readRegister(
      'MPs clash over draft constitution\n\nThe assembly debated the draft constitution on Monday. Hon. Ann Cole said the process lacked transparency. Hon. Tom Reyes said the draft failed the people. Hon. Joy Ola said the bill would help women.',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'reyes', 'ola']);
    expect([...article.central.names]).not.toContain('hon.');
  });

  it('hears the attribution that closes a sentence over a reporting verb before it ("Magna said it wants ..., Arceiz said")', () => {
    const article = readRegister(`${BUDGET} The board said it wants to cut jobs in a responsible way, Ian Pike said on Monday. "We do not know what that means," he added. The board said the cuts would go ahead.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['pike', 'pike', 'central']);
  });

  it('steps over a bare office and then the body it serves, each between commas ("Karen Reissmann, secretary, Bolton Save our Health Service campaign, said")', () => {
    const article = readRegister(`${POOL} Ann Lee, secretary, Hill Save our Pool campaign, said: "We are angry." Britain, France and Spain said the deal was bad.`, 'council');
    expect(article.sentences[1]).toMatchObject({ speaker: 'lee', name: 'Ann Lee' });
    expect(article.sentences[2]!.speaker).toBe('spain');
  });

  it('steps over an aside whose name the tagger reads as verbs ("a nurse at St. Rose Hospital", "chair of Save the Hospital campaign") and one opened by "most of whom"', () => {
    const article = readRegister(
      `${BUDGET} Dianne Kubota, an RN at St. Rose Hospital, said the cuts were bad. Richard Taylor, chair of Save the Hospital campaign, said the cuts were dishonest. The residents, most of whom lost savings, claimed they had been duped.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['kubota', 'taylor', 'residents']);
  });

  it('never takes people of a place named as the actor for its voice ("Sheffield resident Chris Howard", "businesses in Sheffield")', () => {
    const article = readRegister(
      'Sheffield smoking ban could change\n\nSheffield leaders are considering changes to the smoking ban. Some businesses in Sheffield have told reporters that the ban has hurt them. "It is a good thing," said Sheffield resident Chris Howard. Sheffield said the ban would stay.',
      'Sheffield',
    );
    expect(article.sentences.slice(1).map((s) => s.central)).toEqual([false, false, true]);
    expect(article.sentences[1]!.speaker).toBe('some businesses');
  });

  it('hears "voiced those concerns" and "expressed serious reservations" as a critic\'s verbs, and "raised concerns" as none', () => {
    const article = readRegister(
      `${BUDGET} Dozens of parents voiced those concerns at a hearing. Ten local groups expressed serious reservations about the cuts. The cuts raised concerns among teachers.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['parents', 'groups', undefined]);
    expect(article.sentences.slice(1, 3).every((s) => s.features.includes('verb-side:critic'))).toBe(true);
  });

  it('hears what is voiced over, about or against something as a critic\'s ("voiced their displeasure about the cuts")', () => {
    const article = readRegister(`${BUDGET} Parents voiced their displeasure about the cuts. Several teachers voiced their sentiments against the plan. Ten groups voiced frustration over the decision.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.features.includes('verb-side:critic'))).toEqual([true, true, true]);
  });

  it('hears those who fume at a decision as its critics ("Environmentalists fumed as the board ...")', () => {
    const article = readRegister(['Parents fume as board cuts budget', '', 'The board cut the budget on Monday.', 'Parents fumed as the board voted the cuts through.'].join('\n'), 'board');
    expect(article.sentences.at(-1)).toMatchObject({ speaker: 'parents' });
    expect(article.sentences.at(-1)!.features).toContain('verb-side:critic');
    expect(article.central.titleVerb).toBe('attack');
  });

  it('hears support expressed or voiced for something as a supporter\'s ("has also expressed support for the decision")', () => {
    const article = readRegister(`${BUDGET} The city council has also expressed support for the cuts. Two unions voiced their support for the board.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.features.includes('verb-side:supporter'))).toEqual([true, true]);
  });

  it('hears those who react with dismay or sharply as critics who speak ("Producers reacted with dismay")', () => {
    const article = readRegister(`${BUDGET} Producers reacted with dismay. Two unions reacted sharply to the cuts.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['producers', 'unions']);
    expect(article.sentences.slice(1).every((s) => s.features.includes('verb-side:critic'))).toBe(true);
  });

  it('gives a view taken "with" others to the one who joined them ("Ann Cole joined fellow councillors in opposing the cuts")', () => {
    const article = readRegister(`${BUDGET} Ann Cole joined fellow councillors in opposing the cuts. The union joined parents in condemning the decision.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'the union']);
  });

  it('takes a side from a relative clause on the holder ("Advocates who oppose the cuts point to ...", "those who back them")', () => {
    const article = readRegister(`${BUDGET} Advocates who oppose the cuts point to the district's record. Ann Cole, who backs the cuts, said savings were needed. Ian Pike, who did not support the cuts, said little.`, 'board');
    expect(article.speakers.get('advocates')!.described).toBe('critic');
    expect(article.speakers.get('cole')!.described).toBe('supporter');
    expect(article.speakers.get('pike')!.described).toBeNull();
  });

  it('hears "supporters point to a 2013 study" though the tagger reads "point" as a noun, and a year as no amount', () => {
    const article = readRegister(`${BUDGET} Many supporters point to a 2013 study that found class sizes fell. Ann Cole cited a 2021 report on the budget.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['supporters', 'cole']);
  });

  it('hears a "she" opening a clause under the main verb as its named subject ("Trustee Ann Cole apologised as she told parents"), and a closing "she said" as the one quoted before', () => {
    const article = readRegister(`${BUDGET} Ian Pike said the cuts were wrong. Trustee Ann Cole apologised as she told parents the news. Parents will pay more, she said.`, 'board');
    expect(article.sentences.slice(2).map((s) => s.speaker)).toEqual(['cole', 'cole']);
  });

  it('hears a stance said of its holder ("was critical of", "has been highly critical of", "are so supportive of"), and none in "is critical to"', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole was also critical of the cuts. Ian Pike has been highly critical of the board. The parents are so supportive of the plan. Funding is critical to the plan.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'pike', 'parents', undefined]);
    expect(article.sentences.slice(1).map((s) => s.features.find((f) => f.startsWith('verb-side')))).toEqual(['verb-side:critic', 'verb-side:critic', 'verb-side:supporter', undefined]);
  });

  it('hears being against or in favour as a side ("we are strongly against the dam"), and no side in a vote\'s tally', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole is strongly against the cuts. Ian Pike was in favour of the plan. The vote was six to one against. The board sacrificed some big projects in favour of staying focused on its debt.`,
      'board',
    );
    // ("in favour of staying focused" prefers one course to another: no side)
    expect(article.sentences.slice(1).map((s) => s.features.find((f) => f.startsWith('verb-side')))).toEqual(['verb-side:critic', 'verb-side:supporter', undefined, undefined]);
  });

  it('names a speaker as the text writes them: no day before the name ("On Monday Ann Cole said"), a possessive joined ("Mr Pike\'s lawyer")', () => {
    const article = readRegister(`${BUDGET} On Monday Ann Cole said the cuts were wrong. Mr Pike's lawyer said the board had acted lawfully.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.name)).toEqual(['Ann Cole', "Mr Pike's lawyer"]);
  });

  it('names a holder who names no one in lower case, save for acronyms and capitals inside the sentence ("a BAA spokesman", "Democratic Party leaders", "critics")', () => {
    const article = readRegister(`${BUDGET} "It is wrong," said a BAA spokesman. Democratic Party leaders said the cuts would hurt. Critics said the cuts were unfair.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.name)).toEqual(['a BAA spokesman', 'Democratic Party leaders', 'critics']);
  });

  it('hears "agreed that" and "disagree with" as views, and "agreed to", "agreed to some measures" and "agreed in September to" as acts', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole agreed that the cuts were needed. Many parents disagree with the cuts. Ian Pike agreed to withdraw his motion. School advocates agreed to some new measures. Ann Lee agreed in September to suspend the strike. Jo Marr agreed with the parents that the cuts were wrong.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'parents', undefined, undefined, undefined, 'marr']);
    expect(article.sentences[2]!.features).toContain('verb-side:critic');
  });

  it('hears "was quoted as saying" and steps over "many of them elderly" between commas', () => {
    const article = readRegister(`${BUDGET} Tom Reyes was quoted as saying the cuts were vandalism. Governors, many of them elderly, said they felt betrayed.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['reyes', 'governors']);
  });

  it('hears concern, dissatisfaction and shock voiced or expressed as a critic\'s view, and "their displeasure about" still through the phrase with a tag', () => {
    const article = readRegister(
      `${BUDGET} Some parents voiced concern that the cuts were rushed. Vendors expressed their dissatisfaction with the cuts. Ann Cole expressed shock at the cuts. Netizens voiced their displeasure about the cuts.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['parents', 'vendors', 'cole', 'netizens']);
    for (const s of article.sentences.slice(1)) expect(s.features).toContain('verb-side:critic');
  });

  it('hears fury, indignation and disagreement expressed as a critic\'s view, gratitude as a supporter\'s, and confidence as a view whose side it says', () => {
    const article = readRegister(
      `${BUDGET} Market traders expressed fury over the cuts. Parents expressed their indignation at the cuts. Teachers voiced their disagreement over the cuts. Ann Cole expressed gratitude for the cuts. Tom Reyes expressed confidence that the cuts would work.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['market traders', 'parents', 'teachers', 'cole', 'reyes']);
    expect(article.sentences.slice(1).map((s) => s.features.find((f) => f.startsWith('verb-side:')))).toEqual(['verb-side:critic', 'verb-side:critic', 'verb-side:critic', 'verb-side:supporter', undefined]);
  });

  it('reads a protest as an act, not a view ("Traders protested against the cuts", "staged a sit-in to protest the cuts"), unless it says something', () => {
    const article = readRegister(
      `${BUDGET} Traders protested against the cuts. Farmers staged a sit-in to protest the cuts. Parents protested that the cuts were unfair. Pupils protested on Sunday, saying the cuts were cruel.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, 'parents', 'pupils']);
  });

  it('reads a warning of action as an act ("warned of new action", "warned of a strike"), and a warning of what the thing will do as a view', () => {
    const article = readRegister(`${BUDGET} Teachers warned of further strikes. Parents warned that the cuts would close schools.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, 'parents']);
  });

  it('reads turning down what was put to one as a decision ("The union has rejected the offer", "dismissed the residents\' request"), and rejecting claims or a plan as a view', () => {
    const article = readRegister(
      `${BUDGET} The union has rejected the latest pay offer. The assembly rejected a proposal from Ann Cole. The court dismissed the parents' request. The council rejected a proposed ordinance. The union rejected an offer to end the strike. Parents rejected the board's claims. Teachers rejected the cuts.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, undefined, undefined, undefined, 'parents', 'teachers']);
  });

  it('keeps a name whole whose letters lie beyond Latin-1 ("Recep Erdoğan", "Aleksandar Vučić", "Łukasz Nowak"), as written', () => {
    const article = readRegister(`${BUDGET} Recep Erdoğan said the cuts were wrong. Aleksandar Vučić said they were needed. Łukasz Nowak told reporters the cuts would hurt.`, 'board');
    expect(article.sentences.slice(1).map((s) => [s.speaker, s.name])).toEqual([
      ['erdogan', 'Recep Erdoğan'],
      ['vucic', 'Aleksandar Vučić'],
      ['nowak', 'Łukasz Nowak'],
    ]);
  });

  it('hears an official of the actor\'s body named by title as the actor\'s ("Government official Justus Kangwagye told")', () => {
    const article = readRegister(`The government closed 700 churches. Government official Ann Cole told reporters the churches were unsafe. Union official Tom Reyes said the closures were wrong.`, 'government');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['central', 'reyes']);
  });

  it('hears what others report of a subject as the subject\'s view ("is reported to have said", "is said to have warned"), not what is reported done ("is reported to have cut")', () => {
    const article = readRegister(
      `${BUDGET} Tom Reyes is reported to have said the cuts were vandalism. Ann Cole is said to have warned that schools would close. The board is reported to have cut 40 posts.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['reyes', 'cole', undefined]);
  });

  it('steps over a part in court between commas ("Sarah Whitlow, prosecuting, told"), and hears no view in "called in" or "called off"', () => {
    const article = readRegister(
      `${BUDGET} Sarah Whitlow, prosecuting, told the jury that the treasurer lied after his accountant warned him. Tom Reyes, defending, said his client was innocent. Opposition councillors have called in the decision. The union called off the strike. Parents called for a review.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['whitlow', 'reyes', undefined, undefined, 'parents']);
    expect(article.sentences[2]!.features).not.toContain('verb-side:supporter');
  });

  it('keys a titled person by their name, not the state or seat after "of", and steps over a list of examples between commas', () => {
    const article = readRegister(
      `${BUDGET} Sen. Ann Cole of New Hampshire said the cuts were unfair. Lord Pike of Thornbury said they were needed. Critics of the cuts, including several governors, said they would hurt schools. Democratic Sen. Dan Moss of Vermont said the cuts went too far.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['cole', 'pike', 'critics', 'moss']);
  });

  it('finds the noun a relative clause hangs on past a verb that takes an infinitive ("who was not authorized to discuss the matter said")', () => {
    const s = readRegister(`${BUDGET} A school governor who was not authorized to discuss the matter publicly said the cuts were unfair.`, 'board').sentences[1]!;
    expect(s.speaker).toBe('a school governor');
  });

  it('does not read a thing before "aimed" as a holder', () => {
    const s = readRegister('The firms signed contracts aimed at cutting costs in 2022.', 'firms').sentences[0]!;
    expect(s.speaker).toBeUndefined();
    expect(s.features).not.toContain('reported-view');
  });

  it('hears a group described by a place or a name ("Residents living near the Eastmoor site said"), not the name; a body\'s members speak for it', () => {
    const article = readRegister(
      `${BUDGET} Residents living near the Eastmoor site said the noise was unbearable. Parents of pupils at Kennedy High said the cuts were wrong. Members of the Harwick Residents Association said the plan was unfair.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['residents', 'parents', 'association']);
  });

  it('reads "state" before a noun as the state\'s ("to state lawmakers"), and leaves a time out of a group ("earlier this year locals")', () => {
    const article = readRegister(
      `${BUDGET} The Reyes family have contributed at least $7m to state lawmakers and the party. The cuts caused much anger, as earlier this year locals had objected to them.`,
      'board',
    );
    expect(article.sentences[1]!.speaker).toBeUndefined();
    expect(article.sentences[2]!.speaker).toBe('locals');
  });

  it('reads a gerund the tagger calls a verb as part of a noun phrase ("the doping row"), and a relative clause as no closing attribution', () => {
    const article = readRegister(
      `${BUDGET} The sports minister at the centre of the Ann Cole doping row says he will not apologise. But the Harbourne Chamber of Trade said the cuts would fall hardest on small shops, whose staff would have to explain them to customers.`,
      'board',
    );
    expect(article.sentences[1]!.name).toBe('the sports minister');
    expect(article.sentences[2]!.speaker).toBe('trade');
  });

  it('hears no one in an act done in answer ("responded by dispersing them") or in a relative clause without its "that" ("the file they want.")', () => {
    const article = readRegister(
      `${BUDGET} Police responded by dispersing the crowd. The site will help people find the file they want. The cuts are a disaster, Tom Reyes added. The cuts are unfair, union leader Ann Cole said.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, 'reyes', 'cole']);
  });

  it("reads no voice in an object's infinitive or neutral participle, or in what someone saw, but keeps a view seen \"as\" something", () => {
    const article = readRegister(
      `${BUDGET} The rules oblige members to declare their interests. Ann Cole met the governors in Leeds on Monday to consider the cuts. She later contacted the paper saying the figures were wrong. Parents saw the report on Tuesday. Ian Pike is the latest parent to condemn the cuts. Teachers see the cuts as a mistake.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, undefined, undefined, 'pike', 'teachers']);
    expect(article.sentences[2]!.features).not.toContain('reported-view');
  });

  it('hears no holder in a thing a participle after the main verb describes or continues ("closed their shops protesting", "a court case challenging"), but does in people ("letters from parents criticising")', () => {
    const article = readRegister(
      `${BUDGET} Traders in Leeds have closed their shops protesting the new fees. The county is embroiled in a court case challenging the cuts. The board received letters from parents criticising the cuts.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, 'parents']);
  });

  it('finds the noun an adjective or participle describes ("people familiar with the talks said"), and reads no voice in a noun after a possessive or a name, or in "was being written"', () => {
    const article = readRegister(
      `${BUDGET} People familiar with the talks said the cuts were final. A source briefed on the talks told the paper the cuts were final. They had decided to back the plan as the governors said it would help. The row stemmed from a teacher's claims of bullying. Ms Cole did not comment on the Harbury claims when asked. New rules were being written that limit class sizes.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['people', 'a source', 'the governors', undefined, undefined, undefined]);
  });

  it('finds the holder a relative clause with no commas hangs on ("Parents who oppose the cuts said"), and the noun after "after" ("a year after his accountant warned")', () => {
    const article = readRegister(
      `${BUDGET} Parents who oppose the cuts said they would protest. Groups which represent the schools said the cuts were wrong. Unions that represent teachers said the cuts were wrong. Three of the governors who voted against the cuts have asked lawyers to examine them. He kept taking fees for a year after his own accountant warned him the school was insolvent. The record of schools that closed early points to a small saving.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['parents', 'groups', 'unions', 'the governors', 'his own accountant', undefined]);
  });

  it('reads no voice in what the writer names as a view ("what he calls ..."), and steps over a time after the holder ("the report earlier this year said")', () => {
    const article = readRegister(
      `${BUDGET} The new rules will fix what she calls a broken system. The bigger question is what the cuts say about the board. The audit earlier this year said the budget was too small.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, 'the audit']);
  });

  it("steps over an aside opened by a name's possessive to the speaker (\"Ann Cole, Harbury's envoy to the United Nations in Geneva, said\", \"Tom Reyes, Ann Cole's former press secretary, said\")", () => {
    const article = readRegister(`${BUDGET} Ann Cole, Harbury's envoy to the United Nations in Geneva, said the cuts were wrong.`, 'board');
    expect(article.sentences[1]!.speaker).toBe('cole');
    // ... however many words the owner's name has
    const longer = readRegister(`${BUDGET} Tom Reyes, Ann Cole's former press secretary, said the cuts were wrong.`, 'board');
    expect(longer.sentences[1]!.name).toBe('Tom Reyes');
  });

  it('steps over ", of the body," and ", based in ...," to the speaker, and hears the speaker after "said" when a place ends the words before it', () => {
    const article = readRegister(
      `${BUDGET} Tom Reyes, of the Cyclists' Alliance, said the cuts would close the club. The company, based in Carrow Bay, said the cuts would fall on sales. The cuts could damage faith in Harbury, said Ann Cole.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['reyes', 'central', 'cole']);
  });

  it('reads no voice in "written by" after a noun or in a "back" with no object, but keeps "have all spoken out" and "would back the plan"', () => {
    const article = readRegister(
      `${BUDGET} Many of the letters written by parents arrived late. The board paid a $2m back tax bill. Ann Cole should be back in her post by May. Governors have all spoken out against the cuts. Teachers would back the plan.`,
      'board',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual([undefined, undefined, undefined, 'governors', 'teachers']);
  });
});

describe('holders behind asides and titles', () => {
  it('knows "the Green leader" as the person introduced as "Green leader Rhona Tait", and not one title two people share', () => {
    const article = readRegister(
      `${POOL} Green leader Rhona Tait condemned the closure. The pool was built in 1970. "It is a disgrace," the Green leader said.`,
      'council',
    );
    expect(sentence(article, '"It is a disgrace')).toMatchObject({ speaker: 'tait' });
    const two = readRegister(
      `${POOL} Green leader Rhona Tait condemned the closure. Labour leader Sam Hale welcomed it. "It was overdue," the leader said.`,
      'council',
    );
    expect(sentence(two, '"It was overdue').speaker).not.toBe('tait');
  });

  it('gives "they said" to the group that spoke just before', () => {
    const article = readRegister(`${POOL} The swimming club said the closure was unfair. They said members would protest.`, 'council');
    expect(sentence(article, 'They said')).toMatchObject({ speaker: sentence(article, 'The swimming club').speaker });
  });

  it('finds the holder behind a relative clause that has commas of its own', () => {
    const article = readRegister('The city raised parking fees on Monday. The Shopkeepers Guild, which speaks for bakers, grocers and florists, condemned the rise.', 'city');
    expect(article.sentences[1]!.name).toMatch(/Shopkeepers Guild/);
    expect(article.sentences[1]!.features).toContain('verb-side:critic');
  });

  it('finds the holder behind a description that ends in a "that" clause ("the body that oversees ...")', () => {
    const article = readRegister('The city raised parking fees on Monday. The Shopkeepers Guild, the body that speaks for the bakers in 2014, said it was deeply concerned.', 'city');
    expect(article.sentences[1]!.name).toMatch(/Shopkeepers Guild/);
  });

  it('finds the holder behind a noun phrase with a participle ("a lobby group representing ...")', () => {
    const article = readRegister('The city raised parking fees on Monday. The Drivers League, a lobby group representing motorists, condemned the rise.', 'city');
    expect(article.sentences[1]!.name).toMatch(/Drivers League/);
  });

  it("makes a person titled with one of the acting government's roles speak for it", () => {
    const article = readRegister(
      [
        'Government raises motorway speed limit\n',
        'The government has raised the speed limit on motorways to 80mph from June.',
        'The change was announced by Roads Minister Carla Voss on Wednesday.',
        'Ms Voss said the new limit was sensible and long overdue.',
      ].join(' '),
    );
    expect(article.central.roles).toContain('minister');
    expect(article.central.names).toContain('voss');
    expect(sentence(article, 'Ms Voss')).toMatchObject({ speaker: 'central', central: true });
  });

  it('keeps a shadow minister on the other side', () => {
    const article = readRegister(
      [
        'Government raises motorway speed limit\n',
        'The government has raised the speed limit on motorways to 80mph from June.',
        'The change was condemned by shadow roads minister Tariq Bell on Wednesday.',
        'Mr Bell warned that the new limit would cost lives.',
      ].join(' '),
    );
    expect(article.central.names).not.toContain('bell');
    expect(sentence(article, 'Mr Bell')).toMatchObject({ speaker: 'bell', central: false });
    expect(article.speakers.get('bell')!.described).toBe('critic');
  });
});

describe('sides carried by who a speaker is', () => {
  it("takes the side the holder's description names, for all of their words", () => {
    const article = readRegister(
      ['The council approved the new car park on Tuesday.', 'Ben Ortiz, who led the opposition on the council, said the vote came too soon.', '"We asked for a survey first," Ortiz said.'].join(' '),
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['ortiz', 'ortiz']);
    expect(article.speakers.get('ortiz')!.described).toBe('critic');
    expect(sentence(article, '"We asked').features).toContain('speaker-described:against');
  });

  it('reads the description of a speaker first heard in a quotation from the sentence that names them, not from the quotation', () => {
    const article = readRegister(
      [
        'Principals upset over school budget cuts',
        '',
        'The district will cut 40 teaching posts next year, its board said on Monday. "This will hurt every classroom. We cannot accept it," said Lisa Maxwell of the Broward Principals Association.',
      ].join('\n'),
    );
    expect(sentence(article, '"This will hurt')).toMatchObject({ speaker: 'maxwell', quoted: true });
    expect(article.speakers.get('maxwell')!.described).toBe('critic');
    expect(sentence(article, '"This will hurt').features).toContain('speaker-described:against');
  });

  it.each([
    ['Its director, Mia Holt, said the town had waited a long time.'],
    ['"The town has waited a long time," said its director, Mia Holt.'],
  ])('lets "its director, Name" speak for the body named just before, when quoted again: %s', (introduced) => {
    const article = readRegister(
      ['The council approved the new car park on Tuesday.', 'The Riverside Traders Association welcomed the decision.', introduced, '"It is about time," Ms Holt said.'].join(' '),
      'council',
    );
    const body = article.sentences[1]!.speaker;
    expect(body).toBe('association');
    expect(article.sentences.slice(2).map((s) => s.speaker)).toEqual([body, body]);
    expect(article.speakers.has('holt')).toBe(false);
  });

  it('hears a wary or sceptical group as against', () => {
    const s = readRegister('The council approved the new car park on Tuesday. Residents near the site remain sceptical.', 'council').sentences[1]!;
    expect(s.features).toContain('mood:against');
  });

  it('hears in "they" the group the sentence before was about when nobody spoke in it', () => {
    const article = readRegister(
      [POOL, 'The council said the pool was beyond repair.', 'The swimmers have vowed to keep using it until the council offers them another pool.', 'They accused the council of failing to consult them.'].join(' '),
      'council',
    );
    const they = article.sentences.at(-1)!;
    expect(they.speaker).toBe('the swimmers');
    expect(they.features).toContain('verb-side:critic');
  });

  it.each([
    ['Protestors marched on the town hall, which they blamed for years of neglect they say is the real reason for the closure.', 'protestors'],
    ['The swimmers marched on the town hall, which they say let the pool fall apart.', 'the swimmers'],
  ])('hears in a "they" after the main verb the group its own sentence is about: %s', (text, group) => {
    // the council spoke just before: "they" is not the council
    const article = readRegister([POOL, 'The council said the pool was beyond repair.', text].join(' '), 'council');
    expect(article.sentences.at(-1)!.speaker).toBe(group);
  });

  it('hears the person, not the place, in "Moira Lewis from Goodwick, who is opposed to the closure, said"', () => {
    const article = readRegister(
      [POOL, 'Moira Lewis from Goodwick, who is opposed to the closure, said: "We are so far away from other pools."', 'Tom Reyes from Hartleigh said the pool was beyond repair.'].join(' '),
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['lewis', 'reyes']);
  });

  it('lets an officer named with no organisation ("managing director Ann Cole") speak for the body quoted just before', () => {
    const article = readRegister(
      [POOL, 'Swim Club Ltd, which runs lessons there, said the closure was a terrible and unfair blow.', 'Managing director Ann Cole said: "We were not consulted."'].join(' '),
      'council',
    );
    expect(article.sentences[2]).toMatchObject({ speaker: article.sentences[1]!.speaker, name: 'Swim Club Ltd' });
  });

  it.each([["Residents' group chair Ann Lee"], ['Campaign group spokesman Ann Lee'], ['Campaign group policy and planning manager Ann Lee'], ['Health board chief executive Ann Lee'], ['Village spokesman Ann Lee'], ['Traders spokeswoman Ann Lee']])(
    'keeps an officer whose title names another body (%s) off the body quoted just before',
    (holder) => {
      const article = readRegister([POOL, 'The council said the pool was beyond repair.', `${holder} said the closure was a terrible and unfair blow.`].join(' '), 'council');
      expect(article.sentences[1]!.speaker).toBe('central');
      expect(article.sentences[2]!.speaker).toBe('lee');
    },
  );

  it('finds a group holder behind a relative clause, and a body behind its abbreviation in brackets', () => {
    const article = readRegister(
      [
        POOL,
        "Swimming coaches, who train most of the town's clubs, warned that children would lose their lessons.",
        'The Amateur Swimming Federation (ASF) said the closure was a terrible and unfair blow.',
      ].join(' '),
      'council',
    );
    expect(article.sentences.slice(1).map((s) => s.name)).toEqual(['swimming coaches', 'Amateur Swimming Federation']);
  });

  it('hears "too narrow" and "poorly lit" as complaints, and "she" as the person named before', () => {
    const article = readRegister('The council opened the new cycle lanes on Monday. Joan Pike said the lanes were too narrow. She said the junctions were poorly lit.', 'council');
    for (const s of article.sentences.slice(1)) {
      expect(s.speaker).toBe('pike');
      expect(s.features.some((f) => /^view-tone:(strongly-)?against$/.test(f))).toBe(true);
    }
  });

  it('hears a speaker who sounds even mildly negative as against, but not one who denies an accusation', () => {
    const article = readRegister(
      [
        POOL,
        'Joan Pike, who coaches there, said the closure would leave children with nowhere to learn to swim.',
        "Ian Lowe, a director of the pool's contractor, said reports of unpaid bills were untrue and baseless.",
      ].join(' '),
      'council',
    );
    expect(article.speakers.get('pike')!.stance).toBeLessThan(0);
    // a denial of an accusation is weighed as no stance at all, however harsh its words
    expect(article.speakers.get('lowe')!.stance).toBe(0);
  });

  it('hears a denial only when it answers an accusation; "the leaflets were misleading" is criticism', () => {
    for (const text of ["Joan Pike said the council's leaflets were misleading and unfair.", "Joan Pike said the council's report was misleading and inaccurate."]) {
      expect(readRegister(`${POOL} ${text}`, 'council').speakers.get('pike')!.stance).toBeLessThan(0);
    }
  });

  it('keeps the side a person is introduced with for all their words ("his main challenger, Ann Cole")', () => {
    const article = readRegister(
      [
        'President Ivo Sarn won the election on Sunday with 51% of the vote.',
        'His main challenger, the former judge Ann Cole, took 44%.',
        'Ms Cole said the people deserved an honest and peaceful count.',
      ].join(' '),
      'Sarn',
    );
    expect(article.speakers.get('cole')!.described).toBe('critic');
    expect(sentence(article, 'Ms Cole').features).toContain('speaker-described:against');
    // ... but the supporters of another are not the story's: "Mr Flight's supporters", "the Hill supporters club"
    const others = readRegister("The council approved the budget. Mr Flight's supporters said the budget was unfair.", 'council');
    expect(others.speakers.get('supporters')!.described).toBeNull();
    const club = readRegister('The council approved the budget. The Hill supporters club said the budget was unfair.', 'council');
    expect(sentence(club, 'The Hill').features).not.toContain('speaker-described:for');
    const own = readRegister('The council approved the budget. Supporters of the budget said it was fair.', 'council');
    expect(own.speakers.get('supporters')!.described).toBe('supporter');
    // ... and one of them answers is no description: "Responding to the opposition, Prime Minister Ivo Sarn said"
    const answering = readRegister('The council approved the budget. Responding to the opposition, Prime Minister Ivo Sarn said the budget was fair. One of his critics, Ann Cole, said it was unfair.', 'council');
    expect(answering.speakers.get('sarn')!.described).toBeNull();
    expect(answering.speakers.get('cole')!.described).toBe('critic');
  });

  it("lets the actor's own spokeswoman speak for it even right after another speaker", () => {
    const article = readRegister(
      ['Government raises fuel duty', '', 'The government raised fuel duty on Monday.', 'Hauliers said the rise was a disaster for small firms.', 'Government spokeswoman Ana Petrova said the rise was fair and necessary.'].join('\n'),
    );
    expect(sentence(article, 'Hauliers').central).toBe(false);
    const spokeswoman = sentence(article, 'Government spokeswoman');
    expect(spokeswoman).toMatchObject({ speaker: 'central', central: true });
    expect(spokeswoman.features).toContain('central-voice');
  });

  it('never takes a day or a month before the verb as the holder', () => {
    const s = readRegister('The council closed the pool. The offer, made by the mayor in the chamber on Tuesday, would see the pool reopen in June.', 'council').sentences[1]!;
    expect(s.speaker).toBeUndefined();
  });

  it('ties a speaker to the actor by the aside after an inverted attribution, for all their later words', () => {
    const article = readRegister(
      [
        'Ferry fares rise',
        '',
        'The ferry commission raised fares by 10% on Monday.',
        '"We had no choice," said Ines Calder, the commission\'s chair.',
        'Calder said the rise would be reviewed and was unfortunately unavoidable.',
        'The Ferry Workers Federation, which represents crews, said the rise was unfair on islanders.',
      ].join('\n'),
    );
    expect(article.sentences.slice(1, 3).map((s) => s.central)).toEqual([true, true]);
    expect(sentence(article, 'The Ferry Workers')).toMatchObject({ name: 'Ferry Workers Federation', central: false });
  });

  it('finds the holder behind an age or a long description, and never takes the reported subject for an inverted speaker', () => {
    const article = readRegister(
      [
        POOL,
        'Marcus Bell, 34, a lifeguard who has worked at the pool since it opened in 1998, said his hours had been cut to nothing and it was a disgrace.',
        'The Swimmers Union, which gathered more than 2,000 signatures last year for a campaign to keep every pool in the county open, said the council was wrong and unfair.',
      ].join(' '),
      'council',
    );
    expect(article.sentences.slice(1).map((s) => [s.name, s.central])).toEqual([
      ['Marcus Bell', false],
      ['Swimmers Union', false],
    ]);
  });

  it('keeps a month that is a name ("June Sarpong said"), and a critic\'s aside off the actor', () => {
    const article = readRegister(
      [POOL, "Ann Cole, the council's fiercest critic, said the closure was wrong.", 'June Sarpong said the closure was a terrible loss for the town.'].join(' '),
      'council',
    );
    expect(article.sentences[1]).toMatchObject({ speaker: 'cole', central: false });
    expect(article.speakers.get('cole')!.described).toBe('critic');
    expect(article.sentences[2]).toMatchObject({ speaker: 'sarpong', name: 'June Sarpong' });
  });

  it('knows an expert by title, and hears how plainly each expert objects', () => {
    const article = readRegister(
      [
        POOL,
        'Dr Ann Cole, an economist at Tarn University, said the savings were too small.',
        'Prof Ian Lowe said the closure was a terrible, damaging and unfair mistake.',
      ].join(' '),
      'council',
    );
    expect(article.speakers.get('cole')!.expert).toBe(true);
    expect(article.speakers.get('lowe')!.expert).toBe(true);
    expect(readRegister(`${POOL} Ian Pike, a transport consultant, said the closure was a mistake.`, 'council').speakers.get('pike')!.expert).toBe(true);
    // a news organisation's correspondents explain; they speak for no side
    const reported = readRegister(`${POOL} BBC correspondent Ian Pike said the closure was a blow. Correspondents say the vote was close.`, 'council');
    expect([reported.speakers.get('pike')!.expert, reported.speakers.get('correspondents')?.expert]).toEqual([true, true]);
    // ... and so do an outlet's own reporter and an interviewer
    const outlet = readRegister(`${POOL} The BBC's Ian Pike says the closure was a blow. Moderator Eva Lund asked whether the pool would reopen.`, 'council');
    expect([outlet.speakers.get('pike')!.expert, outlet.speakers.get('lund')!.expert]).toEqual([true, true]);
    // a title is read right before the name, not at the end of the quotation before it
    const quoted = readRegister(`${POOL} Ian Pike condemned the closure. "We know the pool better than any consultant," he said.`, 'council');
    expect(quoted.speakers.get('pike')!.expert).toBe(false);
    // ... or in the apposition after a name that follows its verb, up to the next comma
    const after = readRegister(`${POOL} "Pools cost money," said Ian Pike, principal leisure consultant at Halden Partners, on Monday.`, 'council');
    expect(after.speakers.get('pike')!.expert).toBe(true);
    const adding = readRegister(`${POOL} "Pools cost money," said Ian Pike, adding that the council had no choice.`, 'council');
    expect(adding.speakers.get('pike')!.expert).toBe(false);
    expect(article.sentences[1]!.features).toContain('speaker-stance:against');
    expect(article.sentences[2]!.features).toContain('speaker-stance:strongly-against');
  });

  it('hears "Some argue ...", a shadow minister, "unrealistic" and "reacted angrily" as against', () => {
    const article = readRegister(
      [
        'Fuel duty rises',
        '',
        'The government raised fuel duty on Monday.',
        'Some argue that the rise will hurt rural drivers most.',
        'Tom Hale, the shadow transport secretary, said the rise was a mistake.',
        'Hauliers said the timetable was unrealistic.',
        'Farmers reacted angrily.',
      ].join('\n'),
    );
    const [some, hale, hauliers, farmers] = article.sentences.slice(1);
    expect(some!.features).toContain('reported-view');
    expect(hale!.features).toContain('holder-side:critic');
    expect(hauliers!.features.some((f) => /^view-tone:(strongly-)?against$/.test(f))).toBe(true);
    expect(farmers!.features).toContain('verb-side:critic');
    expect(article.sentences.slice(1).some((s) => s.central)).toBe(false);
  });

  it('hears "demanded that" as reporting a view, and the named person in "Paul Kanyari who is a former hawker echoed"', () => {
    const article = readRegister(`${BUDGET} On his part, Ann Cole demanded that the board consult the parents. Tom Reyes who is a former coach echoed similar sentiments.`, 'board');
    const [cole, reyes] = article.sentences.slice(1);
    expect(cole!.features).toContain('reported-view');
    expect([cole!.speaker, reyes!.speaker]).toEqual(['cole', 'reyes']);
  });

  it('hears the name after a quotation\'s office set off between commas (`"...," the village mayor, Ga Lilia, said`)', () => {
    const article = readRegister(`${BUDGET} "We were never asked," the village mayor, Ga Sakaria Lilia, said. Karen Reissmann, secretary, Bolton Save our Health Service campaign, said the cuts were wrong.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.speaker)).toEqual(['lilia', 'reissmann']);
  });

  it('hears no view in a protest, placed or aimed ("protested at the Orange Valley Junction", "protested outside the school against the cuts"): a side\'s act', () => {
    const article = readRegister(`${BUDGET} Around 20 parents protested at the Brixo Town Hall, which held up traffic. Parents protested outside the school against the cuts.`, 'board');
    const [placed, aimed] = article.sentences.slice(1);
    expect(placed!.speaker).toBeUndefined();
    expect(aimed!.features).not.toContain('verb-side:critic');
  });

  it('hears whoever released a statement speak through it ("released a statement saying"), not whoever received one', () => {
    const article = readRegister(`${BUDGET} Ann Cole then released a statement saying the cuts were wrong. The board received a letter saying the cuts were wrong.`, 'board');
    const [cole, board] = article.sentences.slice(1);
    expect(cole!.speaker).toBe('cole');
    expect(board!.speaker).toBeUndefined();
  });

  it('hears "crying foul" and "refuted" as against', () => {
    const article = readRegister(`${BUDGET} Parents are crying foul over the cuts. Coach Tom Reyes refuted the board's claim.`, 'board');
    expect(article.sentences.slice(1).map((s) => s.features.includes('verb-side:critic'))).toEqual([true, true]);
  });

  it('hears "slated" and "branded" as against, and "echoed" and "cited" as reporting a view', () => {
    const article = readRegister(
      `${BUDGET} Ann Cole slated the board for the cuts. Coach Tom Reyes has branded the decision as "pathetic". Parents echoed his complaints on Tuesday. Ian Pike cited falling numbers at the club.`,
      'board',
    );
    const [cole, reyes, parents, pike] = article.sentences.slice(1);
    expect(cole!.features).toContain('verb-side:critic');
    expect(reyes!.features).toContain('verb-side:critic');
    expect([parents!.speaker, pike!.speaker]).toEqual(['parents', 'pike']);
  });

  it("hears backing the challengers' action or request as the critics' verb, and backing the story's thing as support", () => {
    const article = readRegister(
      `${BUDGET} The Trades Council is backing the workers' strike. Mayor Ann Cole stood by Earley's request. Tom Reyes welcomed the decision.`,
      'board',
    );
    const [unions, cole, reyes] = article.sentences.slice(1);
    expect(unions!.features).toContain('verb-side:critic');
    // ... and through a noun's "of" ("joined the protest in support of the vendors")
    const vendors = readRegister('Vendors stage protest over Brixo Council decision\n\nVendors gathered outside City Hall.\n\nUnion president Dan Moss joined the protest in support of the vendors.');
    expect(vendors.sentences.at(-1)!.features).toContain('verb-side:critic');
    expect(cole!.features).toContain('verb-side:critic');
    expect(reyes!.features).toContain('verb-side:supporter');
  });

  it('hears backing a strike as support when the actor is the union that calls it', () => {
    const article = readRegister(
      [
        'NAWU says rail strike still on',
        '',
        'The National Association of Workers Unions (NAWU) said the strike will start on Monday.',
        'The Commuters Federation opposed the strike.',
        'The Drivers Association backs the strike and urged its members to stay home.',
      ].join('\n'),
    );
    const [nawu, commuters, drivers] = article.sentences;
    expect(nawu!.speaker).toBe('central');
    expect(commuters!.features).toContain('verb-side:critic');
    expect(drivers!.features).toContain('verb-side:supporter');
  });

  it('reads a side word inside a name ("the Harbury Town Supporters Club") as no side', () => {
    const article = readRegister('The council will sell the football ground next year. The Harbury Town Supporters Club said it was deeply disappointed and angry.', 'council');
    const club = article.sentences[1]!;
    expect(club.name).toBe('Harbury Town Supporters Club');
    expect(club.features.filter((f) => f.startsWith('holder-side'))).toEqual([]);
    expect(article.speakers.get(club.speaker!)!.described).toBeNull();
  });

  it('gives "They say" to the party or the many people who spoke just before, not to a person', () => {
    const party = readRegister(`${POOL} The Conservatives say they would reopen the pool. They say the closure was rushed and unfair.`, 'council');
    expect(party.sentences.slice(1).map((s) => s.speaker)).toEqual(['conservatives', 'conservatives']);
    const residents = readRegister(`${POOL} Residents of Hill Street said the closure was rushed. They said nobody had asked them.`, 'council');
    expect(residents.sentences[2]!.speaker).toBe(residents.sentences[1]!.speaker);
    const person = readRegister(`${POOL} Ann Cole said the closure was rushed. They said nobody had asked them.`, 'council');
    expect(person.sentences[2]!.speaker).not.toBe('cole');
  });

  it('gives "It said" to the body the sentence before was about ("The committee found ..."), and to nobody after a thing', () => {
    const body = readRegister(`${POOL} The swimming committee found that the pool had been neglected. It said the council had ignored repeated warnings.`, 'council');
    expect(body.sentences[2]!.speaker).toBe('the swimming committee');
    const thing = readRegister(`${POOL} The decision was taken in private. It said the council had ignored repeated warnings.`, 'council');
    expect(thing.sentences[2]!.speaker).toBeUndefined();
    // ... and to the actor however long its name ("The Brixo Electricity Regulatory Commission (BERC) has approved ...")
    const long = readRegister('The Brixo Electricity Regulatory Commission (BERC) has approved a rise in tariffs. The companies had sought a larger rise, it said.', 'commission');
    expect(long.sentences[1]!.speaker).toBe('central');
    // ... and to a name the sentence before described with "which", as a body is
    const which = readRegister(`${POOL} Brixo Water, which serves a million customers, said it accepted the ruling. It said it would not appeal.`, 'council');
    expect(which.sentences[2]!.speaker).toBe(which.sentences[1]!.speaker);
  });

  it('keeps the edges of these readings: "It said" after a person, "the Labour Party", a fellow councillor', () => {
    // "It" after a person is not that person: her mild regret is not outweighed by its praise
    const person = readRegister(`${POOL} Ann Cole said the closure was a bit sad. It said the new plan was excellent, welcome and a great relief.`, 'council');
    expect(person.sentences[2]!.speaker).not.toBe('cole');
    expect(person.speakers.get('cole')!.stance).toBeLessThan(0);
    const party = readRegister(['Labour wins the vote', '', 'Labour won the vote on Monday.', 'The Labour Party said the result was a great and welcome victory.'].join('\n'));
    expect(party.sentences[1]).toMatchObject({ speaker: 'central', central: true });
    // "a fellow councillor" is neither an expert nor the council
    const fellow = readRegister(`${POOL} Ann Cole, a fellow councillor, said the closure was a mistake.`, 'council');
    expect(fellow.sentences[1]).toMatchObject({ speaker: 'cole', central: false });
    expect(fellow.speakers.get('cole')!.expert).toBe(false);
  });
});
