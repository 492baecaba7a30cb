// Reporting verbs, split by the side they lean to. A verb that leans decides the side
// for a holder who takes none by name ("officials warn ..." is a critic voice).
// "announce" and "approve" are not: LABELS.md counts them as reported actions, facts.
import type { Lexicon } from './lexicon.js';

export const neutralVerbs: Lexicon = {
  id: 'report-verb',
  role: 'reporting-verb',
  side: null,
  description: 'Verbs that report a view without taking a side.',
  kind: 'verbs',
  entries: [
    'say', 'argue', 'believe', 'claim', 'contend', 'maintain', 'suggest', 'note', 'point out',
    'highlight', 'insist', 'think', 'assert', 'state', 'stress', 'emphasise', 'emphasize',
    'consider', 'feel', 'predict', 'expect', 'describe', 'observe', 'acknowledge', 'explain', 'reckon',
    'portray', 'frame', 'call', 'see', 'view', 'hope', 'tell', 'add', 'declare', 'remark', 'recall', 'concede',
    'admit', 'counter', 'propose', 'speculate', 'estimate', 'project', 'forecast', 'conclude', 'intend',
    'aim', 'want', 'urge', 'demand', 'call for', 'ask', 'write', 'speak', 'tweet', 'post', 'recommend',
    'advise', 'indicate', 'imply', 'reason', 'surmise', 'wonder', 'assume', 'reply', 'respond',
    'testify', 'opine', 'muse', 'echo', 'cite', 'point to', 'agree', 'yell', 'shout', 'exclaim',
    'retort', 'quip', 'implore', 'confide', 'intimate', 'draw attention to', 'be of the view', 'be of the opinion',
    // "expressed confidence that", "expressed hope that": a view, its side in what it says
    'express confidence', 'express PRON confidence', 'express optimism', 'express hope', 'express PRON hope',
  ],
};

