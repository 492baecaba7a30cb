// The rules, in the order LABELS.md tries the labels: supporter, critic, claim, fact.
// The first rule that applies decides; every other rule that applies is kept as a reason.
// Cue words live in ./lexicons; a rule here only says which cue, where, means what.
import type { Rule, SentenceContext } from './rule.js';
import { cueWords } from './rule.js';
import { forecastLemmas, intentLemmas, requestLemmas, speechVerbLemmas } from './lexicons/verbs.js';
import { isPastForm, writesSomething, type Side } from './voice.js';
import { interpretiveSubjects } from './lexicons/claims.js';
import { firstPerson, leadingSubordinators, negators } from './lexicons/clauses.js';
import { EVENT_SOURCES } from './lexicons/actors.js';
import { VIEW_STANCE } from './stance.js';

/** Sentiment beyond which a neutral holder's view counts as for or against. */
const VIEW_SENTIMENT = 0.15;
const ANCHOR_ENTITIES = new Set(['DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'DURATION']);

const voiceOf = (ctx: SentenceContext): string[] => [ctx.voice?.holder ?? '', ctx.voice?.verb ?? ''];
const sideVoice = (ctx: SentenceContext): boolean => ctx.voice !== undefined && !ctx.holderIsCentral;
const core = (ctx: SentenceContext): [number, number] => [ctx.clause.first, ctx.clause.coreLast];

function anchors(ctx: SentenceContext): string[] | undefined {
  const words = ctx.entities
    .filter((e) => ANCHOR_ENTITIES.has(e.name))
    .map((e) => ctx.tokens.slice(e.first, e.last + 1).map((t) => t.value).join(' '));
  // a set, not words.includes: that was quadratic, 47 s on a 1 MB sentence of numbers
  const seen = new Set(words);
  for (const t of ctx.tokens) {
    if (t.pos !== 'NUM' || seen.has(t.value)) continue;
    words.push(t.value);
    seen.add(t.value);
  }
  return words.length > 0 ? words : undefined;
}

/**
 * A date or figure for the main clause: a leading phrase without a verb ("On Tuesday, ...")
 * dates the main clause; a leading clause with its own verb ("When Turkey shot down a jet in
 * 2015, ...") dates only itself.
 */
function clauseAnchored(ctx: SentenceContext): boolean {
  const leading = ctx.tokens.slice(0, ctx.clause.first);
  const ownClause = leading.some((t) => t.pos === 'VERB' || t.pos === 'SCONJ' || leadingSubordinators.has(t.normal));
  const first = ownClause ? ctx.clause.first : 0;
  const { last } = ctx.clause;
  const inClause = (a: number, b: number): boolean => a >= first && b <= last;
  return (
    ctx.entities.some((e) => ANCHOR_ENTITIES.has(e.name) && inClause(e.first, e.last)) ||
    ctx.tokens.some((t, i) => t.pos === 'NUM' && inClause(i, i))
  );
}

/** The allegation's content follows it: "allegations that ...", "allegations it ...", "lawsuits accusing ...". */
function heardAllegation(ctx: SentenceContext): string[] | undefined {
  for (const cue of ctx.cues) {
    if (cue.name !== 'allegation') continue;
    const next = ctx.tokens[cue.last + 1];
    const content =
      (next && (next.normal === 'that' || next.pos === 'PRON')) ||
      ctx.cues.some((c) => (c.name === 'critic-verb' || c.name === 'report-verb') && c.first > cue.last && c.first <= cue.last + 4);
    if (content) return [ctx.tokens.slice(cue.first, cue.last + 1).map((t) => t.value).join(' ')];
  }
  return undefined;
}

/** How far before a mood word its negation may stand ("not everyone is celebrating"). */
const NEGATION_REACH = 4;

/**
 * A mood word in the main clause of someone other than the central actor or the writer; a
 * pleased mood denied ("not everyone is pleased", "others are less enthusiastic") is against.
 */
function moodOf(ctx: SentenceContext, side: Exclude<Side, null>): string[] | undefined {
  if (ctx.holderIsCentral || ctx.subjectIsCentral || ctx.quoted) return undefined;
  const { first, coreLast } = ctx.clause;
  const words: string[] = [];
  for (const cue of ctx.cues) {
    if (cue.first < first || cue.last > coreLast || !/-mood$/.test(cue.name)) continue;
    const negated = ctx.tokens.slice(Math.max(0, cue.first - NEGATION_REACH), cue.first).some((t) => negators.has(t.normal));
    const lean: Side = cue.name === 'supporter-mood' ? (negated ? 'critic' : 'supporter') : negated ? null : 'critic';
    if (lean === side) words.push(ctx.tokens.slice(cue.first, cue.last + 1).map((t) => t.value).join(' '));
  }
  return words.length > 0 ? words : undefined;
}

const RELATIVES = new Set(['that', 'which', 'who']);
const SIDE_OF_CUE: Record<string, Side> = { 'critic-holder': 'critic', 'supporter-holder': 'supporter', 'critic-verb': 'critic', 'supporter-verb': 'supporter' };
/** How far after a relative pronoun its reporting verb may stand ("which critics have long claimed"). */
const RELATIVE_REACH = 4;

/** A relative clause that reports a view, and the side its holder or its words take. */
function relativeView(ctx: SentenceContext, side: Exclude<Side, null>): string[] | undefined {
  if (ctx.holderIsCentral || ctx.quoted || ctx.voice) return undefined;
  // a relative clause may trail the main clause (", who said ..."): it is heard all the same
  const end = ctx.tokens.length - 1;
  for (let r = ctx.clause.first + 1; r <= end; r++) {
    // "a bill which critics claim ...", "Ann Cole, who said ...": a relative clause on a noun or a name
    const antecedent = ctx.tokens[r - 1]?.value === ',' ? ctx.tokens[r - 2] : ctx.tokens[r - 1];
    if (!RELATIVES.has(ctx.tokens[r]!.normal) || (antecedent?.pos !== 'NOUN' && antecedent?.pos !== 'PROPN')) continue;
    const verb = ctx.cues.find((c) => /-verb$/.test(c.name) && c.name !== 'framing-verb' && c.first > r && c.first <= r + RELATIVE_REACH);
    if (!verb) continue;
    const inside = ctx.cues.filter((c) => c.first > r && c.first <= verb.first);
    const named = inside.map((c) => SIDE_OF_CUE[c.name]).find(Boolean);
    // "groups that are opposed to ..." describes the antecedent; only a reported view is a voice
    if (verb.name !== 'report-verb' && !inside.some((c) => /-holder$/.test(c.name))) continue;
    const stance = ctx.viewStance(verb.last + 1, r > ctx.clause.last ? end : ctx.clause.last);
    const lean = named ?? (stance <= -VIEW_STANCE ? 'critic' : stance >= VIEW_STANCE ? 'supporter' : null);
    if (lean === side) return ctx.tokens.slice(r, verb.last + 1).map((t) => t.value);
  }
  return undefined;
}

/** "will"/"would" + an action ("would hire", "will be covered"): where the action starts, or -1. */
function willAct(ctx: SentenceContext, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (t.normal !== 'will' && t.normal !== 'would') continue;
    // "would not open an investigation" announces a decision all the same
    const k = ctx.tokens[i + 1]?.normal === 'not' || ctx.tokens[i + 1]?.normal === "n't" ? i + 1 : i;
    const next = ctx.tokens[k + 1];
    if (next?.pos === 'VERB') return i;
    if (next?.normal === 'be' && ctx.tokens[k + 2]?.pos === 'VERB' && ctx.tokens[k + 2]!.normal.endsWith('ed')) return i;
    return -1;
  }
  return -1;
}

/** The hedges of tokens [from, to], apart from the "would be" of a passive measure ("would be levied"). */
function hedgedBeyond(ctx: SentenceContext, from: number, to: number, measure: number): boolean {
  return ctx.cues.some((c) => c.name === 'hedge' && c.first >= from && c.last <= to && c.first !== measure);
}

/**
 * How many words of a reported clause, asides between commas not counted, may stand before
 * its "will"/"would": a subject and its verb group, not a second clause.
 */
const MEASURE_REACH = 6;

/** Where a reach of `words` from `from` ends when an aside between two commas is stepped over. */
function reachEnd(ctx: SentenceContext, from: number, to: number, words: number): number {
  let counted = 0;
  let i = from;
  for (; i <= to && counted < words; i++) {
    if (ctx.tokens[i]?.value !== ',') {
      counted++;
      continue;
    }
    // "the extra fee, about 5 pounds a day, would pay ...": the aside adds no words
    const close = ctx.tokens.findIndex((t, k) => k > i && k <= to && t.value === ',');
    if (close < 0) break;
    i = close;
  }
  return Math.min(i, to);
}

/** What a reported clause's subject may be made of before its verb group. */
const SUBJECT_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'PART']);

