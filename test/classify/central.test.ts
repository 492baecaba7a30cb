// The central actor (LABELS.md, "Which subject is central"): which actor the title and the body
// make, who speaks for it, and whom the title puts on a side. Read through findCentral and the
// register, not through labels, which are learned.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';
import { readRegister, sentence } from '../helpers/register.js';

const article = (lines: string[]) => readRegister(lines.join('\n'));

describe('central actor', () => {
  it("takes the title's subject as the actor; its leader speaks for it, its officials are allies", () => {
    const a = article([
      'Chile Signs Copper Deal With Japan',
      '',
      'Chile signed a copper supply deal with Japan on Monday.',
      'Chilean President Ana Ruiz said the deal was a historic success.',
      'Chilean senator Tomas Vidal said the deal would protect jobs and bring great benefits.',
    ]);
    expect(a.central.names).toContain('chile');
    expect(a.central.names).not.toContain('japan');
    expect(sentence(a, 'Chilean President')).toMatchObject({ speaker: 'central', central: true });
    expect(a.central.allies).toContain('vidal');
    expect(sentence(a, 'Chilean senator')).toMatchObject({ speaker: 'vidal', central: false });
    expect(a.speakers.get('vidal')!.described).toBe('supporter');
  });

  it("takes the person a title calls someone's pick as the actor, whose chooser speaks for them, named in the title, in apposition or only by counting", () => {
    const apposition = article([
      "Western ranchers rally behind Cole's Interior pick",
      '',
      "Ranchers moved on Thursday to back Rep. Dan Hale, President-elect Ann Cole's choice for Interior secretary.",
      'Hale, 54, is a congressman from Idaho.',
      'A Cole transition official said the vote was safe.',
    ]);
    expect([...apposition.central.names].sort()).toEqual(['cole', 'hale']);
    expect(sentence(apposition, 'A Cole transition official').central).toBe(true);
    const inTitle = article(["Senator backs Cole's Attorney General Pick Jeff Sessions", '', 'A senator said on Monday that Jeff Sessions would serve well.']);
    expect(inTitle.central.names).toContain('sessions');
    const counted = article([
      "Democrats target Cole's Labor pick over wages",
      '',
      'Democrats are preparing to make Dale Ruskin the toughest fight of the new cabinet.',
      'Ruskin, 61, runs a restaurant group.',
      'Ruskin has met 11 senators.',
    ]);
    expect(counted.central.names).toContain('ruskin');
    expect(counted.central.names).not.toContain('labor');
  });

  it("hears the actor's spokesman or officer named in apposition as the actor, and another body's as that body", () => {
    const a = article([
      'Hale blocks the plan',
      '',
      'Hale blocked the plan on Monday.',
      "Hale's spokesman, Tyler Ash, said the plan was wrong.",
      'A spokesman for Hale, Tyler Ash, said the plan was costly.',
      "The union's spokesman, Rob Lee, said the plan was right.",
      'A spokesman for the union, Rob Lee, said the plan was fair.',
      "Hale's chief executive, Mia Rowe, said the plan was too costly.",
      "The union's chief executive, Dan Ford, said the plan was fair.",
      "Hale's controller of finance, Ava Bell, said the plan was sound.",
      "In a memo on Hale's omissions, Citizens Watch notes the plan was costly.",
      "Hale's fiercest critic, Jo Kerr, said the plan was costly.",
    ]);
    expect(a.sentences.slice(1).map((s) => s.central)).toEqual([true, true, false, false, true, false, true, false, false]);
    // ... and, where the actor is "the government" with no name of its own, the office a place's possessive owns
    const government = article([
      'Teachers strike over vaccine mandate',
      '',
      'The government has told unvaccinated teachers to stay home.',
      "Kelmor's Prime Minister, Dr Ann Cole, said the schools would open.",
      "The union's general secretary, Rob Lee, said the schools would close.",
    ]);
    expect(government.central.roles).toContain('government');
    expect(government.sentences.slice(1).map((s) => s.central)).toEqual([true, false]);
  });

  it("makes the owner the lede gives what a headline attacks the actor (\"Howard attacks 'pay later' Budget\" over \"Gordon Brown's Budget\")", () => {
    const budget = article([
      "Howard attacks 'pay later' Budget",
      '',
      "Tory leader Michael Howard has attacked Gordon Brown's Budget, saying taxes will rise.",
      'Mr Brown said the Budget was fair.',
    ]);
    expect([...budget.central.names]).toEqual(['brown']);
    expect(budget.central.sides.get('howard')).toBe('critic');
    expect(budget.sentences[1]!.central).toBe(true);
    const plans = article(['Peers reject ID card plans', '', "The House of Lords has voted against the government's identity card plans."]);
    expect(plans.central.roles).toContain('government');
    expect(plans.central.names.size).toBe(0);
  });

  it("never makes the headline's side the actor: \"Tories opposing 24-hour drinking\" (the party by any of its names), \"Blair disputes Howard's tax claim\" (an active \"has rejected\" attacks, it is not attacked)", () => {
    const drinking = article([
      'Tories opposing 24-hour drinking',
      '',
      "The Conservatives have said they will oppose the government's plans to allow 24-hour drinking.",
    ]);
    expect(drinking.central.names.has('conservatives')).toBe(false);
    expect(drinking.central.sides.get('conservatives')).toBe('critic');
    const claim = article(["Blair disputes Howard's tax claim", '', "Tony Blair has rejected Michael Howard's claim that taxes will rise under Labour."]);
    expect([...claim.central.names]).toEqual(['howard']);
    expect(claim.central.sides.get('blair')).toBe('critic');
  });

  it("makes whose thing a headline's quoted verdict judges the actor and who gives it a side (\"Labor Secretary Tom Perez: Trump transition probes 'illegal'\")", () => {
    const before = article([
      "Health Secretary Dana Price: Kestria water plan 'reckless'",
      '',
      "Health Secretary Dana Price on Monday attacked the water plan of Kestria's council.",
      'Price said the plan would cost too much.',
    ]);
    expect([...before.central.names]).toEqual(['kestria']);
    expect(before.central.sides.get('price')).toBe('critic');
    expect(before.sentences[1]!.central).toBe(false);
    const after = article(["Ortiz admin's fuel levy 'cruel,' 'senseless' - Mendoza", '', 'Sen. Carla Mendoza on Sunday opposed the fuel levy of the Ortiz administration.']);
    expect(after.central.names).toContain('ortiz');
    expect(after.central.sides.get('mendoza')).toBe('critic');
    expect(after.central.sides.get('carla')).toBe('critic');
    // a thing no other name owns is the source's own: "Campbell: E-mail row 'silly fuss'"
    const own = article(["Hale: Email row 'silly fuss'", '', 'Tom Hale has dismissed the row over his emails as a silly fuss.']);
    expect(own.central.names).toContain('hale');
    // ... and a verdict unquoted before a dash and its source puts the source on a side all the same
    const dashed = article(['Bus fare hikes disappointing - Riders Alliance', '', 'The Riders Alliance says the rise in bus fares is not justified.', 'Brixo Transport Union raised fares by 15 per cent on Monday.']);
    expect(dashed.central.sides.get('alliance')).toBe('critic');
    expect(dashed.central.names).not.toContain('alliance');
  });

  it('never makes the one a closing dash says reports the headline its actor ("Minister refuses ... – Troy")', () => {
    const a = article([
      'Minister refuses to give commitment on rural stations – Troy',
      '',
      'Local TD Robert Troy has described as disappointing the response of the Minister for Justice to his question.',
      'Deputy Troy said the Minister had given a vague answer.',
    ]);
    expect([...a.central.names]).not.toContain('troy');
    expect(a.central.roles).toContain('minister');
    expect(a.sentences.map((s) => s.central)).toEqual([false, false]);
  });

  it("puts the headline's side on a side by all of its name (\"Corbett attacks ...\" over \"Ronnie Corbett has ...\")", () => {
    const a = article(["Corbett attacks 'dumbed-down TV'", '', 'Ronnie Corbett has attacked the declining standards of British television programmes.']);
    expect(a.central.names.has('ronnie')).toBe(false);
    expect(a.central.sides.get('ronnie')).toBe('critic');
  });

  it("hears an office the actor's name opens as the actor's, across an \"and\" in the title, but not another body's office", () => {
    const a = article([
      'Council refunds rates',
      '',
      'The council will refund rates to Pukehina residents.',
      'Council policy and planning manager Matthew Leighton said the refund was fair.',
      "Council Tenants' Union chair Rob Lee said the refund was too small.",
    ]);
    expect(a.sentences.slice(1).map((s) => s.central)).toEqual([true, false]);
    // ... and across the office's "of" phrase
    const of = article(['Council plans beach ban', '', 'The council claims some surfers ignore the rules.', 'Council director of development and sustainability Ian Birch said most surfers were responsible.']);
    expect(of.sentences[1]).toMatchObject({ central: true });
    // ... and its "for" phrase, the office in capitals ("County Executive for Lands and Physical planning")
    const office = article(['County to demolish kiosks', '', 'The county has argued that the kiosks must go.', 'County Executive for Lands and Physical planning Adrian Ouma said other sites were being sought.']);
    expect(office.sentences[1]).toMatchObject({ central: true });
    // ... and whoever is in charge of a portfolio there ("Brixo CEC in charge of environment")
    const charge = article(['Brixo to close dumpsite', '', 'Brixo county will close the dumpsite next month.', 'Brixo CEC in charge of environment Renson Makheti said a wall would be built.']);
    expect(charge.sentences[1]).toMatchObject({ central: true });
    // ... and one the actor's possessive owns ("the board's acting chief executive"), not another's
    const owned = article([
      'Nurse numbers disputed',
      '',
      'The Hillford Health Board has released staffing figures.',
      "The board's acting chief executive Margaret Wilsher says there are more nurses on the wards.",
      "The nurses' union's acting secretary Tom Reyes says the wards are short of staff.",
    ]);
    expect(owned.sentences.slice(1).map((s) => s.central)).toEqual([true, false]);
  });

  it("does not put a fellow national who holds no office on the actor's side", () => {
    const a = article([
      'Chile Signs Copper Deal With Japan',
      '',
      'Chile signed a copper supply deal with Japan on Monday.',
      'Chilean economist Rosa Mena said the deal runs for ten years.',
    ]);
    expect(a.central.allies).not.toContain('mena');
    expect(a.sentences[1]).toMatchObject({ speaker: 'mena', central: false });
    expect(a.speakers.get('mena')!.described).toBeNull();
  });

  it("reads a demonym from a table, not from the spelling of the actor's name", () => {
    const a = article(['Trump Opens New Golf Resort', '', 'Trump opened a golf resort in Aberdeen on Friday.', 'Trumpet player Lee Hart said the resort would bring great benefits.']);
    expect(a.central.names).toContain('trump');
    expect(a.central.allies).not.toContain('hart');
    expect(a.sentences[1]).toMatchObject({ speaker: 'hart', central: false });
    expect(a.speakers.get('hart')!.described).toBeNull();
  });

  it('puts one who speaks for a body the title puts on a side on that side ("said Lisa Marr with the Harwick Nurses Association" under "Nurses oppose ...")', () => {
    const a = article([
      'Nurses oppose new shift rules',
      '',
      'The health board will bring in new shift rules in May.',
      '"They are bullying the wards," said Lisa Marr with the Harwick Nurses Association.',
      'Patient Tom Bell said the rules were fair.',
    ]);
    expect(a.speakers.get('marr')!.described).toBe('critic');
    expect(a.speakers.get('bell')!.described).toBeNull();
  });

  it('hears "a senior official" as the actor\'s where the article writes its staff under its name ("KDMC officials"), and not otherwise', () => {
    const lines = ['Residents protest razing of homes by KDMC', '', 'The KDMC on Wednesday demolished three buildings.', 'KDMC officials said the buildings were illegal.', '"The area is meant for roads," a senior civic official said.'];
    expect(sentence(article(lines), '"The area').central).toBe(true);
    const without = article([...lines.slice(0, 3), '"The area is meant for roads," a senior civic official said.']);
    expect(sentence(without, '"The area').central).toBe(false);
  });

  it('makes the subject of a title that opposes something a critic, and the acting government the actor', () => {
    const a = article(['Nurses oppose new shift rules', '', 'Nurses say the shift rules should be dropped.', 'Health Secretary Mark Lowe said the rules would start in May.']);
    expect(a.central.sides.get('nurses')).toBe('critic');
    expect(a.central.names).not.toContain('nurses');
    expect(a.central.roles).toContain('government');
    expect(a.sentences[0]).toMatchObject({ speaker: 'nurses', central: false });
    expect(a.speakers.get('nurses')!.described).toBe('critic');
    expect(sentence(a, 'Health Secretary')).toMatchObject({ speaker: 'central', central: true });
  });

  it('reads a mood aimed at something in a title ("Outa displeased by ...", "pleased with ...") as taking a side, not as the actor\'s', () => {
    const angry = article(['Farmers angry over Lowe levy', '', 'Farmers say the levy should be dropped.', 'Minister Mark Lowe said the levy would start in May.']);
    expect(angry.central.sides.get('farmers')).toBe('critic');
    expect(angry.central.names).not.toContain('farmers');
    expect(angry.sentences[0]).toMatchObject({ speaker: 'farmers', central: false });
    const pleased = article(['Farmers pleased with Lowe levy', '', 'Farmers say the levy is fair.', 'Minister Mark Lowe said the levy would start in May.']);
    expect(pleased.central.sides.get('farmers')).toBe('supporter');
  });

  it('never takes the words a paper sets in capitals to open its lede for a name, but keeps an acronym', () => {
    const caps = article([
      'Flats plan given green light',
      '',
      'PLANNING permission has been granted for 34 homes despite fierce opposition.',
      'Planning committee chairman Tom Reyes used his casting vote.',
      'A spokesman for Brixo Homes said the homes would be built by next year.',
      'Brixo Homes said the design was sound.',
    ]);
    expect(caps.central.names).not.toContain('planning');
    const acronym = article(['Pay deal agreed', '', 'UNISON has agreed a pay deal with the hospital.', 'Members of UNISON will vote on it in May.']);
    expect(acronym.central.names).toContain('unison');
  });

  it('lets a country that acts speak through its government\'s bodies and its ministers titled by name, not through "the foreign minister" alone', () => {
    const a = article([
      'Chile suspends fishing federation',
      '',
      'Chile suspended the national fishing federation on Monday.',
      'The federation has been told to stop all its activities, the ministry said in a statement.',
      'The foreign minister said the talks with Peru would go on.',
    ]);
    expect(a.central.names).toContain('chile');
    expect(sentence(a, 'The federation has been told')).toMatchObject({ speaker: 'central', central: true });
    expect(sentence(a, 'The foreign minister')).toMatchObject({ central: false });
    // ... but a minister titled before their name is the country's own, unless the title names another
    const titled = article([
      'Chile suspends fishing federation',
      '',
      'Chile suspended the national fishing federation on Monday.',
      'Deputy Fisheries Minister Ana Soto said the federation had broken the law.',
      "Peru's Foreign Minister Luis Vega said the suspension was unjust.",
    ]);
    expect(sentence(titled, 'Deputy Fisheries Minister')).toMatchObject({ speaker: 'central', central: true });
    expect(sentence(titled, "Peru's Foreign Minister")).toMatchObject({ central: false });
    // ... a self-governing territory as much as a country
    const bermuda = article(['Bermuda approves casino bill', '', "Bermuda's Senate approved the casino bill on Wednesday.", 'Tourism Minister Shaun Cole said the bill would revive tourism.']);
    expect(bermuda.central.roles).toContain('government');
    expect(sentence(bermuda, 'Tourism Minister')).toMatchObject({ central: true });
    // ... a country of the Caribbean or of Africa as much as of Europe
    const guyana = article(['Guyana postpones terrorism bill', '', 'The Government of Guyana used its majority to pass two bills.', 'Government members dismissed the accusations.']);
    expect(guyana.central.roles).toContain('government');
    expect(sentence(guyana, 'Government members')).toMatchObject({ central: true });
    // ... and "govt", as headlines shorten the government
    const govt = article(["Traders reject govt's decision of early closure", '', 'Traders in Kelmor said they would keep their shops open until 10pm.', 'Kelmor traders said the closure would ruin them.']);
    expect(govt.central.roles).toContain('government');
  });

  it('lets a place that acts speak through the council the text names after it, but not a body that only shares its name', () => {
    const town = article([
      'Harbor to end water fluoridation',
      '',
      'The Harbor City Council has voted to stop putting fluoride in its water supply.',
      'Deputy mayor Gordon Chesterman said the council had listened to the evidence.',
    ]);
    expect(sentence(town, 'Deputy mayor')).toMatchObject({ speaker: 'central', central: true });
    const club = article([
      'Harwick Town to leave Ferrers Lane',
      '',
      'Harwick Town will leave Ferrers Lane for a new stadium, the club announced on Thursday.',
      'Harwick Borough Council, which owns the site, welcomed the announcement.',
      'Council leader Nadia Hussain said the stadium would bring jobs.',
    ]);
    expect(sentence(club, 'Council leader')).toMatchObject({ central: false });
  });

  it('reads a name before a headline verb the tagger took for a noun as the actor, not the institution word after it ("Trump signs executive order")', () => {
    const a = article([
      'Cole signs executive order on immigration',
      '',
      'President Ann Cole signed an executive order on immigration on Friday.',
      "Cole's spokesman, Tom Reyes, said the order was lawful.",
    ]);
    expect(a.central.names).toContain('cole');
    expect(a.central.roles).not.toContain('executive');
    expect(sentence(a, "Cole's spokesman")).toMatchObject({ speaker: 'central', central: true });
  });

  it('takes no crowd\'s size and no headline noun of dispute for a name ("Thousands of union members protested", "Row over ...")', () => {
    const a = article(['Unions protest new labor law', '', 'Thousands of union members protested on Saturday against a new labor law.']);
    expect(a.central.names).not.toContain('thousands');
    const b = article(['Row over school closures', '', 'Parents and teachers have criticised plans by Harbor council to close three schools.']);
    expect(b.central.names).not.toContain('row');
  });

  it('lets the seat of a leader named by the title ("Prime Minister Ann Cole defends ...") speak for them: "Number 10", "a Downing Street spokesman"', () => {
    const a = article([
      'Prime Minister Ann Cole defends rail policy',
      '',
      'Prime Minister Ann Cole has defended her rail policy in a speech in Leeds.',
      'A Downing Street spokesman said the policy was working.',
      'Number 10 said fares would be frozen.',
    ]);
    expect(sentence(a, 'A Downing Street spokesman')).toMatchObject({ speaker: 'central', central: true });
    expect(sentence(a, 'Number 10 said')).toMatchObject({ speaker: 'central', central: true });
  });

  it('keeps a union\'s general secretary off a government actor ("NUT general secretary Steve Sinnott")', () => {
    const a = article([
      'Prime Minister Ann Cole unveils school reforms',
      '',
      'Prime Minister Ann Cole has unveiled plans to give schools more independence.',
      'Education Secretary Ruth Kelly said the reforms would raise standards.',
      'NUT general secretary Steve Sinnott said the reforms were a gimmick.',
    ]);
    expect(sentence(a, 'Education Secretary')).toMatchObject({ central: true });
    expect(sentence(a, 'NUT general secretary')).toMatchObject({ speaker: 'sinnott', central: false });
  });

  it('reads a title that names an institution as making all its officers the actor', () => {
    const a = article([
      'Council approves new cycle lanes',
      '',
      'The council voted on Tuesday to build 12 kilometres of cycle lanes.',
      'Council leader Ruth Evans said the lanes were a great step forward.',
    ]);
    expect(a.central.roles).toContain('council');
    expect(sentence(a, 'Council leader')).toMatchObject({ speaker: 'central', central: true });
  });

  it('takes a source named before a colon as the actor only when it is a role or institution', () => {
    const source = article(['Regulators: Bank Broke Lending Rules', '', 'Regulators said the bank had broken the rules and caused harm to borrowers.']);
    expect(source.central.roles).toContain('regulators');
    expect(source.sentences[0]).toMatchObject({ speaker: 'central', central: true });
    // a topic prefix: the actor is the one the rest of the title names
    const topic = article(['Budget: Hale Says Taxes Will Fall', '', 'Hale said the budget was a great success for families.']);
    expect([...topic.central.names]).toEqual(['hale']);
    expect(topic.sentences[0]).toMatchObject({ speaker: 'central', central: true });
  });

  it('takes a country opening the title before a colon for where the story is filed when the rest names who acts', () => {
    const a = article(['Senegal: Teachers suspend lectures at public universities', '', "Dakar, Senegal - Senegal's union of university teachers on Friday called on its members to boycott lectures.", 'The union said the decision followed the death of a student.']);
    expect(a.central.names).not.toContain('senegal');
    // ... but where the rest of the title names no one acting, the country is what it is about
    const about = article(['Norway: Criticism of new licences for oil and gas', '', 'Norway granted 62 new licences for oil and gas on Tuesday.', 'Energy Minister Ann Cole said the licences were important for jobs.']);
    expect(about.central.names).toContain('norway');
  });

  it('names the actor a lede introduces by role in the next sentence', () => {
    const a = article([
      'Mayor rejects calls to quit over budget',
      '',
      "The city's mayor, under pressure over a budget shortfall, says she will stay in office.",
      'Dana Kirsch claims the shortfall was caused by an accounting error.',
      'Opposition councillors said the shortfall was a disgrace and a scandal.',
    ]);
    expect(a.central.names).toContain('kirsch');
    expect(sentence(a, 'Dana Kirsch')).toMatchObject({ speaker: 'central', central: true });
    expect(sentence(a, 'Opposition councillors').central).toBe(false);
    expect(a.speakers.get(sentence(a, 'Opposition councillors').speaker!)!.described).toBe('critic');
  });

  it("reads the noun after a light verb ('launches attack on') and the verb after 'begin to' as the headline's verb, and the one a lede says is accused as the actor", () => {
    const light = article(['Reyes launches attack on Vale', '', 'Former minister Ana Reyes has criticised the way Tom Vale runs the council.', 'The council said it would reply next week.', 'Reyes said the council had lost its way.']);
    expect(light.central.names).toContain('vale');
    expect(light.central.names).not.toContain('reyes');
    expect(light.central.sides.get('reyes')).toBe('critic');
    const buck = article(['Farmers begin to buck Vale on water plan', '', 'Farmers have begun to question the water plan set by minister Tom Vale.', 'The government has said the plan is sound.', 'Vale said the plan would work.']);
    expect(buck.central.names).toContain('vale');
    expect(buck.central.sides.get('farmers')).toBe('critic');
    const accused = article(['Unions attack school funding plan', '', 'Ann Cole has been accused of hiding cuts in the school funding plan.', 'The government said the plan would add money for schools.', 'Union leader Dan Moss said the plan was a disgrace.', 'Ms Cole said the plan was fair.']);
    expect(accused.central.names).toContain('cole');
    expect(accused.sentences.at(-1)).toMatchObject({ central: true });
  });

  it("reads a headline's appeal or campaign against a decision as disputing it: the decision is central, its maker the actor, the disputer a critic", () => {
    const appeal = article(['Iwi appeals water bottling consent', '', 'The iwi is appealing the consent granted to Brixo Water.', 'Brixo Water says the plant will create 60 jobs.', 'Brixo Water said it remained open to talks.']);
    expect(appeal.central.titleVerb).toBe('attack');
    expect(appeal.central.sides.get('iwi')).toBe('critic');
    expect(appeal.central.names).toContain('brixo');
    // ... as is shunning someone ("Legislators shun President Sirleaf")
    const shun = article(['Lawmakers shun Governor Ann Cole, reject her bills', '', 'Lawmakers refused to pass the bills.', 'Governor Cole said she was disappointed.']);
    expect(shun.central.titleVerb).toBe('attack');
    expect(shun.central.names).toContain('cole');
    const march = article(['Students stage march against fee hike', '', 'Students marched on campus on Thursday.', 'Brixo College raised its fees by 40 per cent in May.', 'Brixo College said the rise was needed.']);
    expect(march.central.titleVerb).toBe('attack');
    expect(march.central.sides.get('students')).toBe('critic');
    // ... also past where it is held ("Traders observe strike across Pakistan against taxes")
    const strike = article(['Traders observe strike across Pakistan against taxes', '', 'Traders closed their shops on Tuesday.', 'Revenue chief Ann Cole said the taxes would stay.']);
    expect(strike.central.titleVerb).toBe('attack');
    expect(strike.central.sides.get('traders')).toBe('critic');
    // ... and a protest a verb stages or keeps up, the time between them no part of the subject
    const staged = article(['Vendors stage another protest over Brixo Council decision', '', 'Vendors gathered outside City Hall on Monday.', 'Brixo Council said the market would close.']);
    expect(staged.central.titleVerb).toBe('attack');
    expect(staged.central.names).toContain('brixo');
    expect(staged.central.sides.get('vendors')).toBe('critic');
    // ... and a protest "over" what it is about
    const over = article(["Durban's informal traders march over by-law changes", '', 'Hundreds of informal traders marched to the City Hall on Friday.', 'Brixo Council said the changes were needed.']);
    expect(over.central.titleVerb).toBe('attack');
    expect(over.central.sides.get('traders')).toBe('critic');
    // ... and what a verb does "in protest of" something
    const walkout = article(['Brixo workers walk out in protest of plant closure', '', 'Workers left the plant on Monday.', 'Brixo Motors said the plant would close in June.']);
    expect(walkout.central.titleVerb).toBe('attack');
    expect(walkout.central.sides.get('workers')).toBe('critic');
    // ... and a demand that something be done or undone, though not an intent or a noun's "demand for"
    const demand = article(['Teachers want schools closed', '', 'Teachers are refusing to accept the decision to keep schools open.', 'Education Minister Ann Cole insisted there was no need to close schools.', 'The Brixo Teachers Union said it opposed the decision.']);
    expect(demand.central.titleVerb).toBe('attack');
    expect(demand.central.sides.get('teachers')).toBe('critic');
    expect(sentence(demand, 'Education Minister').central).toBe(true);
    const intent = article(['Brixo wants to build a stadium', '', 'Brixo Council plans a stadium by the river.', 'Residents said the stadium would be too loud.']);
    expect(intent.central.titleVerb).not.toBe('attack');
    const noun = article(["Reyes demand for Vale talks", '', 'Striker Tom Reyes wants talks with manager Dan Vale about his future.', 'Reyes said he was happy at the club.']);
    expect(noun.central.titleVerb).not.toBe('attack');
    // ... nor protests a preposition holds and aims at nothing, where a protest "of" its target still attacks it
    const after = article(['Brixo beefs up security outside stations after fare rise protests', '', 'Brixo deployed police outside metro stations on Sunday.', 'Commuters said the fares were too high.']);
    expect(after.central.titleVerb).not.toBe('attack');
    expect(after.central.sides.size).toBe(0);
    const aimed = article(['Farmers ride tractors in protest of rain tax', '', 'Farmers rode tractors to the county office on Monday.', 'Brixo County said the tax was needed.']);
    expect(aimed.central.titleVerb).toBe('attack');
    const night = article(['Residents spend night protesting power cuts', '', 'Residents blocked roads on Thursday.', 'Brixo Power said the cuts would end soon.']);
    expect([...night.central.sides]).toEqual([['residents', 'critic']]);
    // ... and one that is only threatened, or a campaign "to save" what another would close
    const set = article(['Residents set to protest library closures', '', 'Residents will march on Monday.', 'The Brixo Library Board voted to close three branches.']);
    expect(set.central.titleVerb).toBe('attack');
    expect(set.central.sides.get('residents')).toBe('critic');
    const save = article(['Kelby rallies to save pool', '', 'About 700 people rallied in Kelby last night.', 'Brixo Council wants to close the pool to cut its debts.']);
    expect(save.central.titleVerb).toBe('attack');
    expect(save.central.sides.get('kelby')).toBe('critic');
    // the people of a body are its side, not the body ("Workers at Brixo Rail reject ...")
    const workers = article([
      'Workers at Brixo Rail reject a second contract proposal',
      '',
      'Three thousand workers at Brixo Rail have rejected a second contract, prompting the company to suggest arbitration.',
      'Brixo issued a statement saying it was notified by the union.',
      'Ann Cole, Brixo’s president, expressed disappointment at the workers’ decision.',
      'Ms Cole said a dispute would hurt customers.',
    ]);
    expect(workers.central.sides.get('workers')).toBe('critic');
    expect(workers.central.names).toContain('brixo');
    expect(workers.sentences.slice(2).map((s) => s.central)).toEqual([true, true]);
    // ... and so does a headline's promise to fight it; the group's name is on its side, and the
    // council's general manager speaks for the council
    const vow = article([
      'Action group vows to fight shopping centre approval',
      '',
      'The Hillford Action Group has declared war on the council.',
      'The council approved the Brixo Centre on Tuesday.',
      'Hillford Regional Council general manager Tom Reyes says he is not concerned.',
    ]);
    expect(vow.central.titleVerb).toBe('attack');
    expect(vow.central.sides.get('group')).toBe('critic');
    expect(vow.central.sides.get('action')).toBe('critic');
    expect(vow.sentences.at(-1)!.central).toBe(true);
    // the place the people of a headline live in is no actor; the people of an institution leave it the actor
    const place = article(['Hill Garden neighbours oppose proposed quarry', '', 'Brixo Stone wants to dig a quarry near Hill Garden.', 'Neighbours in Hill Garden said the dust would harm children.', 'Brixo Stone said the quarry was safe.']);
    expect(place.central.names).not.toContain('hill');
    expect(place.central.names).toContain('brixo');
    // a mood after what caused it takes a side as one over it does
    const upset = article(['Parents upset after cuts to school buses', '', 'The school board cut the late buses in May.', 'Parent Ann Lee said children would be stranded.']);
    expect(upset.central.titleVerb).toBe('attack');
    expect(upset.central.sides.get('parents')).toBe('critic');
    // a title's subject that draws criticism from someone answers for it, and they are its critics
    const drawn = article(['Brixo College draws criticism from Staff Union over cuts', '', 'Brixo College will cut 50 jobs.', 'Union boss Ann Lee said the cuts were wrong.', 'Brixo College said the cuts were needed.']);
    expect(drawn.central.titleVerb).toBe('accused');
    expect(drawn.central.names).toContain('brixo');
    expect(drawn.central.sides.get('union')).toBe('critic');
    // ... and one that raises the alarm over it attacks it
    const alarm = article(['Union raises alarm over job cuts', '', 'Brixo Water plans to cut 80 jobs.', 'Union head Ann Lee said the cuts were rushed.']);
    expect(alarm.central.titleVerb).toBe('attack');
    expect(alarm.central.sides.get('union')).toBe('critic');
    // one urged or pressed to act answers for it, and those who urge it are its critics, not its actor
    const urged = article(['Brixo Water urged to cut bills as profits soar', '', 'Lawmakers have urged Brixo Water to cut bills.', 'Lawmaker Ann Lee said the firm was greedy.', 'Brixo Water said bills were fair.']);
    expect(urged.central.titleVerb).toBe('accused');
    expect(urged.central.names).toContain('brixo');
    expect(urged.sentences.at(-1)!.central).toBe(true);
    // a noun phrase with no object: no dispute read
    expect(article(['Players appeal likely', '', 'The players are expected to appeal their bans.']).central.titleVerb).toBe('none');
  });

  it("takes who does in the opening sentences what a passive title reports ('plans given the go-ahead') as the actor, not the critic named most", () => {
    const a = article([
      'Quarry expansion plans given the go-ahead',
      '',
      'The expansion of a quarry near Hillford has been approved.',
      'Planning minister Tom Vale has given the go-ahead to Brixo Stone plans to dig for ten more years.',
      'But Ann Cole, of the Hillford Action Group, says she is angry.',
      'Ms Cole says the dust will harm children.',
      'Ms Cole says the group will fight on.',
    ]);
    expect(a.central.names).toContain('vale');
    expect(a.central.names).not.toContain('cole');
    // ... or who the lede's own passive says did it, when it speaks of the same thing
    const motion = article([
      'Motion on harbour referendum defeated',
      '',
      "A private member's motion calling for a referendum on the harbour project was voted down by government members on Friday.",
      'Opposition leader Ann Cole brought the motion.',
      'Ms Cole said a referendum was the best way to settle the matter.',
      'Tourism Minister Tom Vale said the harbour needed new piers.',
    ]);
    expect(motion.central.roles).toContain('government');
    expect(motion.central.names).not.toContain('cole');
    expect(motion.sentences.at(-1)!.central).toBe(true);
  });

  it("takes no institution a passive title acts on as the actor, and hears the one who acted by an office in capitals and by surname after", () => {
    const a = article([
      "'Ineffective' Hillford Shire Council sacked",
      '',
      'The Hillford Shire Council, based in far north Queensland, has been sacked.',
      "Queensland's Local Government Minister, Andrew Fraser, says he has been forced to dismiss the council.",
      'Mr Fraser said the council had failed its people.',
      'Deputy Mayor George Pervan says he is disgusted.',
      'Mr Pervan says the council has done nothing wrong.',
      'Queensland has sacked two councils this year.',
    ]);
    expect(a.central.roles.has('council')).toBe(false);
    expect(a.central.names).toContain('queensland');
    expect(a.sentences.slice(1, 5).map((s) => s.central)).toEqual([true, true, false, false]);
  });

  it('takes the institution a passive title leaves unnamed from the lede\'s subject ("Prisoners to be freed early" over "The government is to ...")', () => {
    const a = article([
      'Prisoners to be freed early',
      '',
      'The government is to free thousands of prisoners early to ease overcrowding.',
      'Justice Secretary Imogen Hart told MPs that inmates would be released 18 days early.',
      'She said the scheme was temporary.',
    ]);
    expect(a.sentences.slice(1).map((s) => s.central)).toEqual([true, true]);
  });

  it("hears a team's coach as the team, and a party by any of its names ('Lib Dems', 'Liberal Democrat leader')", () => {
    const team = article(['Wales make two changes for France', '', 'Wales coach Dan Price has made two changes to the team.', 'Price said the changes were about fitness.']);
    expect(team.central.names).toContain('price');
    expect(team.sentences[1]).toMatchObject({ central: true });
    const party = article(['Lib Dems target the student vote', '', 'Students can decide the fate of MPs in some seats, Liberal Democrat leader Ann Cole has claimed.', 'The Lib Dems will campaign at 40 universities.', 'Ms Cole said fees put students off university.']);
    expect(party.central.names).toContain('cole');
    expect(party.sentences.at(-1)).toMatchObject({ central: true });
  });
});

