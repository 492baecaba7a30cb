import type { Lexicon } from './lexicon.js';

// What makes a statement a claim rather than a checkable fact (LABELS.md, "claim").

export const hedges: Lexicon = {
  id: 'hedge',
  role: 'hedge',
  side: null,
  description: 'Modals, hedges and open questions: could, may, remains to be seen, whether.',
  kind: 'phrases',
  entries: [
    'could', 'may', 'might', 'perhaps', 'possibly', 'likely', 'unlikely', 'potential',
    'potentially', 'uncertain', 'uncertainty', 'uncertainties', 'unclear', 'remains to be seen',
    'remain to be seen', 'not clear', 'whether', 'seems', 'seem', 'seemed', 'appears to', 'appear to', 'appeared to', 'arguably',
    'probably', 'presumably', 'should', 'must', 'hard to say', 'open question',
    // the debate idiom family, not one text's phrase
    'subject of debate', 'matter of debate', 'open to debate', 'up for debate', 'open to question',
    'debatable', 'questionable', 'difficult to say', 'hard to tell', 'too early to tell', 'time will tell',
    'questions remain', 'question remains', 'unanswered', 'it is hoped', 'is believed', 'are believed',
    'necessarily',
    // a report the writer does not vouch for ("allegedly locked the gate", "are said to be stuck",
    // "was estimated to save $750,000")
    'allegedly', 'is said to', 'are said to', 'was said to', 'were said to',
    'is estimated to', 'are estimated to', 'was estimated to', 'were estimated to',
  ],
};

export const strongEvaluatives: Lexicon = {
  id: 'evaluative',
  role: 'evaluative',
  side: null,
  description: 'Words that carry the writer\'s judgement whatever else the sentence says.',
  kind: 'phrases',
  entries: [
    'undoubtedly', 'clearly', 'obviously', 'obvious', 'surely', 'intriguing', 'ambitious', 'remarkable',
    'testament', 'fraught', 'elusive', 'tumultuous', 'unorthodox', 'alarming',
    'troubling', 'impressive', 'disastrous', 'misguided', 'reckless', 'admirable', 'shameful',
    'brilliant', 'foolish', 'dangerous', 'proactive', 'unfortunately',
    'fortunately', 'sadly', 'ironically', 'rightly', 'wrongly', 'of course', 'undeniable',
    'undeniably', 'hard to deny', 'difficult to deny', 'hard to ignore', 'without doubt', 'doubtless',
    'unquestionably', 'inevitably', 'hard to miss', 'impossible to miss', 'impossible to ignore',
    'difficult to ignore',
    // the writer saying what something is "really" about
    'above all', 'at heart', 'at its heart', 'in truth', 'in reality', 'really about', 'never really',
    'not really', 'the real question', 'the real test', 'the real price', 'the real cost',
  ],
};

export const weakEvaluatives: Lexicon = {
  id: 'weak-evaluative',
  role: 'weak-evaluative',
  side: null,
  description: 'Evaluative words that a concrete date or figure in the same clause outweighs.',
  kind: 'phrases',
  entries: [
    'significant', 'significance', 'important', 'importance', 'pivotal', 'key', 'crucial',
    'unique', 'notable', 'vital', 'essential', 'symbolic', 'enduring', 'historic', 'landmark',
    'meaningful', 'tangible', 'substantive', 'controversial', 'contentious',
  ],
};

export const opinionNouns: Lexicon = {
  id: 'opinion-noun',
  role: 'opinion-noun',
  side: null,
  description: 'Nouns that name a view rather than an event: belief, perspective, concerns.',
  kind: 'phrases',
  entries: [
    'belief', 'beliefs', 'opinion', 'opinions', 'perspective', 'assertion', 'concerns',
  ],
};

export const bothSides: Lexicon = {
  id: 'both-sides',
  role: 'both-sides',
  side: null,
  description: 'Both sides named without either being heard ("drawn both praise and criticism").',
  kind: 'phrases',
  entries: [
    'praise and criticism', 'criticism and praise', 'supporters and critics',
    'critics and supporters', 'supporters and opponents', 'proponents and opponents',
    'both sides',
    // a divided field named without either half speaking ("economists are divided on that")
    'divided on', 'divided over', 'split on', 'split over', 'opinion is divided', 'opinions differ',
    'views differ', 'mixed reaction', 'mixed reactions', 'mixed reviews',
  ],
};

/**
 * Abstract nouns that, heading a main clause's subject, make it the writer's reading of events
 * rather than an event ("the reaction was ...", "their efforts have not been in vain"). Lemmas,
 * matched on the subject's head noun only, so they are not a cue lexicon.
 */
export const interpretiveSubjects: ReadonlySet<string> = new Set([
  'effort', 'ramification', 'implication', 'impact', 'approach', 'relationship', 'reaction',
  'response', 'strategy', 'motive', 'motivation', 'goal', 'ambition', 'message', 'rapprochement',
  'tension', 'diplomacy', 'interaction', 'legacy', 'consequence', 'outcome', 'future', 'rhetoric',
  'stance', 'tactic', 'calculation', 'intention', 'aim', 'rationale', 'logic', 'narrative',
  'perception', 'reputation', 'credibility', 'influence', 'leverage', 'dilemma', 'irony',
]);

/** Hedges that, before a noun, name a kind of person instead ("likely voters", "a possible successor", "potential buyers"). */
export const personKindHedges: ReadonlySet<string> = new Set(['likely', 'possible', 'potential']);

/**
 * What the writer calls an event when passing a verdict on it ("the ruling is a major victory
 * for the council", "deals another blow to the plan", "represent a significant retreat from"):
 * LABELS.md's writer's own interpretation, a claim. Lemmas of nouns, read after the main verb.
 */
export const verdictNouns: ReadonlySet<string> = new Set([
  'victory', 'win', 'triumph', 'coup', 'boost', 'blow', 'setback', 'defeat', 'embarrassment',
  'rebuke', 'snub', 'climbdown', 'retreat', 'reversal', 'headache',
]);
/** Verbs by which a thing is given such a verdict ("is", "marks", "deals", "represents"). Lemmas. */
export const verdictVerbs: ReadonlySet<string> = new Set(['be', 'mark', 'represent', 'deal', 'deliver', 'hand', 'constitute', 'spell', 'amount']);
