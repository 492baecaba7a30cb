// Each speaker decided once: after the model has labelled every sentence, a speaker's views
// follow the label most of them take.
import { describe, expect, it } from 'vitest';
import { decideSpeakers, type Labelled } from '../../src/classify/sides.js';
import type { Weights } from '../../src/classify/model.js';
import type { Register, Speaker } from '../../src/classify/register.js';
import type { Label } from '../../src/types.js';

function speaker(id: string, sentences: number[]): Speaker {
  return { id, name: id, mentions: [id], sentences, stance: 0, verbs: { supporter: 0, critic: 0 }, described: null, expert: false, person: true, nameKeys: new Set([id]), titleWords: new Set([id]) };
}

function decide(labels: Label[], speakers: Speaker[]): { labels: Label[]; roles: Record<string, string> } {
  const register = { attributions: [], speakers: new Map(speakers.map((s) => [s.id, s])) } as unknown as Register;
  const labelled: Labelled[] = labels.map((label) => ({ label, confidence: 0.5, reasons: [] }));
  const { speakers: reports } = decideSpeakers(register, labelled);
  return { labels: labelled.map((l) => l.label), roles: Object.fromEntries(reports.map((r) => [r.id, `${r.role}${r.side ? `:${r.side}` : ''}`])) };
}

describe('deciding a speaker once', () => {
  it('gives all of a speaker\'s views the side most of them take, and leaves their facts alone', () => {
    const { labels, roles } = decide(['fact', 'critic', 'supporter', 'critic', 'fact'], [speaker('cole', [1, 2, 3, 4])]);
    expect(labels).toEqual(['fact', 'critic', 'critic', 'critic', 'fact']);
    expect(roles).toEqual({ cole: 'side:critic' });
  });

  it('gives a speaker heard once on each side to the critics, the commoner side of news', () => {
    const { labels, roles } = decide(['supporter', 'fact', 'critic'], [speaker('lee', [0, 1, 2])]);
    expect(labels).toEqual(['critic', 'fact', 'critic']);
    expect(roles).toEqual({ lee: 'side:critic' });
  });

  it('takes no side for an expert heard on a side only once, but does for one heard twice', () => {
    const once = decide(['critic', 'fact'], [{ ...speaker('hale', [0, 1]), expert: true }]);
    expect(once.labels).toEqual(['claim', 'fact']);
    expect(once.roles).toEqual({ hale: 'expert' });
    expect(decide(['critic', 'critic'], [{ ...speaker('hale', [0, 1]), expert: true }]).roles).toEqual({ hale: 'side:critic' });
    expect(decide(['critic', 'fact'], [speaker('reyes', [0, 1])]).labels).toEqual(['critic', 'fact']);
  });

  it('gives a speaker the article puts on a side that side, whatever their words lean to (LABELS.md: the side comes from the holder)', () => {
    const { labels, roles } = decide(['critic', 'critic', 'claim', 'fact'], [{ ...speaker('pushkov', [0, 1, 2, 3]), described: 'supporter' }]);
    expect(labels).toEqual(['supporter', 'supporter', 'supporter', 'fact']);
    expect(roles).toEqual({ pushkov: 'side:supporter' });
    // ... in every view, the ones the model read as no side's too ("Paul Moist, president of the
    // union" under "Union lashes out at Air Canada"); their reported actions stay facts
    const level = decide(['claim', 'claim', 'fact'], [{ ...speaker('moist', [0, 1, 2]), described: 'critic' }]);
    expect(level.labels).toEqual(['critic', 'critic', 'fact']);
    expect(level.roles).toEqual({ moist: 'side:critic' });
  });

  it('takes a side view from a speaker most of whose views take no side', () => {
    const { labels, roles } = decide(['claim', 'critic', 'claim', 'fact'], [speaker('reyes', [0, 1, 2, 3])]);
    expect(labels).toEqual(['claim', 'claim', 'claim', 'fact']);
    expect(roles).toEqual({ reyes: 'neutral' });
  });

  it('keeps the side when no side is outnumbered by views taking none, and never moves the central actor', () => {
    expect(decide(['claim', 'critic'], [speaker('reyes', [0, 1])]).labels).toEqual(['claim', 'critic']);
    expect(decide(['claim', 'critic', 'claim'], [speaker('central', [0, 1, 2])]).labels).toEqual(['claim', 'critic', 'claim']);
  });

  it('gives no side to a central actor found for certain (a council, a government, a title subject hitting back): its words are claims', () => {
    // LABELS.md: the central actor's own word is a claim; an actor found by name alone is often
    // a side the finder took for it, so there the model's label stands (as above)
    const council = decide(['claim', 'critic', 'critic', 'fact'], [{ ...speaker('central', [0, 1, 2, 3]), certain: true }]);
    expect(council.labels).toEqual(['claim', 'claim', 'claim', 'fact']);
    expect(council.roles).toEqual({ central: 'central' });
    // --explain says why: the changed views name the actor, and the actor's evidence says how it was found
    const register = { attributions: [], speakers: new Map([['central', { ...speaker('central', [0, 1]), name: 'the council', certain: true }]]) } as unknown as Register;
    const labelled: Labelled[] = (['critic', 'claim'] as Label[]).map((label) => ({ label, confidence: 0.5, reasons: [] }));
    const { speakers } = decideSpeakers(register, labelled);
    expect(labelled[0]!.reasons[0]).toMatchObject({ evidence: 'speaker-side:central', words: ['the council'] });
    expect(speakers[0]!.evidence.join('; ')).toContain('found for certain');
  });

  it('makes the views of one who defends the story\'s thing claims, as the actor\'s, unless the article puts them on a side', () => {
    // LABELS.md: whoever defends it is the central actor, whoever the finder took for it
    const defender = decide(['supporter', 'supporter', 'fact'], [{ ...speaker('hynes', [0, 1, 2]), defends: true }]);
    expect(defender.labels).toEqual(['claim', 'claim', 'fact']);
    expect(defender.roles).toEqual({ hynes: 'central' });
    const described = decide(['supporter', 'claim'], [{ ...speaker('hynes', [0, 1]), defends: true, described: 'supporter' }]);
    expect(described.labels).toEqual(['supporter', 'supporter']);
  });

  it("gives a followed view the model's probability of its new label, and names the speaker first among its reasons", () => {
    const weights = { features: { upbeat: { supporter: 1, critic: -1 }, attack: { critic: 1 } }, temperature: 1 } as unknown as Weights;
    const probabilities = { supporter: 0.6, critic: 0.3, claim: 0.06, fact: 0.04 };
    const labelled: Labelled[] = [
      { label: 'critic', confidence: 0.7, reasons: [{ evidence: 'attack', words: ['attacked'], weight: 1 }] },
      { label: 'supporter', confidence: 0.6, probabilities, reasons: [{ evidence: 'upbeat', words: ['great'], weight: 1 }] },
      { label: 'critic', confidence: 0.7, reasons: [{ evidence: 'attack', words: ['attacked'], weight: 1 }] },
    ];
    const register = { attributions: [], speakers: new Map([['cole', speaker('cole', [0, 1, 2])]]) } as unknown as Register;
    decideSpeakers(register, labelled, [], weights);
    expect(labelled[1]).toMatchObject({ label: 'critic', confidence: 0.3 });
    expect(labelled[1]!.reasons).toEqual([
      { evidence: 'speaker-side:critic', words: ['cole'], weight: 0 },
      { evidence: 'upbeat', words: ['great'], weight: -1 },
    ]);
  });
});
