// One test for every source of evidence, in the manner of ESLint's RuleTester: each fires on
// its own hit examples, stays silent on its miss examples, and is registered once.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatherEvidence } from '../../src/classify/classify.js';
import { evidence, type Evidence, type Example } from '../../src/classify/evidence/index.js';
import { lexicons } from '../../src/classify/lexicons/index.js';
import { surfaceForms } from '../../src/classify/lexicons/lexicon.js';
import { shippedWeights } from '../../src/classify/model.js';
import { readText } from '../../src/pipeline.js';

/** A plain example is read after a lede that makes Brixo, a firm, the central actor. */
const LEDE = 'Brixo opened a new warehouse on Monday.';

/** The features `source` sets on the last sentence of the example's article. */
function firedOn(source: Evidence, example: Example): string[] {
  const { text, title, central } = typeof example === 'string' ? { text: `${LEDE} ${example}`, title: undefined, central: 'Brixo' } : example;
  const read = readText(title ? `${title}\n\n${text}` : text, central ? { central } : {});
  const { fired } = gatherEvidence(read.sentences.map((s) => s.span), read.central, [source]);
  return (fired.at(-1) ?? []).map((f) => f.feature);
}

const shown = (e: Example): string => (typeof e === 'string' ? e : `${e.title ? `${e.title} / ` : ''}${e.text}`);

describe('the evidence registry', () => {
  it('lists every file of src/classify/evidence once, each under its own kebab-case id', () => {
    const ids = evidence.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const files = readdirSync(new URL('../../src/classify/evidence/', import.meta.url)).filter((f) => !['index.ts', 'evidence.ts'].includes(f));
    // a file may hold helpers for its neighbours, but every source lives in a file of its own name
    for (const id of ids) expect(files).toContain(`${id}.ts`);
  });

  it('gives every source a description and at least one example it fires on', () => {
    for (const e of evidence) {
      expect(e.description.length, e.id).toBeGreaterThan(10);
      expect(e.examples.hit.length, e.id).toBeGreaterThan(0);
    }
  });

  it('has a learned weight for every source the training corpus sets off', () => {
    const weighed = new Set(Object.keys(shippedWeights().features).map((f) => f.split(':')[0]));
    // first-person and relative clauses are rare in news; every other source fired often enough to be weighed
    const unweighed = evidence.map((e) => e.id).filter((id) => !weighed.has(id));
    expect(unweighed.length).toBeLessThanOrEqual(3);
  });
});

describe.each(evidence.map((e) => [e.id, e] as const))('%s', (_id, source) => {
  it.each(source.examples.hit.map((e) => [shown(e), e] as const))('fires on: %s', (_text, example) => {
    expect(firedOn(source, example).length).toBeGreaterThan(0);
  });
  if (source.examples.miss.length > 0) {
    it.each(source.examples.miss.map((e) => [shown(e), e] as const))('stays silent on: %s', (_text, example) => {
      expect(firedOn(source, example)).toEqual([]);
    });
  }
});

describe('the cue lexicons', () => {
  it('have unique ids and no surface form in two lexicons', () => {
    expect(new Set(lexicons.map((l) => l.id)).size).toBe(lexicons.length);
    // wink-nlp keeps one custom entity per span, so a form in two lexicons would lose one
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const l of lexicons) {
      for (const form of surfaceForms(l)) {
        if (owner.has(form)) clashes.push(`${form}: ${owner.get(form)} and ${l.id}`);
        owner.set(form, l.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('declare a role, and a side only for the roles that take one', () => {
    for (const l of lexicons) {
      if (l.side) expect(['holder', 'reporting-verb', 'stance', 'mood', 'view-noun'], l.id).toContain(l.role);
    }
  });
});

describe('stance-under-title', () => {
  it("pairs the headline's verb with how the speaker's words lean, so a defender under an attack headline is told from its attackers", () => {
    const source = evidence.find((e) => e.id === 'stance-under-title')!;
    const title = 'Traders attack depot plan';
    expect(firedOn(source, { title, text: 'Brixo opened a warehouse. Ann Cole said the site was excellent and welcome.', central: 'Brixo' })).toEqual(['stance-under-title:attack-for']);
    expect(firedOn(source, { title, text: 'Brixo opened a warehouse. Ann Cole said the site was a dreadful, dangerous mess.', central: 'Brixo' })).toEqual(['stance-under-title:attack-against']);
  });
});

describe('speaker-office', () => {
  it('tells an office of government beside an actor that is one too from one beside any other actor, and from one where no actor was found', () => {
    const source = evidence.find((e) => e.id === 'speaker-office')!;
    const text = 'Transport Minister Ann Cole said the ban would hurt the airport.';
    // the council is found from the headline, as an institution
    expect(firedOn(source, { title: 'Council approves night-flight ban', text: `The city council approved a ban on night flights. ${text}` })).toEqual(['speaker-office:under-state-actor']);
    expect(firedOn(source, { text: `Brixo opened a warehouse. ${text}`, central: 'Brixo' })).toEqual(['speaker-office:apart']);
    // no actor found: the office is likeliest the actor itself
    expect(firedOn(source, { text: 'The rules took effect in May. Officials said the ban would hurt the airport.' })).toEqual(['speaker-office:no-actor']);
  });
});