/** The central actor's reported measure: "will"/"would" + an action, no hedge, no judgement. */
function announcedMeasure(ctx: SentenceContext): string[] | undefined {
  const [from, to] = ctx.voice?.view ?? [0, -1];
  // "officers estimate it would raise £6.8m": a forecast, however firm its "would"
  if (forecastLemmas.has(ctx.tokens[ctx.voice?.verbIndex ?? -1]?.lemma ?? '')) return undefined;
  // "said the measure would give 'breathing room'": words of its own choosing make it a view
  if (ctx.tokens.slice(from, to + 1).some((t) => QUOTE_MARKS.has(t.value))) return undefined;
  // a long subject is still one noun phrase ("12 extra midwives and two consultants would be recruited")
  let subjectEnd = ctx.tokens[from]?.normal === 'that' ? from + 1 : from;
  while (subjectEnd <= to && SUBJECT_POS.has(ctx.tokens[subjectEnd]!.pos)) subjectEnd++;
  const at = willAct(ctx, from, Math.min(to, Math.max(reachEnd(ctx, from, to, MEASURE_REACH), subjectEnd + 1)));
  if (at < 0 || hedgedBeyond(ctx, from, to, at) || cueWords(ctx, 'evaluative', from, to)) return undefined;
  return ctx.tokens.slice(at, at + 2).map((t) => t.value);
}

