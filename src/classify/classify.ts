// Label every sentence of an article: read who speaks (the register), gather each sentence's
// evidence, and let the learned model weigh it. Nothing here decides a label by itself.
import { sentimentOfTokens } from '../nlp/sentiment.js';
import type { TokenSpan } from '../nlp/wink.js';
import type { SentenceSpan } from '../segment/sentences.js';
import type { Label, Reason, SideGiven, SpeakerReport } from '../types.js';
import type { Central } from './central.js';
import type { SentenceContext } from './context.js';
import { evidence as defaultEvidence, type Evidence, type Fired } from './evidence/index.js';
import { fired } from './evidence/evidence.js';
import { personKindHedges } from './lexicons/claims.js';
import { roleOf } from './lexicons/index.js';
import { shippedWeights, weighArticle, type Weights } from './model.js';
import { buildRegister, type Register } from './register.js';
import { decideSpeakers, type Labelled } from './sides.js';
import { isVoice, placesOf } from './voices.js';
import { stanceOf } from './stance.js';

export interface Classification {
  label: Label;
  confidence: number;
  reasons: Reason[];
  /** The register's id of who speaks in the sentence, if anyone does. */
  speaker?: string;
  holder?: string;
}

export interface ClassifyOptions {
  evidence?: readonly Evidence[];
  weights?: Weights;
  /** Sides an editor gives speakers by name; they win over what the evidence says. */
  sides?: readonly SideGiven[];
}

export interface ArticleClassification {
  sentences: Classification[];
  speakers: SpeakerReport[];
  /** Given sides whose name matches no speaker of the article. */
  unmatched: string[];
}

/** Words that may stand between a verb and the amount it takes ("add about £96", "cost an extra 5%"). */
const BEFORE_AMOUNT = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'up', 'to', 'an', 'a', 'extra', 'more', 'than']);

/**
 * Does an amount start at token `i`: a number or currency sign, perhaps after "about" or "an
 * extra"? A year is no amount ("pointed to a 2013 study").
 */
function amountAt(tokens: SentenceSpan['tokens'], i: number, dates: readonly TokenSpan[]): boolean {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NUM' && dates.some((d) => d.first <= k && d.last >= k)) return false;
    if (t.pos === 'NUM' || /^[£$€¥]$/.test(t.value)) return true;
    if (!BEFORE_AMOUNT.has(t.normal)) return false;
  }
  return false;
}

/**
 * The cues that mean what their lexicon says: the month "May" is no hedge, and a verb that
 * takes an amount ("will add about £96 a year") reports no one's words.
 */
function meaningfulCues(span: SentenceSpan): SentenceSpan['cues'] {
  const dates = span.entities.filter((e) => e.name === 'DATE');
  const kept = span.cues.filter((c) => {
    const role = roleOf(c.name);
    const first = span.tokens[c.first]!;
    return (
      // "likely voters", "a possible successor" name a kind of person; they hedge nothing
      !(role === 'hedge' && personKindHedges.has(first.normal) && span.tokens[c.last + 1]?.pos === 'NOUN') &&
      // "the Harwick Town Supporters' Trust": a side word inside a name names no side
      !(role === 'holder' && c.first > 0 && /^[A-Z]/.test(first.value) && span.tokens[c.first - 1]!.pos === 'PROPN') &&
      // "will meet to decide whether to strike": a question someone will settle, not the writer's doubt
      !(role === 'hedge' && first.normal === 'whether' && span.tokens[c.first - 1]?.pos === 'VERB') &&
      // "wait until May", "Home Secretary Theresa May": the month or the name, not the modal
      !(role === 'hedge' && first.value === 'May' && first.pos !== 'AUX') &&
      !dates.some((d) => d.first <= c.first && d.last >= c.last) &&
      // "said 12 midwives would be hired" reports all the same: nobody says an amount
      !(role === 'reporting-verb' && first.lemma !== 'say' && amountAt(span.tokens, c.last + 1, dates))
    );
  });
  // the sentence's own list when every cue means what it says: its main clause, found under that
  // list while finding the central actor, is then found again rather than worked out anew
  return kept.length === span.cues.length ? span.cues : kept;
}

/** Each sentence's context and the evidence that fired in it. */
export function gatherEvidence(read: SentenceSpan[], central: Central, list: readonly Evidence[] = defaultEvidence): { register: Register; fired: Fired[][]; contexts: SentenceContext[] } {
  const spans = read.map((span) => ({ ...span, cues: meaningfulCues(span) }));
  const register = buildRegister(spans, central, (i, view) => stanceOf(spans[i]!, view));
  const contexts = spans.map((span, i): SentenceContext => {
    const a = register.attributions[i]!;
    return {
      index: i,
      tokens: span.tokens,
      cues: span.cues,
      entities: span.entities,
      clause: a.clause,
      voice: a.voice,
      view: a.view,
      speaker: a.key ? register.speakers.get(a.key) : undefined,
      holderIsCentral: a.holderIsCentral,
      subjectIsCentral: a.subjectIsCentral,
      quoted: a.quoted,
      central,
      viewStance: (first, last) => stanceOf(span, [first, last]),
      wordSentiment: (index) => (index >= 0 && index < span.tokens.length ? sentimentOfTokens(span.tokens, index, index) : 0),
    };
  });
  const found = contexts.map((ctx) => {
    const out: Fired[] = [];
    for (const source of list) {
      const finding = source.test(ctx);
      if (finding) out.push(...fired(source, finding));
    }
    return out;
  });
  return { register, fired: found, contexts };
}

/** Label every sentence of an article and decide each speaker's role and side. */
export function classifyArticle(read: SentenceSpan[], central: Central, options: ClassifyOptions = {}): ArticleClassification {
  const weights = options.weights ?? shippedWeights();
  const { register, fired: found } = gatherEvidence(read, central, options.evidence);
  // the model's probabilities ride along so a label the speaker's side changes is re-weighed
  const sentences: Array<Classification & Labelled> = weighArticle(found, weights).map(({ label, confidence, reasons, probabilities }, i) => {
    const key = register.attributions[i]!.key;
    return key ? { label, confidence, reasons, probabilities, speaker: key } : { label, confidence, reasons, probabilities };
  });
  const { speakers, unmatched } = decideSpeakers(register, sentences, options.sides, weights);
  // a side's sentences are held by their speaker, under the fullest name the article gives them,
  // when that speaker is someone: a person, a group or an organisation
  const places = placesOf(read);
  const named = new Map(speakers.filter((s) => isVoice(s.name, places)).map((s) => [s.id, s.name]));
  sentences.forEach((s) => {
    const name = s.speaker && named.get(s.speaker);
    if (name && (s.label === 'supporter' || s.label === 'critic')) s.holder = name;
  });
  return { sentences, speakers, unmatched };
}