export const criticVerbs: Lexicon = {
  id: 'critic-verb',
  role: 'reporting-verb',
  side: 'critic',
  description: 'Verbs that voice opposition: warn, condemn, reject ...',
  kind: 'verbs',
  entries: [
    'warn', 'caution', 'condemn', 'criticise', 'criticize', 'slam', 'reject', 'attack', 'oppose',
    'fear', 'worry', 'accuse', 'blast', 'denounce', 'question', 'doubt', 'dispute', 'deplore', 'refute', 'rebut', 'cry foul',
    'decry', 'lament', 'complain', 'object', 'protest', 'challenge', 'blame', 'allege', 'deride', 'fume',
    'dismiss', 'mock', 'ridicule', 'lambast', 'berate', 'rebuke', 'scold', 'castigate', 'deny',
    'assail', 'excoriate', 'scorn', 'bemoan', 'rail against', 'hit out', 'chide', 'unload on', 'scoff at', 'take exception to', 'lash out', 'round on',
    'take issue with', 'express concern', 'sound the alarm', 'raise the alarm', 'raise alarm', 'disparage',
    'belittle', 'vilify', 'demonise', 'demonize', 'regret', 'speak against', 'speak out against',
    'speak out about', 'speak out over', 'diss', 'rubbish', 'come out against', 'come out ADV against', 'come out hard against',
    'argue against', 'buck', 'brand', 'slate', 'disagree', 'voice concerns', 'voice opposition',
    // ... with a determiner or an adjective between ("voiced those concerns", "expressed serious
    // reservations"); "raise concerns" stays out: things raise concerns too
    'express concerns', 'voice DET concerns', 'voice PRON concerns', 'voice ADJ concerns', 'express DET concern',
    'express ADJ concern', 'express DET concerns', 'express PRON concerns', 'express ADJ concerns',
    'express reservations', 'express DET reservations', 'express PRON reservations', 'express ADJ reservations',
    'express doubts', 'express ADJ doubts', 'express misgivings',
    // "voicing their frustration over", "voiced their sentiments against", "voicing stern remarks
    // about": what is voiced is aimed at something (all six such sentences read were a critic's)
    'voice PRON NOUN over', 'voice PRON NOUN about', 'voice PRON NOUN against', 'voice NOUN over', 'voice NOUN about',
    'voice NOUN against', 'voice ADJ NOUN over', 'voice ADJ NOUN about', 'voice ADJ NOUN against',
    'express dismay', 'express alarm', 'express disappointment', 'express ADJ disappointment',
    // a word any lexicon holds fills no tag of a phrase ("voice NOUN about" misses "voiced concern
    // about"), so these feelings are spelt out; each spelt out here stops filling the tags above
    // ("displeasure" is left to "voice PRON NOUN about")
    'voice concern', 'voice ADJ concern', 'voice PRON concern', 'express PRON concern',
    'express dissatisfaction', 'express PRON dissatisfaction', 'voice dissatisfaction', 'voice PRON dissatisfaction',
    'express frustration', 'express PRON frustration', 'voice frustration', 'voice PRON frustration',
    'express shock', 'express anger', 'express PRON anger', 'voice anger', 'express outrage', 'voice outrage',
    'express resentment', 'express opposition', 'express PRON opposition', 'voice PRON opposition',
    // "have reacted with disappointment", "reacted sharply to the proposed amendment"
    'react with disappointment', 'react with dismay', 'react with alarm', 'react with anger', 'react with fury',
    'react with outrage', 'react with concern', 'react sharply', 'react angrily', 'react furiously',
    // "expressed their indignation at", "expressed fury over": the feeling says the side
    'express indignation', 'express PRON indignation', 'express discontent', 'express PRON discontent',
    'express disagreement', 'express PRON disagreement',
    'express apprehension', 'express PRON apprehension', 'express sadness', 'express fury', 'express PRON fury',
    'express disgust', 'express PRON disgust',
    // (each feeling spelt out here stops filling "voice PRON NOUN over", so its voicing is spelt out too)
    'voice PRON indignation', 'voice PRON discontent', 'voice discontent', 'voice PRON disagreement', 'voice disagreement',
    'voice PRON apprehension', 'voice apprehension', 'voice PRON disgust', 'voice disgust', 'voice PRON sadness',
    // a stance said of its holder ("Rijkaard was critical of the decision", "has been highly critical
    // of"); "also" and "so" are words of other lexicons, which a tag in a phrase does not match
    'be critical of', 'be ADV critical of', 'be also critical of', 'be scathing about', 'be scathing of', 'be ADV scathing about',
    'be sceptical of', 'be sceptical about', 'be skeptical of', 'be skeptical about', 'be dismissive of',
    // "we are strongly against the dam": being against it, not a place or a match
    'be against', 'be ADV against', 'be also against',
  ],
};

export const supporterVerbs: Lexicon = {
  id: 'supporter-verb',
  role: 'reporting-verb',
  side: 'supporter',
  description: 'Verbs that voice support: welcome, praise, back ...',
  kind: 'verbs',
  entries: [
    'welcome', 'praise', 'back', 'support', 'endorse', 'hail', 'applaud', 'defend', 'champion',
    'laud', 'commend', 'celebrate', 'embrace', 'favour', 'favor', 'credit', 'cheer', 'salute',
    'extol', 'acclaim', 'vouch for', 'stand by', 'rally behind', 'speak up for', 'congratulate',
    'thank', 'approve of', 'be supportive of', 'be ADV supportive of', 'be also supportive of', 'be so supportive of',
    'express support for', 'express PRON support for', 'express ADJ support for', 'voice support for', 'voice PRON support for', 'voice ADJ support for',
    'come out in support of', 'come out in favour of', 'come out in favor of', 'speak in support of', 'speak in favour of', 'speak in favor of',
    'be in favour of', 'be ADV in favour of', 'be also in favour of', 'be in favor of', 'be ADV in favor of', 'be also in favor of',
    'stand in support of', 'express gratitude', 'express PRON gratitude', 'express satisfaction', 'express PRON satisfaction',
    'express appreciation', 'express PRON appreciation',
  ],
};

