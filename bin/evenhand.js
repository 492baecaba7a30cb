#!/usr/bin/env node
// Thin shim: all logic lives in dist/evenhand.cjs, one file bundled at build time, so start-up
// pays neither TypeScript nor the resolution of ~70 modules. CommonJS (bin/package.json), so a
// start skips the ES module loader.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'evenhand.cjs');
const CACHE = `${BUNDLE}.cache`;

// Node 22.1+ keeps V8's compiled code on disk for what the bundle requires from node_modules
Module.enableCompileCache?.();

/**
 * Run the bundle with the code V8 compiled for it in a run over the seed article at build time
 * (dist/evenhand.cjs.cache, written by scripts/code-cache.mjs): a start then compiles almost
 * nothing. The cache opens with the bundle's build line, since V8 checks only the source's
 * length; V8 itself rejects a cache from another Node or other flags, and compiles as usual.
 */
function loadBundle() {
  const source = readFileSync(BUNDLE, 'utf8');
  const build = Buffer.from(source.slice(0, source.indexOf('\n') + 1));
  let cachedData;
  try {
    const cache = readFileSync(CACHE);
    if (cache.subarray(0, build.length).equals(build)) cachedData = cache.subarray(build.length);
  } catch {
    // no cache (a build that has not written one yet): compile as usual
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, DIST);
  return { main: bundle.exports.main, writeCache: () => writeFileSync(CACHE, Buffer.concat([build, script.createCachedData()])) };
}

const { main, writeCache } = loadBundle();
main(process.argv).then((code) => {
  process.exitCode = code;
  if (process.env.EVENHAND_WRITE_CODE_CACHE === '1') writeCache();
});
