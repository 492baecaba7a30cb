import type { Lexicon } from './lexicon.js';

// Stance words: what a holder's own words say about the subject when the holder and the
// reporting verb take no side ("innocent people would suffer", "a very short-sighted decision").
// Broad English evaluation and emotion words, not any one article's vocabulary. Words of
// rebuttal ("false", "baseless", "misleading") are left out: they turn against the accuser,
// who may be either side.

export const criticStance: Lexicon = {
  id: 'critic-stance',
  role: 'stance',
  side: 'critic',
  description: 'Words of blame, harm or grievance in a holder\'s view.',
  kind: 'phrases',
  entries: [
    'failed', 'failure', 'fail', 'fails', 'wrong', 'bad', 'terrible', 'awful', 'unfair', 'unjust',
    'unacceptable', 'outrageous', 'suffer', 'suffering', 'victim', 'victims', 'scandal', 'harm',
    'harmful', 'damage', 'damaging', 'hurt', 'flawed', 'mistake', 'irresponsible',
    'threat', 'risk', 'risks', 'abuse',
    'chaos', 'crisis', 'problem', 'problems', 'danger', 'costly', 'burden', 'burdens', 'violent',
    'violence', 'short-sighted', 'shortsighted', 'ill-advised', 'unwise', 'counterproductive',
    'wrongheaded', 'unworkable', 'disappointing', 'regrettable', 'devastating', 'disaster',
    'catastrophic', 'catastrophe', 'betrayal', 'neglect', 'negligent', 'incompetent', 'incompetence',
    'inadequate', 'illegal', 'unlawful', 'corrupt',
    'corruption', 'hypocrisy', 'hypocritical', 'waste', 'wasteful', 'undermine', 'undermines',
    'hardship', 'strips', 'deprive', 'deprives', 'erode', 'erodes', 'punish', 'punishes',
    // "too costly", "poorly planned", "not enough": too much or too little is a complaint
    'too ADJ', 'poorly VERB', 'badly VERB', 'not enough', 'lack', 'lacks', 'lacked', 'lacking',
    // wink's sentiment reads "unrealistic" by its stem: the negative prefixes, spelt out
    'unrealistic', 'unaffordable', 'unnecessary', 'unproven', 'untested', 'unsafe', 'unsustainable',
    'unreasonable', 'unjustified', 'undemocratic', 'unpopular', 'unwelcome', 'unhelpful',
  ],
};

export const supporterStance: Lexicon = {
  id: 'supporter-stance',
  role: 'stance',
  side: 'supporter',
  description: 'Words of approval, benefit or progress in a holder\'s view.',
  kind: 'phrases',
  entries: [
    'good', 'great', 'success', 'successful', 'benefit', 'benefits', 'beneficial', 'progress',
    'step forward', 'right decision', 'the right thing', 'overdue', 'fair', 'effective',
    'most effective', 'protect', 'protecting', 'protection', 'safe', 'safer', 'improve', 'improvement',
    'win', 'victory', 'breakthrough', 'opportunity', 'strength', 'stronger', 'sensible', 'wise',
    'positive', 'encouraging', 'promising', 'helpful', 'valuable', 'welcome step', 'long overdue',
    'bold', 'courageous', 'responsible', 'necessary', 'justified', 'vindicated', 'reassuring',
    'boost', 'boosts', 'strengthen', 'strengthens',
    'the right one', 'the right call', 'the right choice', 'the right move', 'the right approach',
    'right direction', 'worth it', 'worth doing',
    // praise, and the plain forms of the critic's "un-" words
    'excellent', 'superb', 'outstanding', 'commendable', 'pragmatic', 'good news',
    'was right to', 'is right to', 'are right to', 'were right to',
    'realistic', 'affordable', 'sustainable', 'reasonable', 'workable', 'popular',
  ],
};

