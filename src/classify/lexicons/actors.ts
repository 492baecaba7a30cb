// Who can be the article's central actor, and who speaks for it. Plain word sets read by
// central.ts, not cue lexicons: they name roles, they do not mark a sentence's wording.

/** Days and months: capitalised, but a date rather than a name where a date stands ("on Tuesday"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // as datelines write them ("ROLPA, Dec 28: ...")
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Stretches of time that "this", "last" or "earlier" make a date ("the report earlier this year said"), never a holder. */
export const PERIODS: ReadonlySet<string> = new Set(['year', 'week', 'month', 'weekend', 'day', 'summer', 'autumn', 'winter', 'spring', 'morning', 'evening', 'night', 'decade']);
/** Words that point a period at the story's time: "this year", "last week", "earlier this month". */
export const TIME_DEICTICS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'earlier', 'later']);
/** Prepositions before a place, where things happen rather than who acts ("in Hartleigh"). */
export const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'across', 'throughout', 'near', 'around']);
/**
 * The locatives that put people in a place ("businesses in Sheffield", "residents near the
 * site"), not in a body: "a spokesman at Exxon" is Exxon's.
 */
export const PLACED_IN: ReadonlySet<string> = new Set([...LOCATIVE].filter((word) => word !== 'at'));
/** Words that say which part of a place, or where it lies, between the place and "in" ("in central Monrovia", "in neighbouring Hvidovre"). */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'central', 'neighbouring', 'neighboring', 'nearby', 'rural', 'urban', 'downtown', 'greater', 'inner', 'outer', 'coastal', 'upper', 'lower',
]);
/** The people of a body, after its name ("council officers", "police officials"). */
export const STAFF: ReadonlySet<string> = new Set(['officers', 'officer', 'officials', 'official', 'staff', 'members', 'member', 'bosses', 'chiefs', 'sources']);

/**
 * Titles of people quoted for what they know rather than whom they speak for: "an economist at
 * ...", "Prof ...". LABELS.md's holder who takes no side, unless their words plainly do.
 */
export const EXPERT_TITLES: ReadonlySet<string> = new Set([
  'economist', 'analyst', 'professor', 'prof', 'lecturer', 'researcher', 'academic', 'fellow',
  'epidemiologist', 'scientist', 'criminologist', 'ecologist', 'specialist', 'expert', 'historian',
  'statistician', 'sociologist', 'demographer', 'pollster', 'consultant', 'psychologist',
  'psychiatrist', 'physicist', 'commentator', 'scholar',
  // a news organisation's own correspondents report and explain, and an interviewer asks; they
  // speak for no side
  'correspondent', 'correspondents', 'moderator', 'presenter', 'interviewer',
]);

/** Words that make "the ... firm" some other firm than the actor. */
export const OTHER_FIRM: ReadonlySet<string> = new Set(['rival', 'other', 'another', 'competing', 'smaller', 'larger', 'foreign']);
/** Words before a day or month that make it a date ("on Tuesday", "in May", "last June"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'next', 'this', 'since', 'from', 'until', 'by', 'early', 'late', 'mid']);
/** Abbreviated titles, to the title they stand for ("Gov. Ruth Kessler"). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'], ['gov', 'governor'], ['pres.', 'president'], ['sen.', 'senator'], ['rep.', 'representative'],
  ['supt.', 'superintendent'], ['cllr', 'councillor'], ['cllr.', 'councillor'],
]);
/**
 * The last word of a body's name ("the Port Aldray Homeowners' Association"): a name that ends
 * in one is that body, not the place or firm its name starts with.
 */
export const BODY_WORDS: ReadonlySet<string> = new Set([
  'association', 'alliance', 'union', 'federation', 'club', 'society', 'party', 'forum', 'coalition',
  'campaign', 'network', 'group', 'institute', 'foundation', 'chamber', 'league', 'trust', 'council',
]);

