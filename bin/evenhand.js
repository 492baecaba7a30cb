#!/usr/bin/env node
// Thin shim: all logic lives in dist/evenhand.cjs, one file bundled at build time, so start-up
// pays neither TypeScript nor the resolution of ~70 modules. CommonJS (bin/package.json), so a
// start skips the ES module loader.
'use strict';
const { writeFileSync } = require('node:fs');
const Module = require('node:module');
const { BUNDLE, CACHE, DIST, compileBundle } = require('./bundle.cjs');

// Node 22.1+ keeps V8's compiled code on disk for what the bundle requires from node_modules
Module.enableCompileCache?.();

const { script, build } = compileBundle();
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, DIST);
bundle.exports.main(process.argv).then((code) => {
  process.exitCode = code;
  // scripts/code-cache.mjs, at build time: keep what this run compiled
  if (process.env.EVENHAND_WRITE_CODE_CACHE === '1') writeFileSync(CACHE, Buffer.concat([build, script.createCachedData()]));
});