// Nouns that name a side's view without quoting it ("the plans have faced stiff opposition",
// "the idea won the approval of the public"). Nouns spelt like a side's reporting verb
// ("doubts", "backing") are left to the verb lexicons: as nouns they are too often events
// ("an attack", "a challenge") to count as views.
export const criticViewNouns: Lexicon = {
  id: 'critic-view-noun',
  role: 'view-noun',
  side: 'critic',
  description: 'Nouns that name a view against something: criticism, objections, doubts ...',
  kind: 'phrases',
  entries: [
    'criticism', 'criticisms', 'objection', 'objections', 'reservations', 'misgivings',
    'backlash', 'outcry', 'condemnation', 'disquiet', 'unease', 'dissent',
    'resistance', 'hostility', 'scepticism', 'skepticism', 'opposition to', 'opposition from',
    'ADJ opposition', 'critique', 'critiques', 'calls for his resignation', 'calls for her resignation', 'calls to resign',
    // criticism a subject draws or comes under ("drew flak over", "met condemnations from", "has
    // come under fire for"); the preposition keeps out a convoy that "came under fire from"
    // gunmen and a "flak jacket"
    'condemnations', 'disapproval', 'flak over', 'flak for', 'flak from', 'ire', 'under fire for', 'under fire over',
  ],
};

export const supporterViewNouns: Lexicon = {
  id: 'supporter-view-noun',
  role: 'view-noun',
  side: 'supporter',
  description: 'Nouns that name a view in favour of something: support, backing, praise ...',
  kind: 'phrases',
  entries: [
    'support for', 'the support of', 'endorsement', 'endorsements', 'approval',
    'plaudits', 'enthusiasm for', 'vote of confidence',
  ],
};

export const criticMood: Lexicon = {
  id: 'critic-mood',
  role: 'mood',
  side: 'critic',
  description: 'A holder\'s mood against something: angry, upset, unhappy ...',
  kind: 'phrases',
  entries: [
    'angry', 'furious', 'upset', 'unhappy', 'outraged', 'dismayed', 'disappointed',
    'appalled', 'alarmed', 'incensed', 'frustrated', 'anger', 'outrage', 'fury', 'uproar',
    'dissatisfied', 'displeased', 'indignant', 'resentment', 'skeptical', 'sceptical', 'wary',
    'doubtful', 'unconvinced', 'not convinced', 'concerned', 'anxious', 'fearful', 'angrily', 'furiously',
    'annoyed', 'angered', 'opposed to', 'there are fears', 'there were fears',
    'shocked', 'saddened', 'disgusted', 'dismay',
    // ... and bafflement at a decision is its critics' too ("Miller was also baffled by the decision")
    'baffled', 'bemused', 'puzzled', 'perplexed', 'bewildered', 'irate', 'livid', 'enraged', 'infuriated',
    'exasperated', 'aggrieved', 'unimpressed', 'worried about', 'worried that', 'disappointment',
    'up in arms', 'in revolt', 'in open revolt',
  ],
};

export const supporterMood: Lexicon = {
  id: 'supporter-mood',
  role: 'mood',
  side: 'supporter',
  description: 'A holder\'s mood in favour of something: pleased, delighted ...',
  kind: 'phrases',
  entries: [
    'pleased', 'delighted', 'thrilled', 'happy', 'elated', 'relieved', 'grateful', 'enthusiastic',
    'satisfied', 'jubilant', 'overjoyed', 'ecstatic', 'optimistic', 'hopeful', 'reassured', 'unconcerned', 'unfazed',
  ],
};

export const allegationNouns: Lexicon = {
  id: 'allegation',
  role: 'allegation',
  side: null,
  description: 'Accusations whose content, when heard ("allegations that ..."), is a critic voice.',
  kind: 'phrases',
  entries: [
    'allegation', 'allegations', 'accusation', 'accusations', 'lawsuit', 'lawsuits', 'complaint',
    'complaints',
  ],
};

/** What a denial denies, whatever follows: "the allegations were false". */
export const accusationWords: ReadonlySet<string> = new Set([
  'allegation', 'allegations', 'accusation', 'accusations', 'rumour', 'rumours', 'rumor', 'rumors', 'charges',
  'article', 'story', 'stories',
]);
/** Accounts a denial may deny when their content follows ("reports of unpaid bills", "claims that ..."); "the council's report was misleading" is criticism. */
export const accountWords: ReadonlySet<string> = new Set([
  'claim', 'claims', 'report', 'reports', 'suggestion', 'suggestions',
]);

export const rebuttals: Lexicon = {
  id: 'rebuttal',
  role: 'rebuttal',
  side: null,
  description: 'Words that deny an accusation: their anger is aimed at the accuser, so they take no side by tone.',
  kind: 'phrases',
  entries: [
    'false', 'untrue', 'misleading', 'baseless', 'unfounded', 'groundless', 'inaccurate',
    'no truth', 'no basis', 'categorically',
  ],
};
