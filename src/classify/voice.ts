// Who holds the view a sentence reports, and which way their words lean:
// "critics argue ...", "others argue it opens a door ...", "Trump has often criticized ...".
import type { Token, TokenSpan } from '../nlp/wink.js';
import type { Clause } from './clause.js';

export type Side = 'supporter' | 'critic' | null;

export interface Voice {
  /** The holder as written ("critics", "Donald Trump", "he"). */
  holder: string;
  /** The holder's side by name (critics, supporters), or null for neutral holders. */
  holderSide: Side;
  /** The holder is a proper name or pronoun, not a group noun. */
  named: boolean;
  holderTokens: [number, number];
  /** The reporting verb and the side it leans to. */
  verb: string;
  verbIndex: number;
  verbSide: Side;
  /** The view itself: what follows the verb, to the end of the clause. */
  view: [number, number];
}

const VERB_CUES: Record<string, Side> = { 'report-verb': null, 'critic-verb': 'critic', 'supporter-verb': 'supporter' };
const HOLDER_CUES: Record<string, Side> = { 'critic-holder': 'critic', 'supporter-holder': 'supporter', 'neutral-holder': null };
/** Tokens that may stand between a holder and its verb ("critics have long argued", "critics of the plan say"). */
const GAP_POS = new Set(['AUX', 'ADV', 'PART', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);
const MAX_GAP = 6;
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

function holderBefore(tokens: Token[], holderEndingAt: Map<number, TokenSpan>, verbAt: number, first: number): Omit<Voice, 'verb' | 'verbIndex' | 'verbSide' | 'view'> | undefined {
  for (let i = verbAt - 1; i >= first && i >= verbAt - 1 - MAX_GAP; i--) {
    const cue = holderEndingAt.get(i);
    if (cue) {
      const words = tokens.slice(cue.first, cue.last + 1).map((t) => t.normal).join(' ');
      return { holder: words, holderSide: HOLDER_CUES[cue.name] ?? null, named: false, holderTokens: [cue.first, cue.last] };
    }
    const t = tokens[i]!;
    if (t.pos === 'PROPN') {
      let start = i;
      while (start > first && tokens[start - 1]!.pos === 'PROPN') start--;
      // "Trump's interactions aim ..." names Trump but it is the interactions that aim
      if (tokens[i + 1]?.normal === "'s" || tokens[i + 1]?.normal === '’s') return undefined;
      const words = tokens.slice(start, i + 1).map((x) => x.value).join(' ');
      return { holder: words, holderSide: null, named: true, holderTokens: [start, i] };
    }
    if (t.pos === 'PRON' && PRONOUNS.has(t.normal)) {
      return { holder: t.normal, holderSide: null, named: true, holderTokens: [i, i] };
    }
    if (!GAP_POS.has(t.pos)) return undefined;
  }
  return undefined;
}

/** Find the first holder + reporting verb in the main clause. */
export function findVoice(tokens: Token[], cues: TokenSpan[], clause: Clause): Voice | undefined {
  // indexed once: scanning every cue for each word before each verb took 40 s on a 1 MB sentence
  const holderEndingAt = new Map<number, TokenSpan>();
  for (const cue of cues) if (cue.name in HOLDER_CUES && !holderEndingAt.has(cue.last)) holderEndingAt.set(cue.last, cue);
  for (const cue of cues) {
    if (!(cue.name in VERB_CUES) || cue.first < clause.first || cue.first > clause.last) continue;
    const holder = holderBefore(tokens, holderEndingAt, cue.first, clause.first);
    if (!holder) continue;
    return {
      ...holder,
      verb: tokens.slice(cue.first, cue.last + 1).map((t) => t.normal).join(' '),
      verbIndex: cue.first,
      verbSide: VERB_CUES[cue.name] ?? null,
      view: [cue.last + 1, clause.last],
    };
  }
  return undefined;
}
