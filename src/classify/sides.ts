// Each speaker's role and side, decided once from all their sentences, and the sides an
// editor gives by name. A speaker's side is the one most of their voiced sentences take, and
// each of those sentences then follows it; a speaker most of whose views take no side takes
// none (gold labels of one speaker agree 87% of the time on ../shared/train, the model's 61%).
// A tie goes to the critics, the commoner side of news: of six training speakers the model
// heard once on each side, four are critics and none a supporter (nine fold seeds 0.6109 ->
// 0.6129, every seed up). A speaker the article itself puts on a side (a side word as their
// holder, a description, the title, an ally's office) takes that side whatever their words lean
// to: LABELS.md takes the side from the holder first ("Russian senator Alexei Pushkov" in a story
// about Russia is its supporter, however harsh his words; nine fold seeds 0.6145 -> 0.6156),
// and in every view, the ones the model read as no side's too. A reported action stays a fact
// whatever the side.
import type { Label, Reason, SideGiven, SpeakerReport } from '../types.js';
import { heldAs, type Weights } from './model.js';
import type { Register, Speaker } from './register.js';
import type { Side } from './voice.js';

/** A sentence as the model labelled it, and who speaks in it. */
export interface Labelled {
  label: Label;
  confidence: number;
  reasons: Reason[];
  speaker?: string;
  /** The model's probability of each label, when the model's weights are at hand to re-weigh a changed label. */
  probabilities?: Record<Label, number>;
}

/**
 * Give a sentence the label its speaker's decision gives it: with `weights`, the model's
 * probability of that label and each finding's weight toward it, so confidence and reasons
 * speak of the label shown; `why` goes first among the reasons.
 */
function relabel(s: Labelled, label: Label, why: Reason, weights?: Weights): void {
  if (weights && s.probabilities) Object.assign(s, heldAs({ probabilities: s.probabilities, reasons: s.reasons }, label, weights));
  s.label = label;
  s.reasons.unshift(why);
}

const isSide = (l: Label): l is 'supporter' | 'critic' => l === 'supporter' || l === 'critic';

/**
 * Does an editor's NAME name this speaker: their full name or a mention, their surname after
 * any first name ("Tom Reyes" for "Mr Reyes"), or one word of their name ("Kim" for "Kim Jong Un")?
 */
function names(given: string, speaker: Speaker): boolean {
  const name = given.trim().toLowerCase();
  const forms = [speaker.name, ...speaker.mentions].map((m) => m.toLowerCase());
  if (forms.includes(name)) return true;
  const words = name.split(/\s+/);
  if (speaker.id !== 'central' && words.at(-1) === speaker.id) return true;
  return words.length === 1 && forms.some((f) => f.split(/\s+/).includes(name));
}

/** What a speaker's own features say of them, for the report. */
function speakerEvidence(s: Speaker): string[] {
  const out: string[] = [];
  if (s.described) out.push(`described:${s.described === 'supporter' ? 'for' : 'against'}`);
  if (s.verbs.supporter || s.verbs.critic) out.push(`leaning verbs: ${s.verbs.supporter} for, ${s.verbs.critic} against`);
  out.push(`stance ${s.stance >= 0 ? '+' : ''}${s.stance.toFixed(2)}`);
  if (s.expert) out.push('introduced as an expert');
  if (s.certain) out.push('found for certain: as an institution or an office, or answering for itself in the title');
  return out;
}

/**
 * A speaker's side from the labels the model gave their sentences: the side most of them
 * take (the critics' on a tie), or none (neutral) when views taking no side outnumber those
 * taking one, or when the speaker is an `expert` heard on a side only once (LABELS.md's holder
 * who takes no side unless their words plainly do; nine fold seeds 0.6129 -> 0.6139, eight up,
 * one level). A side the article `described` them with wins, and holds for their claims too
 * (`views`): LABELS.md takes a view's side from its holder first, so "Paul Moist, president of the
 * ... Union" under "Union lashes out at Air Canada" is a critic in every view, however level his
 * words (with this session's other readings nine fold seeds 0.6157 -> 0.6189, every seed up;
 * alone, simulated on the cross-validated labels, +0.003). The central actor never takes a side,
 * and one found for `certain` (as an institution or an office: a council, a government, a
 * president; or as a title's subject answering for itself: "Zentel hits back at regulator") says
 * no side's word at all: its views the model read as a side's are claims, as LABELS.md has the
 * actor's own word, however hard it hits back. An actor found by a name counted in the body keeps
 * the model's labels, since there the finder often took a side for the actor (on
 * ../shared/train, 58% of the sentences of an actor found in the body alone are a side's view;
 * the model never heard a certain actor on a side in cross-validation, and on the read sets 8 of
 * an institution's 12 side views were claims). One who `defends` the story's thing ("defended
 * the decision") is the actor LABELS.md names, whoever the finder took for it: their views are
 * claims too (../shared/dev's Blair, who "defended the plans" for late pub hours: dev 0.730 ->
 * 0.784; nine fold seeds level at 0.6212).
 */