/** Geographic words and titles are rarely the actor themselves: "Lord Holme" is Holme. */
export const NOT_ACTORS: ReadonlySet<string> = new Set([
  'us', 'u.s.', 'uk', 'mr', 'mrs', 'ms', 'dr', 'lord', 'lady', 'sir', 'dame', 'prof', 'professor', 'sen.', 'rep.', 'gov.', 'cllr', 'rev',
  'president', 'minister', 'secretary', 'north', 'south', 'east', 'west', 'new',
  // "Hon. Sulayman Saho, Member for Central Badibou": a parliament's honorific and its member's title
  'hon', 'hon.', 'honourable', 'honorable', 'member',
  // "St. Rose Hospital": an abbreviation of saint or street, however the tagger reads the name after it
  'st', 'st.',
  // "Thousands of union members protested": a crowd's size opening a sentence, not a name
  'thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens',
  // "Row over school closures", "Fury as council axes routes": a headline's opening noun of dispute
  'row', 'fury', 'anger', 'outrage', 'uproar', 'furore', 'backlash', 'storm', 'fears', 'concern', 'calls', 'plea', 'warning',
]);
/** Those whose office is to speak for a body: "A spokesman said" with no body named speaks for the one just heard. */
export const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/**
 * Those who speak for a person (LABELS.md: "a speaker's spokesperson, office, campaign or lawyer
 * speaks for that speaker"): "his spokesman", "her lawyer", "his transition team".
 */
export const AGENTS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'solicitor', 'solicitors', 'office', 'team', 'campaign', 'camp', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'representative', 'representatives', 'agent',
]);
/** Words before an office that say its holder holds it no longer ("a former minister", "ex-president"). */
export const FORMER: ReadonlySet<string> = new Set(['former', 'ex', 'retired', 'onetime', 'erstwhile']);
/** Words that make a title another office: the shadow chancellor is not "the chancellor". */
export const OTHER_OFFICE: ReadonlySet<string> = new Set([...FORMER, 'shadow', 'deputy', 'vice', 'junior', 'assistant', 'acting']);
/** Words that rank an office before its title ("general manager", "chief executive", "deputy mayor"). */
export const OFFICE_RANKS: ReadonlySet<string> = new Set(['general', 'chief', 'deputy', 'acting', 'interim']);
/** Titles that make a person speak for the actor they lead ("French President Anne Roux" speaks for France). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'ceo', 'governor',
  'mayor', 'director', 'head', 'commissioner', 'administrator', 'coach', 'manager', 'captain',
]);
/** The names one party goes by ("Lib Dems", "Liberal Democrat leader ..."): naming one names them all. */
export const PARTY_NAMES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['lib', 'liberal', 'liberals']),
  new Set(['tory', 'tories', 'conservative', 'conservatives']),
  new Set(['republican', 'republicans', 'gop']),
];
/** Every word of those names: naming any stands for a party ("the Conservatives say ..."). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(PARTY_NAMES.flatMap((party) => [...party]));
/**
 * Offices inside an organisation: a person given one with no organisation named ("managing
 * director Ann Cole said") speaks for the body quoted just before.
 */
export const ORGANISATION_OFFICES: ReadonlySet<string> = new Set([
  'ceo', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'spokesman', 'spokeswoman',
  'spokesperson', 'executive', 'officer', 'manager', 'coordinator',
]);
/** Courts, which rule on others' decisions: one of the institutions below. */
export const COURTS: ReadonlySet<string> = new Set(['court', 'judge', 'judges', 'tribunal']);
/**
 * Institutions that act through several roles: a title naming one of them makes all of its
 * roles the central actor ("Prosecutors: ..." makes investigators and the authorities speak for it).
 */
export const INSTITUTIONS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['government', 'govt', 'administration', 'ministry', 'minister', 'ministers', 'secretary', 'cabinet']),
  new Set(['prosecutors', 'prosecutor', 'authorities', 'investigators', 'regulators', 'regulator', 'police', 'force', 'constable']),
  COURTS,
  new Set(['company', 'firm', 'board', 'executive', 'executives', 'bank']),
  new Set(['council', 'authority', 'board', 'commission', 'commissioners', 'agency', 'service', 'department', 'committee', 'county', 'trust', 'mayor', 'councillors', 'councilors', 'cabinet', 'district']),
];
/**
 * Public offices whose holder, tied to the actor by its demonym or name without leading it
 * ("a Chilean senator"), speaks from its side. A tennis player or a doctor of the same
 * country does not: nationality alone takes no side.
 */