export const framingVerbs: Lexicon = {
  id: 'framing-verb',
  role: 'framing-verb',
  side: null,
  description: 'Verbs by which the writer frames what something means ("reflects", "underscores").',
  kind: 'verbs',
  entries: [
    'reflect', 'underscore', 'demonstrate', 'showcase', 'illustrate', 'signal', 'symbolize',
    'symbolise', 'exemplify', 'epitomize', 'embody', 'underline', 'signify', 'represent',
  ],
};

/**
 * Base forms of verbs that only a speaker does: a plain noun before one of them is a holder
 * ("a pharmacist claimed", "his lawyer said"), where before "aim" or "emphasise" it is more
 * often a thing ("agreements aimed at ..."). A filter on lemmas, not a cue lexicon.
 */
export const speechVerbLemmas: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'argue', 'warn', 'insist', 'state', 'declare', 'ask', 'question',
  'allege', 'accuse', 'deny', 'complain', 'reply', 'respond', 'counter', 'explain', 'contend',
  'predict', 'caution', 'condemn', 'criticise', 'criticize', 'acknowledge', 'admit', 'concede',
  'write', 'tweet', 'testify', 'believe', 'echo', 'cite', 'stress', 'note', 'yell', 'shout', 'exclaim',
]);

/** Verbs of seeing: they report a view only when what is seen is seen "as" something ("jurors saw the film" is an act). Lemmas. */
export const perceptionLemmas: ReadonlySet<string> = new Set(['see', 'view']);

/** Particles that make "call" an act ("call in", "call off", "call up"); "call for" stays a demand. */
export const actingParticles: ReadonlySet<string> = new Set(['in', 'off', 'up']);

/** Nouns a reporting verb's word makes a compound with ("a think tank"): word and noun, as written. */
export const verbNounCompounds: ReadonlySet<string> = new Set(['think tank', 'think tanks', 'think-tank', 'think-tanks']);

/** Reporting verbs' words that, before a noun, describe it ("state lawmakers"): never a verb there. */
export const nounModifierWords: ReadonlySet<string> = new Set(['state']);

/** Verbs that hand their subject on to the verb after them ("he went on to accuse", "she continued to criticise"). */
export const catenativeLemmas: ReadonlySet<string> = new Set(['go', 'continue', 'proceed', 'begin', 'start']);

/** Passive verbs of hearsay that hand their subject on to the verb after them ("Bosu is reported to have said", "she is said to have warned"): lemmas. */
export const hearsayLemmas: ReadonlySet<string> = new Set(['report', 'say', 'understand']);

/** Verbs that pass a verdict on their object with a word after it ("calls deal illegal", "describes posture as arrogant"): lemmas. */
export const verdictLemmas: ReadonlySet<string> = new Set(['call', 'describe', 'term', 'label', 'dub']);

/** Verbs of a demand, whose headline subject asks that something be done or undone ("Teachers want schools closed", "Villagers demand closure of quarry"): lemmas. */
export const demandLemmas: ReadonlySet<string> = new Set(['want', 'demand', 'urge']);

/** Verbs of pressing someone to act, whose headline subject in the passive is the one pressed ("MTR urged to offer more discounts", "Minister pressed to resign"): lemmas. */
export const pressingLemmas: ReadonlySet<string> = new Set(['urge', 'press', 'pressure']);

/** Verbs of a promise or a threat, whose headline is what is promised ("Action group vows to fight approval", "Residents set to protest closures"): lemmas. */
export const promiseLemmas: ReadonlySet<string> = new Set(['vow', 'pledge', 'promise', 'threaten', 'set']);