describe('a title whose verb the tagger misses', () => {
  it('still makes an institution opening it the central actor, not the place before it', () => {
    const a = article([
      'Riverton council orders dog ban on beaches\n',
      'The council ordered the ban on Monday after a vote.',
      'The council said the beaches would be cleaner and far safer for families.',
      'The Riverton Dog Walkers Club said the ban was unfair and cruel.',
    ]);
    expect(a.central.roles).toContain('council');
    expect(a.central.names).not.toContain('riverton');
    expect(sentence(a, 'The council said').central).toBe(true);
    expect(sentence(a, 'The Riverton Dog')).toMatchObject({ name: 'Riverton Dog Walkers Club', central: false });
  });

  it('reads a place that names an institution as the institution, and a place after "in" as no actor', () => {
    const a = article([
      'Parking fees rise in Dunmore',
      '',
      'Parking fees in Dunmore will rise by 20% from June.',
      'Dunmore Borough Council said the parking money was needed to repair roads.',
      'Dunmore Traders said the rise was unfair and would hurt small shops.',
      "Councillor Ian Bell, the council's member for roads, said the fees were fair.",
    ]);
    expect(a.central.names).not.toContain('dunmore');
    expect(a.central.roles).toContain('council');
    expect(a.sentences.slice(1).map((s) => s.central)).toEqual([true, false, true]);
  });

  // a headline whose subject answers for itself: it denies, or refuses what others demand
  it.each([
    ['denies', 'Okafor denies rift with Reyes', 'Housing minister Grace Okafor has denied that her deputy Tom Reyes resigned over a clash of views.', 'Reyes had felt undermined by the new rules, newspapers reported.', 'Reyes left the department on Friday.', 'Reyes is expected to return to the back benches.'],
    ['refuses a demand ("rejects calls to ...")', 'Okafor rejects calls to scrap housing levy', 'Housing minister Grace Okafor has rejected calls to scrap the housing levy.', 'Tom Reyes of the Builders Federation said the levy was a disaster.', 'Reyes said builders would leave the county.', 'Reyes wants the levy dropped.'],
    ['refuses a demand named by a compound ("rejects levy rethink")', 'Okafor rejects housing levy rethink', 'Housing minister Grace Okafor has rejected calls to rethink the housing levy.', 'Tom Reyes of the Builders Federation said the levy was a disaster.', 'Reyes said builders would leave the county.', 'Reyes wants the levy dropped.'],
  ])('makes the subject of a headline that %s the actor, never a critic', (_, title, ...body) => {
    const a = article([title, '', ...body]);
    expect(a.central.names).toContain('okafor');
    expect(a.central.sides.has('okafor')).toBe(false);
  });

  it('makes what a headline praises or attacks central, and its subject a side', () => {
    const a = article([
      'Labour veteran praises Green campaign',
      '',
      'The Greens have run the smartest campaign of the election, a Labour veteran has said.',
      'Dan Moss said the campaign had reached voters others ignored.',
      'Moss said his own party should learn from it.',
    ]);
    expect(a.central.names).toContain('green');
    expect(a.central.names).not.toContain('moss');
  });

  it('knows the actor by the abbreviation written after its name ("Harwick Airways (HA)" ... "said a HA statement")', () => {
    const a = article(['Harwick Airways job cut plans', '', 'LONDON: Harwick Airways (HA) faces a strike after workers protested against its plans to cut 1,700 jobs.', '"The changes will take place in November," said a HA statement.']);
    expect(a.central.names).toContain('ha');
    expect(a.sentences[1]!.central).toBe(true);
  });

  it('knows an actor named by its initials ("the HNA") in its name written out without brackets ("the Harwick Nurses Association")', () => {
    const a = article(['HNA calls strike over pay', '', 'The HNA has called a strike for June after rejecting a pay offer.', 'The Harwick Nurses Association said the offer was not credible.']);
    expect(a.central.names).toContain('hna');
    expect(sentence(a, 'The Harwick Nurses Association')).toMatchObject({ speaker: 'central', central: true });
  });

  it("takes the name whose possessive owns a headline's subject as its maker (\"Ann Cole's parking ban clears ...\"), however often a side it names is counted", () => {
    const a = article([
      "Ann Cole's parking ban clears first council vote despite lack of Green support",
      '',
      'Under the plan, cars would be barred from the old town from June.',
      'Green councillors said the ban would hurt traders.',
      'The Greens said the Greens would vote against it again.',
      '"The Greens will keep fighting," a Green spokesman said.',
      'Ms Cole said the ban would make the town safer.',
    ]);
    expect(a.central.names).toContain('cole');
    expect(a.central.names).not.toContain('green');
    // a single name before the possessive is most often a place, which acts through its body
    const place = article(["Brixford's parking ban clears first vote", '', 'The council voted on Tuesday to bar cars from the old town.', 'The council said the ban would make the streets safer.', 'Traders said the ban would hurt them.']);
    expect(place.central.roles).toContain('council');
    expect(place.central.names).not.toContain('brixford');
  });

  it('hears "the Japanese company" as the actor, as "the company" is: the demonym says where it is from', () => {
    const a = article(['Harwick tells Senate recall not needed', '', 'Harwick Corp has told the Senate a nationwide recall of its airbags is not needed.', 'The Japanese company also feels strongly that the recalls should focus on humid areas.']);
    expect(a.sentences[1]).toMatchObject({ speaker: 'central', central: true });
  });

  it('reads the -s verb of a headline the tagger takes for a plural noun ("Nigerian state bans EndSARS protests", "Hellas Gold hints at leaving ..."), but not a plural noun before "to" ("Brixo pilots to strike")', () => {
    const ban = article(['Kenya bans the import of maize', '', 'Kenya has banned maize imports.', 'Trader Ann Lee said the ban was rushed.']);
    expect(ban.central.titleVerb).toBe('verb');
    expect(ban.central.names).toContain('kenya');
    const hint = article(['Brixo Gold hints at leaving Hillford mine', '', 'Brixo Gold said it might leave the Hillford mine after protests.', 'Residents said the mine had polluted rivers.']);
    expect(hint.central.titleVerb).toBe('verb');
    expect(hint.central.names).toContain('brixo');
    // ... and in a headline written In Title Case, where the tagger calls it a name
    const titled = article(['Brixo Council Bans Street Parties', '', 'Brixo Council has banned street parties.', 'Resident Ann Lee said the ban was unfair.']);
    expect(titled.central.titleVerb).toBe('verb');
    expect(titled.central.roles).toContain('council');
    const strike = article(['Brixo Air pilots to strike over Easter', '', 'Pilots at Brixo Air will strike over Easter.']);
    expect(strike.central.titleVerb).not.toBe('verb');
  });

  it('reads a headline that "calls" a thing bad as an attack on it ("Justice Department calls Harwick deal illegal"), but not one that "calls for" something', () => {
    const a = article(['Justice Department calls Harwick deal for Brixo illegal', '', 'The Justice Department sued to block Harwick\'s takeover of Brixo.', 'Harwick said the deal was good for shoppers.']);
    expect(a.central.names).toContain('harwick');
    expect(a.central.sides.get('justice')).toBe('critic');
    const plea = article(['Union calls for talks on Harwick deal', '', 'The union wants talks on Harwick\'s takeover of Brixo.']);
    expect(plea.central.sides.size).toBe(0);
    // ... and so does one that "describes" it so; the speaker's title is no given name of his
    const described = article(["Roget describes PM's posture during talks as arrogant", '', 'Union leader Ancel Roget met the Prime Minister on Monday.', 'Mr. Roget said the refinery was up for grabs.']);
    expect(described.central.titleVerb).toBe('attack');
    expect(described.central.sides.get('roget')).toBe('critic');
    expect(described.central.sides.has('mr.')).toBe(false);
    // ... the verdict being what follows "as", however long the object and whatever adjective it holds
    const long = article(["Union describes the council's bold new parking plan for the town centre as a desperate grab", '', 'The council will charge for parking from May.', 'Union leader Ann Lee said the plan would hurt shops.']);
    expect(long.central.titleVerb).toBe('attack');
    expect(long.central.sides.get('union')).toBe('critic');
  });

  it('reads a headline subject that "lashes out at" another as a side, and the one it lashes out at as the actor', () => {
    const a = article([
      'Union lashes out at Harwick Airways over job cuts',
      '',
      'The union that represents Harwick Airways staff is accusing the airline of picking a fight.',
      'Harwick Airways says it will cut another 300 jobs.',
    ]);
    expect(a.central.names).toContain('harwick');
    expect(a.central.sides.get('union')).toBe('critic');
  });

  it('makes a court that backs a decision in a headline a side, and the decision\'s maker the actor', () => {
    const a = article([
      'High Court backs Northmoor trust on ward closure',
      '',
      'Campaigners who took the Northmoor health trust to court have lost their case against the closure of a children\'s ward.',
      'Mr Justice Hale said the consultation had been fair.',
      'The trust said the ward would close next month.',
    ]);
    expect(a.central.roles).not.toContain('court');
    expect(a.sentences.at(-1)!.central).toBe(true);
    expect(a.central.sides.get('court')).toBe('supporter');
  });


  it('takes no actor rather than a voice named only after the opening sentences, most often a side', () => {
    const a = article([
      'Pool fees to rise in May',
      '',
      'Entry to the town pools will cost 10% more from May.',
      'A season ticket will go up to 90 pounds.',
      'Union leader Joe Marr said the rise was unfair to families.',
      'Marr said members would protest outside the baths.',
      'Marr added that nobody had asked swimmers.',
    ]);
    expect([...a.central.names]).toEqual([]);
    expect(sentence(a, 'Marr said members')).toMatchObject({ central: false });
    // ... while one named in the second sentence is still the actor
    const second = article(['Pool fees to rise in May', '', 'Entry to the town pools will cost 10% more from May.', 'Councillor Joe Marr said the rise would pay for repairs.', 'Marr said the pools lose money.']);
    expect(second.central.names).toContain('marr');
  });

  it("reads an untitled story's lede as its headline where it attacks something: the attacker a side, the body whose doing it attacks the actor", () => {
    const council = article([
      "The Kestria City Council has criticised the state government's move to sidestep planning rules for the new stadium.",
      '',
      'Council members said the move ignored residents.',
      'A government spokesman said the stadium would bring jobs.',
    ]);
    expect(council.central.roles).toContain('government');
    expect(council.central.roles).not.toContain('council');
    expect(sentence(council, 'A government spokesman')).toMatchObject({ central: true });
    expect(sentence(council, 'Council members')).toMatchObject({ central: false });
    // an office that warns another body is no more the actor than a council that criticises one
    const leader = article([
      'The Kestria Leader of the Opposition has warned the government not to abuse its emergency powers.',
      '',
      'Opposition leader Tom Vale said the powers were too wide.',
      'The government said the powers were needed.',
    ]);
    expect(leader.central.roles).toContain('government');
    expect(sentence(leader, 'Opposition leader Tom Vale')).toMatchObject({ central: false });
    // ... and so is a body the lede gives its initials in brackets, heard by them after
    const initials = article([
      'The Harwick Centre for Tenants and Justice (HCTJ) has condemned remarks made by councillor Joe Marr about tenants.',
      '',
      'HCTJ said the remarks were offensive.',
    ]);
    expect(initials.central.sides.get('hctj')).toBe('critic');
    expect(sentence(initials, 'HCTJ said')).toMatchObject({ central: false });
    // ... while a lede that only reports keeps its subject as the actor
    const reports = article(['The Kestria City Council has approved a new stadium on the harbour.', '', 'Council leader Ann Cole said the stadium would bring jobs.']);
    expect(reports.central.sides.size).toBe(0);
    expect(sentence(reports, 'Council leader Ann Cole')).toMatchObject({ central: true });
  });

  it('reads a date stamp opening a lede as when the story was filed, not as who acts in it', () => {
    // ("date 2023-09-13" is how a page's metadata is often left before its text)
    const stamped = article([
      ' date 2023-09-13 Mayor Ann Cole on Wednesday criticised the Wendham City Council over its budget.',
      '',
      'Council president Tom Reyes said the budget was fair.',
    ]);
    expect(stamped.central.sides.get('cole')).toBe('critic');
    expect(stamped.central.sides.has('date')).toBe(false);
  });

  it('reads a lede\'s "said" inside what it reports as no attribution of the lede ("..., blaming them for a climate that she said was toxic")', () => {
    const unloaded = article([
      'Mayor Ann Cole on Wednesday unloaded on the Wendham City Council, singling out its two leaders and blaming them for a climate that she said was toxic.',
      '',
      '"It has been biased," Cole said.',
    ]);
    expect(unloaded.central.sides.get('cole')).toBe('critic');
    expect(sentence(unloaded, '"It has been biased')).toMatchObject({ central: false });
    // ... while a closing attribution still gives the lede its source
    const attributed = article(['Teachers will strike on Monday after the ministry failed to make an offer, the union has said.', '', 'The union said the offer was too late.']);
    expect(attributed.central.sides.size).toBe(0);
  });

  it("hears a named member of a chamber that is the actor as their own voice, and the chamber and whoever presides over it as the actor's", () => {
    const a = article([
      'Senate passes gun safety bill',
      '',
      'The Senate passed a gun safety bill on Thursday by 65 votes to 33.',
      'Senate Majority Leader Ann Cole of Vermont said the bill would save lives.',
      'Senator Tom Reyes said the bill went too far.',
      'Senate President Joy Ola said the vote was final.',
    ]);
    expect(sentence(a, 'Senate Majority Leader')).toMatchObject({ speaker: 'cole', central: false });
    expect(sentence(a, 'Senator Tom Reyes')).toMatchObject({ speaker: 'reyes', central: false });
    expect(sentence(a, 'Senate President')).toMatchObject({ central: true });
    // ... while the leader of an actor that decides alone speaks for it
    const government = article(['Government passes budget', '', 'The government passed its budget on Thursday.', 'Government Leader Ann Cole said the budget would save jobs.']);
    expect(sentence(government, 'Government Leader')).toMatchObject({ central: true });
  });

  it("reads a denied backing in a lede or a title as opposition, and no name particle as a side's name", () => {
    const lede = article([
      "Tarsk: The Majlis Al Noor will not support the government's plan to cut bread subsidies.",
      '',
      'Karim Al Hadi, a Noor member, said families would suffer.',
      'Sara Al Rawi, a baker, said the cut would close shops.',
    ]);
    expect(lede.central.roles).toContain('government');
    expect(lede.central.sides.get('noor')).toBe('critic');
    // "Al" stands in every name of the story: it says nothing of the baker's side
    expect(lede.central.sides.has('al')).toBe(false);
    expect(lede.speakers.get('rawi')!.described).toBeNull();
    const title = article(['Tarsk unions will not back pension reform', '', 'The unions said the reform cut pensions.', 'The government said the reform was fair.']);
    expect(title.central.sides.get('unions')).toBe('critic');
  });

  it('reads a long dateline with its paper and date ("HONIARA, Solomon Islands (Solomon Star, July 31, 2012) –") before the lede\'s subject', () => {
    const a = article([
      'Solomons Minister Denies Being Pressured Over Logging Licences',
      '',
      'HONIARA, Solomon Islands (Solomon Star, July 31, 2012) – Forest Minister Dan Mua says his decision to renew the licence was his own.',
      'Mr Mua said nobody had asked him to renew it.',
    ]);
    expect(a.central.names).toContain('mua');
    expect(sentence(a, 'Mr Mua')).toMatchObject({ central: true });
  });

  it("reads a dateline as where the story was filed, not who acts, and a title before a name as no name", () => {
    const a = article([
      'Parents angry over school closures',
      '',
      'SPRINGFIELD, Ill. — Three schools will close in June under a plan that has angered parents.',
      'The plan was drawn up by Mayor Dana Kirsch, who said the schools were half empty.',
      'Kirsch said the buildings would be sold.',
    ]);
    expect(a.central.names).not.toContain('springfield');
    expect(a.central.names).not.toContain('mayor');
    expect(sentence(a, 'Kirsch said the buildings')).toMatchObject({ central: true });
  });

  it('reads a cue word after a determiner in a title as a noun ("has no regrets"), so its subject takes no side', () => {
    const a = article([
      'Kirsch has no regrets over closures',
      '',
      'Mayor Dana Kirsch said on Monday she had no regrets about closing three schools.',
      'Kirsch said the schools were half empty.',
    ]);
    expect(a.central.names).toContain('kirsch');
    expect(a.central.sides.has('kirsch')).toBe(false);
    expect(sentence(a, 'Kirsch said the schools')).toMatchObject({ central: true });
  });

  it('makes an institution that attacks what a named party plans a side, and the party the actor; one naming no one acts itself', () => {
    const named = article([
      'Police Slam Tory Commissioner Plans',
      '',
      "One of the UK's top policemen has warned Tory plans to introduce elected commissioners could prompt resignations.",
      'The former chief constable said the Tory plans could lead to resignations.',
      'Conservatives said the system would increase accountability.',
    ]);
    expect(named.central.names).toContain('tory');
    expect(named.central.roles).not.toContain('police');
    expect(named.central.sides.get('police')).toBe('critic');
    expect(sentence(named, 'Conservatives said')).toMatchObject({ central: true });
    expect(sentence(named, 'The former chief constable')).toMatchObject({ central: false });
    const acting = article(['Council backs new stadium', '', 'The council voted on Monday to back a new stadium.', 'The council said the stadium would bring jobs.']);
    expect(acting.central.roles).toContain('council');
    // ... but people who act for themselves are the actor when attacked, and the minister a side
    const players = article(['Minister slams players', '', 'Sports minister Ann Cole says the national team must decide whether it wants to play for money.', 'The players threatened to go on strike.', 'Ms Cole said the threat was childish.']);
    expect(players.central.roles).toContain('players');
    expect(players.central.roles).not.toContain('minister');
    expect(players.central.sides.get('minister')).toBe('critic');
    expect(sentence(players, 'Ms Cole said')).toMatchObject({ central: false });
  });
  it('does not take a common word the title capitalises as a name ("Bus" in "Bus fares ...")', () => {
    const a = article([
      'Bus fares go up in Tarn as the city council cuts subsidy',
      '',
      'Bus fares in Tarn rose by 10% on Monday.',
      'The bus company said the rise was forced on it.',
      'The council said the subsidy had to end.',
    ]);
    expect(a.central.names).not.toContain('bus');
    expect(a.central.roles).toContain('council');
    expect(sentence(a, 'The council said')).toMatchObject({ speaker: 'central', central: true });
  });

  it("reads a place before the title's head noun as no actor, and finds the trust that acts", () => {
    const a = article([
      'Kelby maternity unit to close with births moved to Amford',
      '',
      'Births at Kelby will move to Amford from June, the Kelby and Amford NHS Trust has decided.',
      'The trust said the unit could not be staffed safely.',
      'The trust will spend £2m on a new ward at Amford.',
      "Jane Okoro, the trust's chief executive, said the decision was painful but right.",
      'Kelby residents said the move was a disgrace.',
    ]);
    expect(a.central.names).not.toContain('kelby');
    expect(a.central.roles).toContain('trust');
    expect(sentence(a, 'The trust said').central).toBe(true);
    expect(sentence(a, 'Jane Okoro').central).toBe(true);
    expect(sentence(a, 'Kelby residents').central).toBe(false);
  });

  it('reads a past form in a headline as a passive: the firm that was fined is not the actor', () => {
    const a = article([
      'Dunmere Water fined £3m over river spills',
      '',
      'The Water Standards Agency fined Dunmere Water £3m on Monday.',
      'Dunmere Water said the fine was unfair and far too harsh.',
      'Dunmere Water said it had spent £50m on its pipes.',
      'The agency said the firm had ignored repeated warnings.',
    ]);
    expect(a.central.titleVerb).toBe('passive');
    expect(a.central.names).not.toContain('dunmere');
    expect(a.central.names).not.toContain('water');
    expect(sentence(a, 'Dunmere Water said the fine')).toMatchObject({ speaker: 'water', central: false });
    expect(sentence(a, 'The agency said')).toMatchObject({ speaker: 'central', central: true });
  });

  it('takes councillors heading the title as the institution, and opposition councillors as its critics', () => {
    const a = article([
      'Councillors approve new cycle lanes',
      '',
      'The council will build 12 kilometres of cycle lanes from June.',
      'Council leader Ruth Evans said the lanes were a great step forward.',
      'Opposition councillors said the lanes were a costly mistake.',
    ]);
    expect(a.central.roles).toContain('council');
    expect(sentence(a, 'Council leader').central).toBe(true);
    const opposition = sentence(a, 'Opposition councillors');
    expect(opposition.central).toBe(false);
    expect(opposition.features).toContain('holder-side:critic');
  });

  it('reads a capitalised word before an institution as part of a name, and a central bank as the actor', () => {
    const council = article([
      'Harlow Falls council votes to ban tents in parks',
      '',
      'The council voted 7-4 on Tuesday to ban tents in city parks.',
      'The Downtown Harlow Business Alliance said the ban was a welcome and sensible step.',
    ]);
    expect(council.central.roles).toContain('council');
    expect(council.central.names).not.toContain('harlow');
    expect(council.sentences[1]).toMatchObject({ name: 'Downtown Harlow Business Alliance', central: false });
    const bank = article([
      "Kestria's central bank raises rates to 9.5%",
      '',
      'The central bank raised its main rate to 9.5% on Thursday.',
      '"Inflation is the cruellest tax of all," said the bank\'s governor, Mira Holt.',
    ]);
    expect(bank.central.roles).toContain('bank');
    expect(bank.sentences[1]).toMatchObject({ speaker: 'central', central: true });
  });

  it("reads 'Gov. Ann Cole' as the governor, a body named after the actor's town as another body, and 'X, chief executive,' as the firm's", () => {
    const governor = article(['Tarn governor signs phone ban', '', 'Gov. Ann Cole signed the phone ban into law on Monday.', 'Cole said the ban was a great and overdue protection for children.']);
    expect(governor.central.names).toContain('cole');
    expect(governor.sentences[1]!.central).toBe(true);
    const town = article(['Port Amble should tax land, not buildings', '', 'Port Amble will vote on a land tax in June.', 'The Port Amble Homeowners Association said the tax was unfair and would hurt pensioners.']);
    expect(town.sentences[1]).toMatchObject({ name: 'Port Amble Homeowners Association', central: false });
    // ... its body word in lower case, or an office of it before a name, all the same
    const runway = ['A second runway at Kelby is a bet our children will pay for', '', 'Kelby Airport Group says the expansion will create 8,500 jobs.'];
    const lower = article([...runway, 'Ann Cole, who chairs the Stop Kelby Expansion campaign, has spent three years knocking on doors.', '"Nobody asked us," she said.']);
    expect(lower.sentences[2]).toMatchObject({ speaker: 'cole', central: false });
    const club = article(['Kelby rallies to save pool', '', 'About 700 people rallied in Kelby last night to keep the local pool open.', 'Kelby Swimming club President Tom Reyes says many were shocked the pool could go.']);
    expect(club.central.names).not.toContain('reyes');
    expect(club.sentences[1]).toMatchObject({ speaker: 'reyes', central: false });
    const firm = article(['Halvo to cut 600 jobs', '', 'Halvo will cut 600 jobs, the software firm said on Monday.', '"These are hard and painful choices," Mira Dahl, chief executive, wrote in a memo.']);
    expect(firm.central.names).toContain('halvo');
    expect(firm.sentences[1]).toMatchObject({ speaker: 'central', central: true });
  });

  it("reads 'Lord' as a title, not a name, and 'back on' as where someone is, not whom they back", () => {
    const lord = article(['Debate urged for party leaders', '', 'Broadcasters should hold a televised debate, the Merrow Society said.', 'Chairman Lord Penrith argued that leaders should not have a veto.', 'Lord Penrith said the public wanted a debate.', 'Lord Ashby, a former minister, said the idea was unwise.']);
    expect(lord.central.names).not.toContain('lord');
    expect(lord.sentences[3]!.central).toBe(false);
    const back = article(['Tom Vale back on the market', '', 'Singer Tom Vale has begun selling his guitars from a stall in Merton.', 'Vale said he needed the space.', 'Fan Ann Cole said she was happy to pay 300 pounds for one.']);
    expect(back.central.names).toContain('vale');
    expect(back.central.sides.size).toBe(0);
  });

  it("reads 'St.' and 'Secretary' as no name, whatever the tagger makes of the word after them", () => {
    const a = article([
      'Nurses union staging strikes at two city hospitals',
      '',
      'Sixty nurses at St. Rose and 40 at Hale Valley will strike next week, the union said.',
      'Ann Cole, a nurse at St. Rose Hospital, said staff were exhausted.',
      'Health Secretary Theresa May said she would not intervene.',
    ]);
    expect([...a.central.candidates.keys()]).not.toContain('st.');
    expect([...a.central.candidates.keys()]).not.toContain('secretary');
  });

  it("takes a title that names its subject only by office to be about the person the lede names, and no other party's holder of that office", () => {
    const a = article([
      'Green leader quits council post',
      '',
      'Ann Cole has resigned from her seat on Merton council.',
      'Labour deputy leader Tom Vale said the decision was long overdue.',
      'Cole said she wanted to spend more time on the party.',
    ]);
    expect(a.central.names).toContain('cole');
    expect(a.central.names).not.toContain('vale');
    expect(a.sentences[2]).toMatchObject({ speaker: 'central', central: true });
    expect(a.sentences[1]!.central).toBe(false);
  });

  it('takes a title that capitalises the office ("Governor replies critics") to be about the person the lede names after it, whom the office then names', () => {
    const a = article([
      'Governor replies critics over land seizure',
      '',
      'The Northern State Governor, Mallam Tunde Kolo, has replied critics of the land seizure.',
      'Speaking on Monday, the governor said the critics were enemies of progress.',
      'Kolo also accused the opposition of sponsoring protests.',
      'A farmer, Musa Dauda, said he had not been paid.',
    ]);
    expect(a.central.names).toContain('kolo');
    expect(a.central.names).not.toContain('governor');
    expect(a.sentences.slice(0, 3).map((s) => s.speaker)).toEqual(['central', 'central', 'central']);
    expect(a.sentences[3]!.central).toBe(false);
  });

  it('finds for certain an actor the title has answering for itself ("Zentel hits back ..."): its words take no side however hard it hits back', () => {
    const a = article([
      'Zentel hits back at regulator over fine',
      '',
      'Mobile operator Zentel has hit back at the Communications Authority after it was fined for poor network quality.',
      'The authority said Zentel had failed to meet quality standards in 12 counties.',
      'Zentel said the authority had used outdated data.',
    ]);
    expect(a.central.names).toContain('zentel');
    expect(a.sentences[2]).toMatchObject({ speaker: 'central', central: true });
    expect(a.speakers.get('central')!.certain).toBe(true);
    const counted = article(['Zentel profits up', '', 'Zentel said its profits rose.', 'Ann Cole, an analyst, said Zentel had done well.']);
    expect(counted.speakers.get('central')!.certain).toBe(false);
  });

  it("hears a minister named by a long portfolio ('Information and Broadcasting Minister') as the actor's, and a report about the actor as no voice of it", () => {
    const a = article([
      'Bangladesh dismisses US report on rights',
      '',
      'Bangladesh has rejected a US report on its human rights record.',
      'Bangladesh Information and Broadcasting Minister Hasan Mahmud called the report biased.',
      'The report about Bangladesh stated that its elections were unfair.',
    ]);
    expect(a.sentences[1]).toMatchObject({ speaker: 'central', central: true });
    expect(a.sentences[2]!.central).toBe(false);
  });

  it("keeps a speaker the title puts on a side off the actor's side, whatever office she holds", () => {
    const a = article([
      "Cole slams government's rail sell-off",
      '',
      "Union Minister Ann Cole has condemned the government's plan to sell the railways.",
      'Transport Minister Tom Hale said the sale would raise money for new lines.',
      'Union Minister Ann Cole said the sale was a betrayal of passengers.',
    ]);
    expect(a.central.sides.get('cole')).toBe('critic');
    expect(a.sentences[1]).toMatchObject({ speaker: 'central', central: true });
    expect(a.sentences[2]).toMatchObject({ speaker: 'cole', central: false });
  });

  it("puts a title's source on a side when what it says aims a mood at something ('Anger at plans ... widespread, say owners'), and counts no agent whose principal goes unnamed", () => {
    const a = article([
      "Anger at plans to close pool 'widespread', say parents",
      '',
      'Parents have gathered 300 signatures on a petition against closing the Brixo pool.',
      'Spokesperson Dean Zanoni said community feedback against the plan was widespread.',
      'Mr Zanoni said parents had written to the council.',
      'Brixo Council said the pool was beyond repair.',
    ]);
    expect(a.central.sides.get('parents')).toBe('critic');
    expect(a.central.names).not.toContain('zanoni');
    // ... and when the lede gives the sayers a mood aimed at something before their verb
    const upset = article([
      'Island landowners say consultations just window dressing',
      '',
      "Landowners upset over the government's water bill say public consultations on the legislation are no more than window dressing.",
      'The government said the claims were baseless.',
    ]);
    expect(upset.central.sides.get('landowners')).toBe('critic');
    expect(upset.central.roles).toContain('government');
  });

  it("reads a title's source given by office (', premier says') as the actor the lede names with it, and an office only the actor holds ('the sheriff') as the actor", () => {
    const premier = article([
      'Opposition parties are unfairly criticizing government, premier says',
      '',
      'Nova Scotia Premier Darrell Dexter is lashing out at the opposition parties over their criticism.',
      'Dexter says the criticism has unfairly questioned the reputations of two companies.',
    ]);
    expect(premier.central.names).toContain('dexter');
    expect(premier.sentences[1]).toMatchObject({ speaker: 'central', central: true });
    const sheriff = article(['Cole defends budget cuts', '', 'Sheriff Ann Cole has defended her budget cuts.', 'Councillor Tom Hale said the cuts would hurt libraries.', 'The sheriff said the county had no choice.']);
    expect(sheriff.sentences[2]).toMatchObject({ speaker: 'central', central: true });
    // ... but not an office another person in the article also holds
    const two = article(['Cole defends budget cuts', '', 'Sheriff Ann Cole has defended her budget cuts.', 'Sheriff Tom Hale of the next county said the cuts were wrong.', 'The sheriff said the county had no choice.']);
    expect(two.sentences[2]!.central).toBe(false);
  });

  it("hears 'leader of the Conservatives on the council' speak for the Conservatives, not for the council that is the actor", () => {
    const a = article([
      'Council accused of spin over funding petition',
      '',
      'Conservatives have accused the county council of spin after it launched a petition.',
      'Barry Lewis, leader of the Conservatives on the council, said the petition was a stunt.',
    ]);
    expect(a.central.roles).toContain('council');
    expect(a.sentences[1]).toMatchObject({ speaker: 'conservatives', central: false });
  });

  it('puts a member of a group the title sets on a side ("parent Jane Roe", "Ann Lee, a parent of two") on that side, never as the actor', () => {
    const a = article([
      'Parents angry over bus cuts',
      '',
      'The Hillside school district has cancelled the late buses.',
      'Jane Roe, a parent of two, said her children would have no way home.',
      '"It is really hard for working families," said parent Ann Lee.',
      'The district said the buses were underused.',
    ]);
    expect(a.central.names).not.toContain('roe');
    expect(a.speakers.get('roe')?.described).toBe('critic');
    expect(a.speakers.get('lee')?.described).toBe('critic');
    expect(sentence(a, 'The district said')).toMatchObject({ speaker: 'central' });
    // the people of a place are one group: a resident speaks for the neighbours who "speak out about" a quarry
    const quarry = article(['Neighbors speak out about proposed quarry', '', 'Hanlon Stone wants to open a quarry near Elm Road.', '"The dust will ruin our water," resident Jane Roe said.']);
    expect(quarry.central.sides.get('neighbors')).toBe('critic');
    expect(quarry.speakers.get('roe')?.described).toBe('critic');
    // one person heading the title is no group: "President Ann Vale" is still the president
    const one = article(['President Rejects Loss', '', 'President Ann Vale rejected the loss on Friday.', 'Vale said the count was flawed.']);
    expect(one.central.sides.has('vale')).toBe(false);
  });

  it("hears two officials joined by 'and' as the actor's when the first names it ('Speaker of Parliament Anita Among and Committee Chair Stephen Baja')", () => {
    const a = article([
      'Opposition MPs boycott plenary over rushed bills',
      '',
      'Opposition Members of Parliament boycotted the plenary session in protest.',
      'Speaker of Parliament Anita Among and Legal Committee Chairperson Stephen Baja defended the timeline, citing Parliament rules.',
    ]);
    expect(a.central.names).toContain('parliament');
    expect(a.sentences[1]).toMatchObject({ speaker: 'central', central: true });
  });

  it("reads what a noun headline warns ('warning to Brixo') as central, and a demonym ('Scottish') as no actor", () => {
    const warning = article(['Cole warning to Brixo over warehouse', '', 'Ann Cole said the warehouse plan was far too big.', 'Cole, who chairs the residents group, said she would fight it.']);
    expect(warning.central.names).toContain('brixo');
    expect(warning.central.sides.get('cole')).toBe('critic');
    const army = article(['Army chiefs in regiments decision', '', 'Military chiefs are expected to decide the future of the Scottish regiments.', 'Scottish MPs have said the Scottish regiments must be kept.', 'Scottish Secretary Ann Cole said the Scottish regiments were loved.', 'A final decision by the Army is due next week.']);
    expect(army.central.names).not.toContain('scottish');
    expect(army.central.names).toContain('army');
  });

  it("hears the White House as a sitting American president's office and Downing Street as a prime minister's, never another country's leader's", () => {
    const us = article(['Cole blocks drilling in Arctic waters', '', 'President Ann Cole has blocked offshore drilling in Arctic waters.', '"These actions protect a unique ecosystem," the White House said in a statement.']);
    expect(us.sentences[1]).toMatchObject({ speaker: 'central', central: true });
    const uk = article(['Vale unveils school plan', '', 'Prime Minister Tom Vale unveiled a plan for 60 new schools on Monday.', 'Downing Street said the schools would open by 2010.']);
    expect(uk.sentences[1]!.central).toBe(true);
    const other = article(['Petrov shrugs off sanctions', '', 'Russian President Ivan Petrov said the sanctions would not hurt Russia.', 'The White House said the sanctions would stay in place.']);
    expect(other.sentences[1]!.central).toBe(false);
  });

  it('reads "White House" heading the title as the office, with the president and their press secretary, never "House Republicans"', () => {
    const a = article([
      'White House sticks to plan for border',
      '',
      'House Republicans have declared it dead, but President Ann Cole\'s plan for the border is still on the table.',
      'Key House Republicans have blasted the idea.',
      '"We are focused on plan A," White House press secretary Tom Reyes told reporters.',
      '"It is what the country needs," Reyes said.',
    ]);
    expect(a.central.names).not.toContain('house');
    expect(a.sentences.slice(1).map((s) => s.central)).toEqual([false, true, true]);
  });

  it("hears a government minister's colleagues and Downing Street as the minister's government, but not the shadow minister", () => {
    const home = article([
      'Vale to press ahead with ID cards',
      '',
      'Home Secretary Tom Vale has said he will press ahead with identity cards.',
      'Home Office minister Ann Cole said the cards would cost £30.',
      'A Downing Street spokesman said the prime minister was fully behind the bill.',
      'Shadow home secretary Ian Lo said the bill was wrong.',
    ]);
    expect(home.sentences.slice(1).map((s) => s.central)).toEqual([true, true, false]);
    // a party's general secretary is no minister: his colleagues are a side
    const union = article([
      'Vale to press ahead with strike',
      '',
      'General secretary Tom Vale has said he will press ahead with the strike.',
      'Home Office minister Ann Cole said the strike was wrong.',
    ]);
    expect(union.sentences[1]!.central).toBe(false);
  });

  // what a reader is told the story is about ("About: ..."), as the table, text and HTML show it
  it.each([
    ['a comma ends what a headline backs', 'Harbour Union Backs Ann Cole for Party Chair, Breaking With Council', 'Ann Cole for Party Chair', 'Ann Cole'],
    ['a word read as an attack leaves no object, so the title stands whole', "Ann Cole: Election Was 'Challenging' to Watch", "Ann Cole: Election Was 'Challenging' to Watch", 'Ann Cole'],
    ["the headline's verb is no part of the actor's name", 'Harbour Traders Begin to Buck Cole on Parking', 'Cole on Parking', 'Cole'],
    ['a hyphen inside a name is written as it stands', 'Ann-Marie Cole fights back at critics', 'Ann-Marie Cole fights back at critics', 'Ann-Marie Cole'],
  ])('names the subject and the actor from the title: %s', (_, title, name, actor) => {
    const text = `${title}\n\nAnn-Marie Cole, the party's candidate, said on Monday that she would stand. Cole said the party needed change. Cole said parking fees would fall.\n`;
    expect(analyzeArticle('story.txt', text).central).toMatchObject({ name, actor, source: 'title' });
  });

  it.each([['Dec'], ['Sept'], ['Jan']])("never takes a dateline's month (\"KELMOR, %s 28: ...\") for the actor", (month) => {
    const text = `Name of rural ward changed amid protest\n\nKELMOR, ${month} 28: The name of one ward has been changed in Kelmor district amid police security after locals who were unhappy over the new name started sloganeering.\n\nA meeting of the ward's representatives changed the name by a majority.\n`;
    expect(analyzeArticle('story.txt', text).central.actor).toBeNull();
  });
});