const SINGULAR_SELF = new Set(['it', 'he', 'she']);
const PLURAL_SELF = new Set(['they', 'we']);

/** A holder announcing their own action ("the union said it would collect signatures"): a side's action. */
function ownAction(ctx: SentenceContext): string[] | undefined {
  const voice = ctx.voice;
  if (!voice || ctx.quoted) return undefined;
  const [from, to] = voice.view;
  const start = ctx.tokens[from]?.normal === 'that' ? from + 1 : from;
  const self = ctx.tokens[start];
  const head = voice.holder.split(' ').at(-1) ?? '';
  const plural = /s$/.test(head) && !voice.named;
  if (!self || !(plural ? PLURAL_SELF : SINGULAR_SELF).has(self.normal)) return undefined;
  const at = willAct(ctx, start + 1, Math.min(to, start + 3));
  if (at >= 0 && !hedgedBeyond(ctx, from, to, at)) return [self.value, ...ctx.tokens.slice(at, at + 2).map((t) => t.value)];
  const done = hadActed(ctx, start + 1);
  return done >= 0 ? [self.value, ...ctx.tokens.slice(done, done + 2).map((t) => t.value)] : undefined;
}

/** How far into the view the requested action ("to disclose") may start. */
const REQUEST_REACH = 8;

/**
 * "The group has asked the council to disclose ...", "MPs have written to the minister
 * asking her to halt ...": a request addressed to someone, an action rather than a view.
 */
function request(ctx: SentenceContext): string[] | undefined {
  const voice = ctx.voice;
  if (!voice || ctx.quoted || voice.verbSide) return undefined;
  const verb = ctx.tokens[voice.verbIndex];
  const [from, to] = voice.view;
  if (!verb || !requestLemmas.has(verb.lemma) || ctx.tokens[from]?.normal === 'that') return undefined;
  for (let i = from; i < Math.min(to, from + REQUEST_REACH); i++) {
    if (ctx.tokens[i]!.normal === 'to' && ctx.tokens[i + 1]?.pos === 'VERB') return [verb.value, ctx.tokens[i]!.value, ctx.tokens[i + 1]!.value];
    // "has written to both companies asking for a meeting"
    if (requestLemmas.has(ctx.tokens[i]!.lemma) && ctx.tokens[i]!.normal.endsWith('ing')) return [verb.value, ctx.tokens[i]!.value];
  }
  return undefined;
}

const PERFECT = new Set(['had', 'has', 'have']);
const LEANING_VERBS = new Set(['critic-verb', 'supporter-verb']);