export const ALLY_OFFICES: ReadonlySet<string> = new Set([
  'senator', 'politician', 'lawmaker', 'legislator', 'mp', 'deputy', 'diplomat', 'ambassador',
  'envoy', 'official', 'congressman', 'congresswoman', 'representative', 'councillor', 'councilor',
  'general', 'commander', 'adviser', 'advisor', 'aide', 'negotiator', 'delegate', 'mayor', 'governor',
]);
/** Words that put a titled person on the other side ("the opposition leader", "a former minister"). */
export const OPPOSITION: ReadonlySet<string> = new Set(['opposition', 'rival', 'former', 'ex', 'shadow']);
/** A definite "the company" or "the government" in an article about one names that actor. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'government', 'administration']);
/**
 * Demonyms of countries and regions that make the news, to the name they belong to:
 * "a Chinese minister" speaks from China. Plain English, not one article's vocabulary;
 * a table because spelling does not derive them (France/French, Netherlands/Dutch).
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['afghan', 'afghanistan'], ['albanian', 'albania'], ['algerian', 'algeria'], ['american', 'america'],
  ['argentine', 'argentina'], ['argentinian', 'argentina'], ['armenian', 'armenia'], ['australian', 'australia'],
  ['austrian', 'austria'], ['azerbaijani', 'azerbaijan'], ['bangladeshi', 'bangladesh'], ['belarusian', 'belarus'],
  ['belgian', 'belgium'], ['bolivian', 'bolivia'], ['bosnian', 'bosnia'], ['brazilian', 'brazil'],
  ['british', 'britain'], ['bulgarian', 'bulgaria'], ['burmese', 'myanmar'], ['cambodian', 'cambodia'],
  ['canadian', 'canada'], ['chilean', 'chile'], ['chinese', 'china'], ['colombian', 'colombia'],
  ['croatian', 'croatia'], ['cuban', 'cuba'], ['cypriot', 'cyprus'], ['czech', 'czechia'], ['danish', 'denmark'],
  ['dutch', 'netherlands'], ['egyptian', 'egypt'], ['english', 'england'], ['estonian', 'estonia'],
  ['ethiopian', 'ethiopia'], ['european', 'europe'], ['finnish', 'finland'], ['french', 'france'],
  ['georgian', 'georgia'], ['german', 'germany'], ['ghanaian', 'ghana'], ['greek', 'greece'],
  ['hungarian', 'hungary'], ['icelandic', 'iceland'], ['indian', 'india'], ['indonesian', 'indonesia'],
  ['iranian', 'iran'], ['iraqi', 'iraq'], ['irish', 'ireland'], ['israeli', 'israel'], ['italian', 'italy'],
  ['japanese', 'japan'], ['jordanian', 'jordan'], ['kazakh', 'kazakhstan'], ['kenyan', 'kenya'],
  ['korean', 'korea'], ['kurdish', 'kurdistan'], ['latvian', 'latvia'], ['lebanese', 'lebanon'],
  ['libyan', 'libya'], ['lithuanian', 'lithuania'], ['malaysian', 'malaysia'], ['mexican', 'mexico'],
  ['moroccan', 'morocco'], ['nigerian', 'nigeria'], ['norwegian', 'norway'], ['pakistani', 'pakistan'],
  ['palestinian', 'palestine'], ['peruvian', 'peru'], ['filipino', 'philippines'], ['polish', 'poland'],
  ['portuguese', 'portugal'], ['qatari', 'qatar'], ['romanian', 'romania'], ['russian', 'russia'],
  ['saudi', 'arabia'], ['scottish', 'scotland'], ['serbian', 'serbia'], ['slovak', 'slovakia'],
  ['somali', 'somalia'], ['spanish', 'spain'], ['sudanese', 'sudan'], ['swedish', 'sweden'], ['swiss', 'switzerland'],
  ['syrian', 'syria'], ['taiwanese', 'taiwan'], ['thai', 'thailand'], ['tunisian', 'tunisia'], ['turkish', 'turkey'],
  ['ukrainian', 'ukraine'], ['venezuelan', 'venezuela'], ['vietnamese', 'vietnam'], ['welsh', 'wales'],
  ['yemeni', 'yemen'],
  // Africa, the Caribbean, the Pacific and the rest of Asia and the Americas, as the news of
  // those places writes them ("the Zambian government", "Guyanese officials")
  ['angolan', 'angola'], ['beninese', 'benin'], ['botswanan', 'botswana'], ['burundian', 'burundi'],
  ['cameroonian', 'cameroon'], ['chadian', 'chad'], ['congolese', 'congo'], ['eritrean', 'eritrea'],
  ['gabonese', 'gabon'], ['gambian', 'gambia'], ['guinean', 'guinea'], ['ivorian', 'ivory'], ['liberian', 'liberia'],
  ['malagasy', 'madagascar'], ['malawian', 'malawi'], ['malian', 'mali'], ['mauritian', 'mauritius'],
  ['mozambican', 'mozambique'], ['namibian', 'namibia'], ['nigerien', 'niger'], ['rwandan', 'rwanda'],
  ['senegalese', 'senegal'], ['tanzanian', 'tanzania'], ['togolese', 'togo'], ['ugandan', 'uganda'],
  ['zambian', 'zambia'], ['zimbabwean', 'zimbabwe'], ['bahamian', 'bahamas'], ['barbadian', 'barbados'],
  ['belizean', 'belize'], ['guyanese', 'guyana'], ['haitian', 'haiti'], ['jamaican', 'jamaica'],
  ['trinidadian', 'trinidad'], ['fijian', 'fiji'], ['samoan', 'samoa'], ['tongan', 'tonga'],
  ['nepali', 'nepal'], ['nepalese', 'nepal'], ['singaporean', 'singapore'], ['mongolian', 'mongolia'],
  ['uzbek', 'uzbekistan'], ['kuwaiti', 'kuwait'], ['emirati', 'emirates'], ['bahraini', 'bahrain'], ['omani', 'oman'],
  ['ecuadorian', 'ecuador'], ['paraguayan', 'paraguay'], ['uruguayan', 'uruguay'], ['guatemalan', 'guatemala'],
  ['honduran', 'honduras'], ['nicaraguan', 'nicaragua'], ['panamanian', 'panama'], ['maltese', 'malta'],
  ['slovenian', 'slovenia'], ['macedonian', 'macedonia'], ['moldovan', 'moldova'], ['montenegrin', 'montenegro'],
  ['bermudian', 'bermuda'], ['caymanian', 'cayman'], ['grenadian', 'grenada'], ['antiguan', 'antigua'],
  ['lankan', 'lanka'], ['bhutanese', 'bhutan'], ['maldivian', 'maldives'], ['laotian', 'laos'],
  ['tajik', 'tajikistan'], ['kyrgyz', 'kyrgyzstan'], ['turkmen', 'turkmenistan'], ['kosovar', 'kosovo'], ['kosovan', 'kosovo'],
  ['mauritanian', 'mauritania'], ['bruneian', 'brunei'], ['djiboutian', 'djibouti'], ['seychellois', 'seychelles'], ['surinamese', 'suriname'],
]);
/**
 * Sources whose plain word on an event is reported as the event itself in wire copy
 * ("two men were arrested, police said"): institutions and their spokespeople, not people
 * with a view of their own. Head nouns of the holder. Prosecutors and investigators are left
 * out: what they say a defendant did is an allegation to be proven, a claim.
 */
