// wink-eng-lite-web-model, its 3 MB core read with one JSON.parse. The package's core reader
// require()s the core's JSON as the package loads (about 45 ms), then copies it with
// JSON.stringify and JSON.parse (about 50 ms more), so that instances never share it; evenhand
// reads it once per instance from the file instead, and builds the same model from it
// (test/nlp/model.test.ts compares the two whole). Everything else is the package's own code:
// its reader module is replaced, for the one version whose reader this mirrors, in the bundle at
// build time (scripts/bundle.mjs, through coreReader) and in the require cache before the
// package loads when unbundled; any other version loads as shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type winkModel from 'wink-eng-lite-web-model';

/** The model versions whose dist/read-core-model.js readCore mirrors. */
const MIRRORED = new Set(['1.8.1']);

interface Core {
  packing: { layout: Record<string, number[]> };
  features: Record<string, { list: string[]; hash: Record<string, number> }>;
  pos: { hash: Record<string, number> };
  lexicon: unknown;
  xpansions: unknown;
}

/** The package's base64 -> ArrayBuffer, with Buffer's decoder: a fresh buffer of exactly the bytes. */
function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  return new Uint8Array(bytes).buffer;
}

/** What the package's readModel returns, from the core JSON at `path`. */
export function readCore(path: string): Core {
  const core = JSON.parse(readFileSync(path, 'utf8')) as Core;
  const { packing, features, pos } = core;
  core.lexicon = new Uint32Array(bufferFromBase64(core.lexicon as string));
  core.xpansions = new Uint32Array(bufferFromBase64(core.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    feature.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k++) feature.hash[feature.list[k]!] = k;
  }
  const lexeme = features.lexeme!;
  lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < lexeme.list.length; k++) lexeme.hash[lexeme.list[k]!] = k;
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  return core;
}

declare const EVENHAND_BUNDLE: boolean | undefined;

/** The installed model package's main file and folder, and readCore over its core where readCore mirrors its version. */
function installed(): { main: string; dist: string; ours?: () => Core } {
  const load = createRequire(import.meta.url);
  const main = load.resolve('wink-eng-lite-web-model');
  const dist = dirname(main);
  let version = '';
  try {
    version = (load(join(dist, '..', 'package.json')) as { version: string }).version;
  } catch {
    // a layout we do not know: as shipped
  }
  if (!MIRRORED.has(version)) return { main, dist };
  const path = join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json');
  return { main, dist, ours: () => readCore(path) };
}

/** The reader the bundled model package's core loader uses (scripts/bundle.mjs): ours, else the package's own. */
export function coreReader(): () => Core {
  const { dist, ours } = installed();
  return ours ?? (createRequire(import.meta.url)(join(dist, 'read-core-model.js')) as () => Core);
}

/** The model package, its core read by readCore where the version is one it mirrors. */
export function loadModel(): typeof winkModel {
  // the bundle holds the package's code, with coreReader in place of its reader and its data
  // left in node_modules (scripts/bundle.mjs), so a start compiles none of it
  if (typeof EVENHAND_BUNDLE !== 'undefined') return require('wink-eng-lite-web-model') as typeof winkModel;
  const load = createRequire(import.meta.url);
  const { main, dist, ours } = installed();
  const reader = join(dist, 'read-core-model.js');
  if (ours && !load.cache[main] && !load.cache[reader]) {
    // the module the package's core loader requires, already loaded: ours
    const Module = load('node:module') as { new (id: string): { exports: unknown; filename: string; loaded: boolean; paths: string[] } };
    const swapped = new Module(reader);
    swapped.filename = reader;
    swapped.loaded = true;
    swapped.exports = ours;
    load.cache[reader] = swapped as never;
  }
  return load('wink-eng-lite-web-model') as typeof winkModel;
}

/** The model's rule that splits a possessive "'s" off a word, as shipped: at the very end of a raw token only. */
const FINAL_S = "[\\'\\’]s$";
/** The same rule also before the punctuation that ends a raw token ("Obama's," "today's."). */
const FINAL_S_BEFORE_PUNCTUATION = "[\\'\\’]s(?=[^a-z0-9\\u00C0-\\u024F]*$)";

/**
 * The model with a tokenizer whose reading of a word does not depend on what it read before.
 * As shipped, "Obama's," became one token "Obama's" (where "Obama's" alone is "Obama" "'s"),
 * and wink caches every token it makes for the life of the process: each later "Obama's", in
 * this text or any other, then stayed whole ("today's" lost its DATE). So one article's labels
 * changed with the files read before it, and a worker pool's output from run to run. Splitting
 * "'s" before a raw token's closing punctuation too reads both alike. A model whose rule
 * differs is left as shipped.
 */
export function withSteadyTokenizer(model: typeof winkModel): typeof winkModel {
  const core = model.core as () => unknown;
  return {
    ...model,
    core: () => {
      const read = core() as { trex?: { rtc?: Array<[string, ...unknown[]]> } };
      for (const rule of read.trex?.rtc ?? []) if (rule[0] === FINAL_S) rule[0] = FINAL_S_BEFORE_PUNCTUATION;
      return read;
    },
  };
}
