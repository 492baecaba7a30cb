// loadModel reads the model's core with one JSON.parse instead of the package's require and
// copy: the model it builds must be the package's own, value for value.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCore } from '../../src/nlp/model.js';

describe('readCore', () => {
  it('builds the very core the model package builds', () => {
    const require = createRequire(import.meta.url);
    const shipped = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => unknown;
    const path = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
    const ours = readCore(path) as Record<string, unknown>;
    const theirs = shipped() as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs)) expect(ours[key], key).toEqual(theirs[key]);
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
  });
});