export const EVENT_SOURCES: ReadonlySet<string> = new Set([
  'police', 'authorities', 'officials', 'official', 'officers',
  'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'ministry', 'department', 'agency',
  'court', 'documents', 'records', 'filings', 'report',
]);
/**
 * What a writer cites a figure "according to" that is no one's voice: "according to Treasury
 * figures", "according to the Office for National Statistics", "according to a survey by ...".
 */
export const CITED_RECORDS: ReadonlySet<string> = new Set([
  'figures', 'statistics', 'data', 'estimates', 'estimate', 'survey', 'surveys', 'poll', 'polls', 'study', 'studies',
  'research', 'census', 'records', 'report', 'reports', 'analysis', 'calculations', 'documents', 'filings', 'accounts', 'minutes',
]);
/** Titles before a person's name: "Mr Brown", "Lord Dubs". Not part of the name itself. */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'lord', 'lady', 'sir', 'dame', 'prof', 'prof.', 'professor',
  'sen.', 'senator', 'rep.', 'gov.', 'governor', 'president', 'judge', 'mayor', 'cllr', 'rev', 'rev.',
  // a member of a Commonwealth parliament ("Hon. Sulayman Saho, Member for Central Badibou")
  'hon', 'hon.', 'honourable', 'honorable',
]);

