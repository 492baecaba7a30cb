// How bin/evenhand.js compiles the bundle (dist/evenhand.cjs): with the code V8 compiled for it
// in a run over the seed article at build time (dist/evenhand.cjs.cache, written by
// scripts/code-cache.mjs), so a start compiles almost nothing. The cache opens with the
// bundle's build line, since V8 checks only the source's length; V8 itself rejects a cache from
// another Node or other flags, and compiles as usual. npm run bench asks it whether the cache is used.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'evenhand.cjs');
const CACHE = `${BUNDLE}.cache`;

// V8 optimises a function once it has run a fixed amount of bytecode. evenhand's classifier
// meets new object shapes article after article, and at V8's default threshold TurboFan
// optimised the same functions again and again after each deoptimisation: over 860 articles,
// 786 compiles, 62% of their time spent on functions compiled before. Eight times the
// threshold lets the type feedback settle first: 17-20% less CPU on Node 20 and 22, and
// `--jobs 2` went from 1.16x to 1.44x `--jobs 1` (README, Performance). Node 20's V8 (11) calls
// it the interrupt budget, 12 and 13 (Node 22, 24) an invocation count; on a V8 not tried
// here the default stands, since V8 prints an error for a flag it does not know.
const TIERING = { 11: '--interrupt-budget=540672', 12: '--invocation-count-for-turbofan=24000', 13: '--invocation-count-for-turbofan=24000' };

/**
 * The bundle compiled, its build line, and whether a cache of this build was offered to V8
 * (`script.cachedDataRejected` says if V8 took it). The tiering flag is set first: V8's code
 * cache records the flags it was made under, so the run that writes it and every run that
 * reads it set the same one here.
 */
function compileBundle() {
  const tiering = TIERING[Number.parseInt(process.versions.v8, 10)];
  if (tiering) require('node:v8').setFlagsFromString(tiering);
  let source;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch (error) {
    // a checkout whose install skipped the build (npm ci --ignore-scripts): one line, no trace
    if (error.code !== 'ENOENT') throw error;
    process.stderr.write('evenhand: not built: run "npm run build" (npm install runs it) in the evenhand folder\n');
    process.exit(2);
  }
  const build = Buffer.from(source.slice(0, source.indexOf('\n') + 1));
  let cachedData;
  try {
    const cache = readFileSync(CACHE);
    if (cache.subarray(0, build.length).equals(build)) cachedData = cache.subarray(build.length);
  } catch {
    // no cache (a build that has not written one yet): compile as usual
  }
  return { script: new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData }), build, offered: cachedData !== undefined };
}

module.exports = { DIST, BUNDLE, CACHE, compileBundle };