/** Verbs a campaign is waged "to" do against a threat or a plan ("rallies to save pool", "march to stop quarry"): lemmas. */
export const rescueLemmas: ReadonlySet<string> = new Set(['save', 'keep', 'protect', 'stop', 'block', 'halt', 'prevent']);

/** Verbs that hand their meaning to the noun after them ("launches attack on", "steps up criticism of", "stage march against"): lemmas. */
export const lightVerbLemmas: ReadonlySet<string> = new Set(['launch', 'mount', 'renew', 'step', 'issue', 'voice', 'make', 'stage', 'hold']);

/**
 * Verbs of the mind: "said he thought ...", "said it would expect ...", "he would like to see"
 * report a view or a wish, never an act done or to be done. Lemmas, not a cue lexicon.
 */
export const mindLemmas: ReadonlySet<string> = new Set([
  'think', 'hope', 'want', 'wish', 'expect', 'like', 'love', 'feel', 'believe', 'fear', 'know', 'doubt', 'prefer', 'suspect', 'worry',
]);

/** Verbs of intent ("is trying to", "hopes to"): lemmas, not a cue lexicon. */
export const intentLemmas: ReadonlySet<string> = new Set(['try', 'aim', 'seek', 'hope', 'want', 'intend', 'strive', 'wish']);

/** Verbs of writing: with a thing for their object ("writes a weekly column") they report no view. */
export const WRITING_LEMMAS: ReadonlySet<string> = new Set(['write', 'post', 'tweet']);

/**
 * What a holder puts a view out in, and the verbs that put it out: "released a statement saying
 * ...", "sent a letter stating ...". The one who issues it speaks through the participle after it.
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'letter', 'release', 'note', 'message', 'memo', 'notice', 'circular', 'communique', 'communiqué', 'post', 'tweet']);
export const issuingLemmas: ReadonlySet<string> = new Set(['issue', 'release', 'send', 'write', 'post', 'publish', 'put', 'pen', 'sign', 'make', 'deliver']);

/** Verbs of forecasting: "officers estimate it would raise £6.8m" is a prediction, however firm its "would". */
export const forecastLemmas: ReadonlySet<string> = new Set(['estimate', 'predict', 'expect', 'project', 'forecast', 'calculate', 'reckon']);
/** Verbs by which a holder acts on someone else: asking, petitioning or writing to them. */
export const requestLemmas: ReadonlySet<string> = new Set(['ask', 'request', 'petition', 'write']);

/**
 * Verbs of attacking in words: in the passive with no one named for it ("Blunkett has been
 * accused of ...", "the plans were condemned as unfair") the attack is still heard, the critics'
 * voice. "rejected" and "dismissed" stay out: "the appeal was rejected" is a ruling, an act.
 */
export const attackLemmas: ReadonlySet<string> = new Set([
  'accuse', 'criticise', 'criticize', 'condemn', 'attack', 'slam', 'blast', 'lambast', 'denounce', 'deride',
  'ridicule', 'mock', 'scorn', 'castigate', 'rebuke', 'berate', 'vilify', 'decry', 'deplore', 'excoriate',
]);

/**
 * Verbs by which a headline's subject answers for itself ("denies", "defends", "rebuffs"):
 * LABELS.md makes that subject the central actor. "hits back" and "fights back" are read by
 * their "back". Lemmas, not a cue lexicon.
 */
export const defenceLemmas: ReadonlySet<string> = new Set(['deny', 'defend', 'rebuff', 'insist', 'justify', 'dismiss', 'shrug', 'brush']);

/** Verbs that answer an attack when what they take is the critics' word ("dismissed the concerns"). Lemmas. */
export const answeringLemmas: ReadonlySet<string> = new Set(['reject', 'dismiss', 'rebut', 'refute', 'dispute', 'counter']);
/**
 * The critics' views as a thing answered. "claims" stays out, since critics reject the actor's
 * claims too, and so do "allegations" and "charges": the accused who denies them may be the
 * actor's critic ("Sarken denied the allegations" of a government that taxes it). Words.
 */
