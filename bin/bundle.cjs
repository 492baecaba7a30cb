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

/** The bundle compiled, its build line, and whether a cache of this build was offered to V8 (`script.cachedDataRejected` says if V8 took it). */
function compileBundle() {
  const source = readFileSync(BUNDLE, 'utf8');
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