/**
 * "said it had filed challenges", "said he had written to the minister": a holder reporting
 * what they have already done, an action; "had been told" is something done to them, and
 * "had rejected" takes a side. Where the action starts, or -1.
 */
function hadActed(ctx: SentenceContext, at: number): number {
  const first = ctx.tokens[at];
  // "said it accepted the ruling and apologised": a past tense, no auxiliary
  const past = first?.pos === 'VERB' && isPastForm(first) && !speechVerbLemmas.has(first.lemma);
  const verbAt = past ? at : at + 1;
  const verb = ctx.tokens[verbAt];
  if ((!past && !PERFECT.has(first?.normal ?? '')) || verb?.pos !== 'VERB') return -1;
  return ctx.cues.some((c) => LEANING_VERBS.has(c.name) && c.first === verbAt) ? -1 : at;
}

/** Cues that make a view more than a report of what happened. */
const JUDGING_CUES = new Set([
  'hedge', 'evaluative', 'weak-evaluative', 'opinion-noun', 'framing-verb', 'critic-stance',
  'supporter-stance', 'critic-mood', 'supporter-mood', 'allegation', 'both-sides',
]);
const PLAIN_REPORT_LEMMAS = new Set(['say', 'add', 'tell', 'state']);
const QUOTE_MARKS = new Set(['"', '“', '”']);

/** An institution's plain report of an event ("two men were arrested, police said"). */
function sourcedEvent(ctx: SentenceContext): string[] | undefined {
  const voice = ctx.voice;
  if (!voice || ctx.quoted || voice.verbSide || voice.holderSide) return undefined;
  const head = ctx.tokens[voice.holderTokens[1]];
  const verb = ctx.tokens[voice.verbIndex];
  if (!head || !verb || !EVENT_SOURCES.has(head.normal) || !PLAIN_REPORT_LEMMAS.has(verb.lemma)) return undefined;
  const [from, to] = voice.view;
  if (ctx.cues.some((c) => JUDGING_CUES.has(c.name) && c.first >= from && c.last <= to)) return undefined;
  // an event has its own verb, in the writer's words: "police said it was a tragedy" has
  // only a copula, and a verb inside quotation marks is the source's own wording, a view
  let quoted = ctx.tokens.slice(0, from).filter((t) => QUOTE_MARKS.has(t.value)).length % 2 === 1;
  for (let i = from; i <= to; i++) {
    const t = ctx.tokens[i]!;
    if (QUOTE_MARKS.has(t.value)) quoted = !quoted;
    else if (!quoted && t.pos === 'VERB') return [voice.holder, voice.verb, t.value];
  }
  return undefined;
}

/** The concessive clause sets aside a voice ("While critics say ..."). */
function concededVoice(ctx: SentenceContext): string[] | undefined {
  const range = ctx.clause.concessive;
  if (!range) return undefined;
  const words = ctx.cues
    .filter((c) => /-holder$|-verb$/.test(c.name) && c.name !== 'framing-verb' && c.first >= range[0] && c.last <= range[1])
    .map((c) => ctx.tokens.slice(c.first, c.last + 1).map((t) => t.value).join(' '));
  return words.length > 0 ? words : undefined;
}

/** "X is/was + adjective" as the main clause: a description that judges. */
function copularJudgement(ctx: SentenceContext): string[] | undefined {
  const verb = ctx.tokens[ctx.clause.verb];
  if (!verb || verb.lemma !== 'be' || verb.pos !== 'AUX') return undefined;
  let i = ctx.clause.verb + 1;
  while (ctx.tokens[i]?.pos === 'ADV' || ctx.tokens[i]?.pos === 'PART') i++;
  const predicate = ctx.tokens[i];
  if (predicate?.pos === 'ADJ' && i <= ctx.clause.coreLast) return [verb.value, predicate.value];
  // "it is a fair worry", "a timid reform": a noun judged by an adjective that carries a
  // judgement; "a retired teacher", "a British firm" only sort
  // "there is no legal precedent" says what exists, not what it is like
  if (predicate?.pos !== 'DET' || ctx.tokens[ctx.clause.verb - 1]?.normal === 'there') return undefined;
  const adjective = ctx.tokens[i + 1];
  const noun = ctx.tokens[i + 2];
  if (adjective?.pos !== 'ADJ' || noun?.pos !== 'NOUN' || i + 2 > ctx.clause.coreLast) return undefined;
  const judging = ctx.cues.some((c) => c.first === i + 1 && JUDGING_CUES.has(c.name)) || ctx.wordSentiment(i + 1) !== 0;
  return judging ? [verb.value, adjective.value, noun.value] : undefined;
}