export const criticismNouns: ReadonlySet<string> = new Set(['criticism', 'criticisms', 'concern', 'concerns', 'complaint', 'complaints', 'fears']);

/**
 * Acts by which a headline's subject disputes a decision ("Ngati Awa appeals water bottling
 * consent", "Parents fight school closure", "Legislators shun President Sirleaf"): LABELS.md has a headline
 * that disputes something make the thing disputed central and its subject a critic. Not reporting
 * verbs: in the body "the firm will appeal" is an act, a fact. Lemmas; headline tags often read
 * them as nouns.
 */
export const disputeLemmas: ReadonlySet<string> = new Set(['appeal', 'sue', 'contest', 'fight', 'resist', 'protest', 'shun', 'snub', 'spurn']);

/**
 * Verbs by which a headline's subject carries on a protest it holds ("Vendors stage another
 * protest over ...", "Residents spend night protesting power cuts"): the protest, not the verb,
 * says what the subject does to the thing it is about. Lemmas.
 */
export const stagingLemmas: ReadonlySet<string> = new Set([...lightVerbLemmas, 'spend', 'continue', 'resume', 'join']);

/**
 * What is put to someone to accept or turn down ("rejected the offer", "rejected a proposal
 * from Deputy Farnham"): turning it down is a decision, an act, where rejecting claims or a plan
 * is a view. Nouns.
 */
export const submittedNouns: ReadonlySet<string> = new Set(['offer', 'proposal', 'appeal', 'request', 'application', 'contract', 'motion', 'ordinance', 'bid', 'petition', 'project']);

/** Action a warning may announce ("warned of new action", "warned of a strike"): announcing it is an act. Nouns. */
export const actionNouns: ReadonlySet<string> = new Set(['action', 'actions', 'strike', 'strikes', 'protest', 'protests', 'sanctions']);

/** Critic's verbs that turn down what was put to one ("rejected the offer", "dismissed the residents' request"): lemmas. */
export const turningDownLemmas: ReadonlySet<string> = new Set(['reject', 'dismiss']);

/** Whom a speaker tells a thing to: after "added to" they make it speech ("added to reporters"); anything else is added to ("added to the hardship"). */
export const ADDRESSEES: ReadonlySet<string> = new Set(['reporters', 'journalists', 'press', 'media', 'parliament', 'lawmakers', 'mps', 'delegates', 'supporters', 'listeners', 'viewers', 'readers']);

/** Protests that "over" aims at what they are about ("traders march over by-law changes", "nurses strike over pay"); acts, not views, in a sentence ("Traders protested against the levy"). Lemmas. */
export const protestLemmas: ReadonlySet<string> = new Set(['march', 'rally', 'demonstrate', 'picket', 'strike', 'petition', 'protest']);

/** Campaigning nouns and verbs that dispute what follows "against" ("march against fee hike", "rally against closure"). Lemmas. */
export const campaignLemmas: ReadonlySet<string> = new Set(['march', 'rally', 'campaign', 'fight', 'petition', 'demonstrate', 'picket', 'strike', 'vote', 'battle']);

/**
 * What others ask of a headline's subject ("rejects calls to resign", "Tories reject rethink"):
 * refusing one is answering for oneself, so the subject is the central actor. Lemmas of nouns.
 */
export const demandNouns: ReadonlySet<string> = new Set(['call', 'demand', 'rethink', 'plea', 'request', 'appeal', 'pressure', 'ultimatum']);

/**
 * What challengers do or ask (a strike, a protest, a request, a call): backing one ("the unions
 * are backing the workers' action", "stood by Earley's request") is the challengers' side, not
 * the story's thing's. Lemmas of nouns.
 */
export const challengeNouns: ReadonlySet<string> = new Set([...demandNouns, 'action', 'strike', 'protest', 'campaign', 'petition', 'boycott', 'walkout', 'cause', 'fight', 'struggle']);