export function speakerSide(id: string, labels: readonly Label[], expert = false, described: Side = null, certain = false, defends = false): { side: 'supporter' | 'critic' | null; neutral: boolean; views?: boolean } {
  const count = (l: Label): number => labels.filter((x) => x === l).length;
  const supporter = count('supporter');
  const critic = count('critic');
  if (described && id !== 'central') return { side: described, neutral: false, views: true };
  if ((id === 'central' && certain) || defends) return { side: null, neutral: supporter + critic > 0 };
  const neutral = id !== 'central' && (count('claim') > supporter + critic || (expert && supporter + critic === 1)) && supporter + critic > 0;
  const side = neutral || id === 'central' || supporter + critic === 0 ? null : supporter > critic ? 'supporter' : 'critic';
  return { side, neutral };
}

/**
 * Make a speaker's side sentences (changed in place) follow their decision, with the reason
 * `speaker-side:SIDE` (or `speaker-side:neutral`, or `speaker-side:central` for the `central`
 * actor) naming them; facts stay, and claims too unless `views` says the speaker's every view
 * takes the side.
 */
export function followSpeaker(own: Labelled[], name: string, side: 'supporter' | 'critic' | null, neutral: boolean, weights?: Weights, views = false, central = false): void {
  const follow = neutral ? 'claim' : side;
  if (!follow) return;
  const why: Reason = { evidence: `speaker-side:${central ? 'central' : neutral ? 'neutral' : follow}`, words: [name], weight: 0 };
  for (const s of own) if ((isSide(s.label) || (views && s.label === 'claim')) && s.label !== follow) relabel(s, follow, why, weights);
}

/**
 * Decide every speaker's role and side and make their sentences follow it; `given` sides win.
 * `labelled` is changed in place (re-weighed by `weights` where it carries probabilities).
 * `unmatched` lists the given names no speaker answers to.
 */
export function decideSpeakers(register: Register, labelled: Labelled[], given: readonly SideGiven[] = [], weights?: Weights): { speakers: SpeakerReport[]; unmatched: string[] } {
  const reports: SpeakerReport[] = [];
  const used = new Set<SideGiven>();
  for (const speaker of register.speakers.values()) {
    const own = speaker.sentences.map((i) => labelled[i]!);
    const count = (l: Label): number => own.filter((s) => s.label === l).length;
    const evidence = speakerEvidence(speaker);
    evidence.push(`sentences: ${(['supporter', 'critic', 'claim', 'fact'] as const).map((l) => `${count(l)} ${l}`).join(', ')}`);
    const editor = given.find((g) => names(g.name, speaker));
    if (editor) {
      used.add(editor);
      const side = editor.side === 'supporter' || editor.side === 'critic' ? editor.side : null;
      for (const s of own) {
        if (s.label === 'fact') continue;
        const label: Label = side ?? 'claim';
        if (s.label === label || (!side && !isSide(s.label))) continue;
        relabel(s, label, { evidence: `side-given:${editor.side}`, words: [editor.name], weight: 0 }, weights);
      }
      const role = editor.side === 'central' ? 'central' : side ? 'side' : 'neutral';
      reports.push({ id: speaker.id, name: speaker.name, mentions: speaker.mentions, role, side, sentences: speaker.sentences, evidence, given: true });
      continue;
    }
    const { side, neutral, views } = speakerSide(speaker.id, own.map((s) => s.label), speaker.expert, speaker.described, speaker.certain, speaker.defends);
    const actor = speaker.id === 'central' || (speaker.defends === true && !speaker.described);
    followSpeaker(own, speaker.name, side, neutral, weights, views, actor);
    const heard = own.some((s) => isSide(s.label));
    const role = actor ? 'central' : !neutral && heard ? 'side' : speaker.expert ? 'expert' : 'neutral';
    reports.push({ id: speaker.id, name: speaker.name, mentions: speaker.mentions, role, side: role === 'side' ? side : null, sentences: speaker.sentences, evidence, given: false });
  }
  return { speakers: reports, unmatched: given.filter((g) => !used.has(g)).map((g) => g.name) };
}