/** The head noun of the main clause's subject, when it is an abstract reading of events. */
function interpretiveSubject(ctx: SentenceContext): string[] | undefined {
  const { first, verb } = ctx.clause;
  if (verb <= first) return undefined;
  let head = -1;
  // the head is the last noun before the verb or a preposition ("the reaction to ..."); a
  // leading adverbial ("So far, ...") ends at its comma and is not the subject
  for (let i = first; i < verb; i++) {
    const t = ctx.tokens[i]!;
    if (t.value === ',') head = -1;
    else if (t.pos === 'ADP' && head >= 0) break;
    else if (t.pos === 'NOUN') head = i;
  }
  const noun = ctx.tokens[head];
  return noun && interpretiveSubjects.has(noun.lemma) ? [noun.value] : undefined;
}

/**
 * A reporting verb the tagger read as a noun, known by the "that" it takes ("her department
 * estimates that ..."); after a determiner it is a noun ("the claim that ...").
 */
function reportThat(ctx: SentenceContext): string[] | undefined {
  const { first, coreLast } = ctx.clause;
  const cue = ctx.cues.find(
    (c) => c.name === 'report-verb' && c.first >= first && c.last <= coreLast && ctx.tokens[c.last + 1]?.normal === 'that' && ctx.tokens[c.first - 1]?.pos !== 'DET',
  );
  return cue ? ctx.tokens.slice(cue.first, cue.last + 1).map((t) => t.value) : undefined;
}

/** LABELS.md counts what the central actor intends as a claim, not a measure. */
function centralIntent(ctx: SentenceContext): string[] | undefined {
  const verb = ctx.tokens[ctx.clause.verb];
  if (!verb) return undefined;
  // "is trying to", "hopes to": the verb itself or the one after an auxiliary
  const next = ctx.tokens[ctx.clause.verb + 1];
  const intent = [verb, next].find((t) => t && intentLemmas.has(t.lemma));
  return intent ? [intent.value] : undefined;
}

