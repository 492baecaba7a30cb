// The rules, in the order LABELS.md tries the labels: supporter, critic, claim, fact.
// The first rule that applies decides; every other rule that applies is kept as a reason.
// Cue words live in ./lexicons; a rule here only says which cue, where, means what.
import type { Rule, SentenceContext } from './rule.js';
import { cueWords } from './rule.js';

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

export const rules: readonly Rule[] = [
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
    id: 'claim-central-actor-view',
    label: 'claim',
    description: "The central actor's own view, praise or criticism is a claim to be checked.",
    confidence: 0.8,
    test: (ctx) => (ctx.voice && ctx.holderIsCentral ? voiceOf(ctx) : undefined),
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
      return verb >= 0 ? cueWords(ctx, 'report-verb', verb, verb) : undefined;
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