/**
 * Particles inside names that many unrelated people share ("Majlis Al Shura", "Salim Al Hakmani",
 * "Ursula von der Leyen"): never a key to who someone is or which side they take.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das']);

/**
 * Chambers that decide by vote ("Senate passes gun bill", "MPs clash over draft constitution"):
 * their members take sides on the chamber's business, so a member named is not the chamber's
 * voice. "house" counts only where no White House is the actor.
 */
export const LEGISLATURES: ReadonlySet<string> = new Set([
  'senate', 'house', 'congress', 'parliament', 'assembly', 'legislature', 'mps', 'senators', 'lawmakers', 'legislators',
  'knesset', 'duma', 'majlis',
]);
/** Offices that preside over a chamber and speak for it ("Senate President Vicente Sotto", "Speaker of Parliament"). */
export const PRESIDING_OFFICES: ReadonlySet<string> = new Set(['president', 'speaker', 'chairman', 'chairwoman', 'chairperson', 'chair', 'clerk']);

/** Generations after a person's name: "Antonio Trillanes IV", "Martin Luther King Jr.". Not their surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Heads of a noun phrase that name people or a body of them, beyond the role and office lists
 * above: a voice is a person, a group or an organisation, never a thing, an event or a time.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'public', 'staff', 'team', 'group', 'groups', 'party', 'parties', 'others', 'some', 'many', 'all',
  'police', 'defence', 'defense', 'prosecution', 'headquarters', 'family', 'families', 'couple', 'nation', 'nations',
  'country', 'countries', 'state', 'states', 'community', 'communities', 'industry', 'sector', 'public', 'electorate',
  'crowd', 'camp', 'side', 'panel', 'jury', 'court', 'government', 'cabinet', 'club', 'fans', 'campaign', 'lobby',
  'chief', 'chiefs', 'head', 'heads', 'boss', 'bosses', 'minister', 'ministers', 'mp', 'mps', 'peer', 'peers',
  'judge', 'judges', 'doctor', 'doctors', 'nurse', 'nurses', 'expert', 'experts', 'official', 'officials',
  'source', 'sources', 'aide', 'aides', 'ally', 'allies', 'rival', 'rivals', 'correspondent', 'correspondents',
  'man', 'woman', 'men', 'women', 'child', 'children', 'mother', 'father', 'parent', 'parents', 'son', 'daughter',
  'wife', 'husband', 'friend', 'friends', 'colleague', 'colleagues', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
  'democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories', 'conservative', 'conservatives', 'liberal', 'liberals',
]);
/** Communities an office may speak for, named before it: "village spokesman Ann Lee", "family spokeswoman". */
export const COMMUNITIES: ReadonlySet<string> = new Set(['village', 'villages', 'community', 'communities', 'family', 'families', 'tribe', 'tribal', 'clan']);
/**
 * Members of the public named by a place or a body before them ("Sheffield residents", "Labour
 * voters", "Exxon workers"): people there or with it, who do not speak for it.
 */
export const LAY_PEOPLE: ReadonlySet<string> = new Set([
  'resident', 'residents', 'voter', 'voters', 'shopper', 'shoppers', 'commuter', 'commuters', 'taxpayer', 'taxpayers',
  'citizen', 'citizens', 'homeowner', 'homeowners', 'householder', 'householders', 'rider', 'riders', 'passenger', 'passengers',
  'parent', 'parents', 'pupil', 'pupils', 'student', 'students', 'fan', 'fans', 'business', 'businesses', 'trader', 'traders',
  'shopkeeper', 'shopkeepers', 'farmer', 'farmers', 'worker', 'workers', 'people', 'man', 'woman', 'men', 'women', 'locals',
]);
/**
 * Bodies whose own action is a challenge: a strike is a union's, a protest its protesters'. When
 * one is the actor, backing "the strike" backs the actor rather than challenging it.
 */
