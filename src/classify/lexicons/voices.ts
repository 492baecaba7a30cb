import type { Lexicon } from './lexicon.js';

// Who holds a view. The side a holder word carries is the side its sentences take
// (LABELS.md: "The side comes from the holder").

export const criticHolders: Lexicon = {
  id: 'critic-holder',
  role: 'holder',
  side: 'critic',
  description: 'Group nouns that name a voice against the subject.',
  kind: 'phrases',
  entries: [
    'critics', 'critic', 'skeptics', 'sceptics', 'skeptic', 'sceptic', 'detractors', 'detractor',
    'opponents', 'opponent', 'naysayers', 'dissenters', 'foes', 'protesters', 'protestors', 'protester', 'protestor',
    'objectors', 'doubters', 'cynics', 'the opposition', 'challenger', 'challengers',
    // the opposition to whoever governs: "opposition councillors say ...", "opposition leader Ann Cole"
    'opposition leader', 'opposition leaders', 'opposition parties', 'opposition politicians',
    'opposition figures', 'opposition mps', 'opposition lawmakers', 'opposition councillors',
    'shadow minister', 'shadow secretary', 'shadow chancellor', 'shadow NOUN minister', 'shadow NOUN secretary',
  ],
};

export const supporterHolders: Lexicon = {
  id: 'supporter-holder',
  role: 'holder',
  side: 'supporter',
  description: 'Group nouns that name a voice in favour of the subject.',
  kind: 'phrases',
  entries: [
    'supporters', 'supporter', 'proponents', 'proponent', 'advocates', 'backers', 'backer',
    'allies', 'defenders', 'admirers', 'boosters', 'enthusiasts', 'fans',
  ],
};

export const neutralHolders: Lexicon = {
  id: 'neutral-holder',
  role: 'holder',
  side: null,
  description: 'Holders who take no side by their name; the side comes from what they say.',
  kind: 'phrases',
  entries: [
    'others', 'some', 'many', 'analysts', 'experts', 'observers', 'commentators', 'correspondents', 'economists',
    'officials', 'researchers', 'scientists', 'residents', 'unions', 'campaigners', 'activists',
    'lawmakers', 'legislators', 'historians', 'scholars', 'diplomats', 'doctors', 'teachers',
    'parents', 'voters', 'investors', 'business leaders', 'industry', 'groups', 'a spokesman',
    'a spokeswoman', 'a spokesperson',
  ],
};