export const rules: readonly Rule[] = [
  {
    id: 'fact-announced-action',
    label: 'fact',
    description: 'A holder says what they themselves will do ("the union said it would collect signatures"): an action.',
    confidence: 0.6,
    test: (ctx) => (ctx.holderIsCentral ? undefined : ownAction(ctx)),
  },
  {
    id: 'fact-request',
    label: 'fact',
    description: 'A holder asks someone to act ("the group has asked the council to publish its figures"): an action.',
    confidence: 0.6,
    test: (ctx) => (ctx.holderIsCentral ? undefined : request(ctx)),
  },
  {
    id: 'supporter-holder-says',
    label: 'supporter',
    description: 'A holder named as a supporter voices a view ("proponents argue ...").',
    confidence: 0.9,
    test: (ctx) => (sideVoice(ctx) && ctx.voice?.holderSide === 'supporter' ? voiceOf(ctx) : undefined),
  },
  {
    id: 'critic-holder-says',
    label: 'critic',
    description: 'A holder named as a critic voices a view ("critics argue ...").',
    confidence: 0.9,
    test: (ctx) => (sideVoice(ctx) && ctx.voice?.holderSide === 'critic' ? voiceOf(ctx) : undefined),
  },
  {
    id: 'supporter-verb-lean',
    label: 'supporter',
    description: 'A neutral holder speaks with a verb of support ("officials welcomed ...").',
    confidence: 0.75,
    test: (ctx) =>
      sideVoice(ctx) && !ctx.voice?.holderSide && ctx.voice?.verbSide === 'supporter' ? voiceOf(ctx) : undefined,
  },
  {
    id: 'critic-verb-lean',
    label: 'critic',
    description: 'A neutral holder speaks with a verb of opposition ("experts warn ...").',
    confidence: 0.75,
    test: (ctx) =>
      sideVoice(ctx) && !ctx.voice?.holderSide && ctx.voice?.verbSide === 'critic' ? voiceOf(ctx) : undefined,
  },
  {
    id: 'fact-sourced-event',
    label: 'fact',
    description: 'An institution plainly reports an event, with no judgement in it ("two men were arrested, police said").',
    confidence: 0.6,
    test: (ctx) => (ctx.holderIsCentral ? undefined : sourcedEvent(ctx)),
  },
  {
    id: 'supporter-speaker-stance',
    label: 'supporter',
    description: "A neutral holder whose words across the article speak in favour (stance words, sentiment).",
    confidence: 0.65,
    test: (ctx) =>
      sideVoice(ctx) && !ctx.voice?.holderSide && !ctx.voice?.verbSide && ctx.speakerSide === 'supporter' ? voiceOf(ctx) : undefined,
  },
  {
    id: 'critic-speaker-stance',
    label: 'critic',
    description: 'A neutral holder whose words across the article speak against (blame, grievance, sentiment).',
    confidence: 0.65,
    test: (ctx) =>
      sideVoice(ctx) && !ctx.voice?.holderSide && !ctx.voice?.verbSide && ctx.speakerSide === 'critic' ? voiceOf(ctx) : undefined,
  },
  {
    id: 'supporter-positive-view',
    label: 'supporter',
    description: 'A neutral holder voices a view whose sentiment is positive ("others argue it opens a door to peace").',
    confidence: 0.6,
    test: (ctx) =>
      sideVoice(ctx) && !ctx.voice?.holderSide && !ctx.voice?.verbSide && !ctx.voice?.named &&
      ctx.viewSentiment() >= VIEW_SENTIMENT
        ? voiceOf(ctx)
        : undefined,
  },
  {
    id: 'critic-negative-view',
    label: 'critic',
    description: 'A neutral holder voices a view whose sentiment is negative.',
    confidence: 0.6,
    test: (ctx) =>
      sideVoice(ctx) && !ctx.voice?.holderSide && !ctx.voice?.verbSide && !ctx.voice?.named &&
      ctx.viewSentiment() <= -VIEW_SENTIMENT
        ? voiceOf(ctx)
        : undefined,
  },
  {
    id: 'critic-allegation-heard',
    label: 'critic',
    description: 'An allegation, accusation or lawsuit whose content is heard ("accusations that it ignored ...").',
    confidence: 0.65,
    test: (ctx) => (ctx.holderIsCentral ? undefined : heardAllegation(ctx)),
  },
  {
    id: 'supporter-relative-view',
    label: 'supporter',
    description: 'A view in favour heard in a relative clause ("a report which experts say will save lives").',
    confidence: 0.55,
    test: (ctx) => relativeView(ctx, 'supporter'),
  },
  {
    id: 'critic-relative-view',
    label: 'critic',
    description: 'A view against heard in a relative clause ("a bill which critics claim would legalise ...").',
    confidence: 0.55,
    test: (ctx) => relativeView(ctx, 'critic'),
  },
  {
    id: 'supporter-mood',
    label: 'supporter',
    description: 'Someone other than the central actor is pleased or delighted ("groups are delighted").',
    confidence: 0.6,
    test: (ctx) => moodOf(ctx, 'supporter'),
  },
  {
    id: 'critic-mood',
    label: 'critic',
    description: 'Someone other than the central actor is angry or unhappy, or there is anger over it.',
    confidence: 0.6,
    test: (ctx) => moodOf(ctx, 'critic'),
  },
  {
    id: 'fact-central-measure',
    label: 'fact',
    description: "The central actor announces what it will do, without a hedge (\"the government would go ahead with the changes\").",
    confidence: 0.6,
    test: (ctx) => (ctx.holderIsCentral && !ctx.quoted ? announcedMeasure(ctx) : undefined),
  },
  {
    id: 'claim-central-actor-view',
    label: 'claim',
    description: "The central actor's own view, praise or criticism is a claim to be checked.",
    confidence: 0.8,
    test: (ctx) => (ctx.voice && ctx.holderIsCentral ? voiceOf(ctx) : undefined),
  },
  {
    id: 'claim-central-intent',
    label: 'claim',
    description: 'What the central actor tries, aims or hopes to do ("the firm is trying to win back customers").',
    confidence: 0.6,
    test: (ctx) => (ctx.subjectIsCentral ? centralIntent(ctx) : undefined),
  },
  {
    id: 'claim-both-sides',
    label: 'claim',
    description: 'Both sides are named but neither is heard ("drawn both praise and criticism").',
    confidence: 0.8,
    test: (ctx) => cueWords(ctx, 'both-sides'),
  },
  {
    id: 'claim-neutral-voice',
    label: 'claim',
    description: 'A view from a holder who takes no side.',
    confidence: 0.6,
    test: (ctx) => (ctx.voice ? voiceOf(ctx) : undefined),
  },
  {
    id: 'claim-writer-voice',
    label: 'claim',
    description: 'The writer speaks in the first person outside any quotation ("I have some sympathy for ..."): their own view.',
    confidence: 0.7,
    test: (ctx) => {
      if (ctx.voice || ctx.quoted) return undefined;
      const self = ctx.tokens.find((t) => t.pos === 'PRON' && firstPerson.has(t.normal));
      return self ? [self.value] : undefined;
    },
  },
  {
    id: 'claim-hedge',
    label: 'claim',
    description: 'A modal, hedge or open question in the main clause ("could", "remains to be seen").',
    confidence: 0.8,
    test: (ctx) => cueWords(ctx, 'hedge', ...core(ctx)),
  },
  {
    id: 'claim-evaluative',
    label: 'claim',
    description: "The writer's judgement in the main clause (\"undoubtedly\", \"a testament to\").",
    confidence: 0.75,
    test: (ctx) => cueWords(ctx, 'evaluative', ...core(ctx)),
  },
  {
    id: 'claim-framing',
    label: 'claim',
    description: 'The main clause says what something means ("reflects", "underscores", "highlights").',
    confidence: 0.75,
    test: (ctx) => {
      const framing = cueWords(ctx, 'framing-verb', ...core(ctx));
      if (framing) return framing;
      const verb = ctx.clause.verb;
      if (verb >= 0 && writesSomething(ctx.tokens, verb)) return undefined;
      // "80 firefighters were called to the fire": a passive reports no one's words ("is expected
      // to" still forecasts)
      const passive = verb >= 0 && ctx.tokens[verb - 1]?.lemma === 'be' && isPastForm(ctx.tokens[verb]);
      if (passive && !forecastLemmas.has(ctx.tokens[verb]!.lemma)) return undefined;
      return (verb >= 0 ? cueWords(ctx, 'report-verb', verb, verb) : undefined) ?? reportThat(ctx);
    },
  },
  {
    id: 'claim-opinion-noun',
    label: 'claim',
    description: 'The main clause is about a view, not an event ("belief", "perspective", "concerns").',
    confidence: 0.65,
    test: (ctx) => cueWords(ctx, 'opinion-noun', ...core(ctx)),
  },
  {
    id: 'claim-weak-evaluative',
    label: 'claim',
    description: 'An evaluative word ("significant", "key") with no date or figure to anchor the clause.',
    confidence: 0.6,
    test: (ctx) => (anchors(ctx) ? undefined : cueWords(ctx, 'weak-evaluative', ...core(ctx))),
  },
  {
    id: 'claim-copular-judgement',
    label: 'claim',
    description: 'The main clause only says what something is like ("the response was fast and furious"), with no figure.',
    confidence: 0.55,
    test: (ctx) => (clauseAnchored(ctx) ? undefined : copularJudgement(ctx)),
  },
  {
    id: 'claim-answers-concession',
    label: 'claim',
    description: 'The main clause answers a voice set aside in a concessive clause, with no figure to check.',
    confidence: 0.6,
    test: (ctx) => (ctx.tokens.some((t) => t.pos === 'NUM') ? undefined : concededVoice(ctx)),
  },
  {
    id: 'claim-interpretive-subject',
    label: 'claim',
    description: 'The main clause is about an abstract reading of events ("the reaction was ...", "their efforts have ..."), with no figure.',
    confidence: 0.55,
    test: (ctx) => (clauseAnchored(ctx) ? undefined : interpretiveSubject(ctx)),
  },
  {
    id: 'fact-checkable',
    label: 'fact',
    description: 'No claim cue, and a date or figure that can be checked.',
    confidence: 0.75,
    test: anchors,
  },
  {
    id: 'fact-default',
    label: 'fact',
    description: 'No voice and no claim cue: an event or state stated plainly.',
    confidence: 0.55,
    test: () => [],
  },
];