export const CHALLENGERS: ReadonlySet<string> = new Set([
  'union', 'unions', 'worker', 'workers', 'striker', 'strikers', 'protester', 'protesters', 'protestor', 'protestors',
  'campaigner', 'campaigners', 'activist', 'activists', 'demonstrator', 'demonstrators',
]);
/**
 * Groups of people who act for themselves: a headline that attacks or backs them ("Samoa PM
 * slams players") makes their conduct central and them its actor, not the one who attacks.
 */
export const SELF_ACTING_PEOPLE: ReadonlySet<string> = new Set([
  ...LAY_PEOPLE, ...CHALLENGERS, 'players', 'teachers', 'nurses', 'doctors', 'drivers', 'vendors', 'hawkers', 'landowners',
  'miners', 'pilots', 'staff', 'employees', 'critics', 'opponents', 'rebels', 'squatters', 'tenants',
]);
/**
 * Offices and bodies that decide a public matter or a firm's: where the actor found never speaks,
 * one who speaks holding one of them ("Transport Minister Anthony Loke", "the company") answers
 * for the story's thing. Words a speaker is introduced with ("Kitwe City Council town clerk"), not names.
 */
export const DECIDING_OFFICES: ReadonlySet<string> = new Set([
  'minister', 'ministry', 'government', 'administration', 'secretary', 'mayor', 'governor', 'council', 'municipality',
  'assembly', 'department', 'authority', 'commissioner', 'official', 'officials', 'superintendent', 'director',
  'management', 'board', 'company', 'firm',
]);
/**
 * Offices of government, national or local, and the state's own officers ("Interior Minister ...",
 * "the ministry", "the mayor", "police officials"): one introduced by one, and not the central
 * actor, is `speaker-office`. Narrower than DECIDING_OFFICES: a company's board or director is
 * not the state.
 */
export const GOVERNMENT_OFFICES: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'ministry', 'government', 'administration', 'premier', 'president', 'governor', 'mayor',
  'cabinet', 'municipality', 'council', 'authority', 'authorities', 'commissioner', 'secretary', 'department',
  'police', 'official', 'officials',
]);
/**
 * Words that put one holding such an office in a body that contests decisions, or out of office
 * ("the federation's secretary", "opposition councillor", "former minister"), among those a
 * decision falls on ("a company owner"), or leave them unnamed ("one official"): none of them
 * answers for the decision.
 */
export const CONTESTING: ReadonlySet<string> = new Set([
  'opposition', 'shadow', 'former', 'union', 'association', 'coalition', 'federation', 'group', 'campaign', 'alliance',
  'society', 'party', 'owner', 'owners', 'one', 'charity', 'charities',
]);
/** The people who live in a place: under "Neighbours speak out about quarry" a resident speaks for them. */
export const LOCAL_PEOPLE: ReadonlySet<string> = new Set([
  'resident', 'residents', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'local', 'locals', 'villager', 'villagers',
  'homeowner', 'homeowners', 'householder', 'householders',
]);
/** How English names people by what they do: workers, economists, politicians, residents, lawyers ... */
export const PEOPLE_ENDINGS = /(?:ers?|ors?|ists?|ians?|ents?|ants?|ats?|ees?|ives?|men|women|folk|ess|esses|ys|ics)$/u;
/** A word that names a kind of people by its ending ("residents", "opponents"); "statements", "payments" and "cent" are things. */
export const peopleByEnding = (word: string): boolean => word.length > 4 && PEOPLE_ENDINGS.test(word) && !/ments?$/u.test(word);
/** Words of a news outlet's name: a report's source, not a voice in the story ("the Sunday Times said"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'news', 'telegraph', 'guardian', 'herald', 'tribune', 'gazette', 'mail', 'express',
  'observer', 'reuters', 'bbc', 'cnn', 'nbc', 'cbs', 'npr', 'afp', 'bloomberg', 'politico', 'newsweek', 'huffpost', 'ap',
]);
