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
  // Everything is written and closed by now. Left to end by itself, Node first waits for any
  // garbage collection V8 began in the background near the end of the run, and then collects
  // once more: 13-19 ms of a 0.2 s start, idle (npm run bench, (b)). Exit once both streams
  // have flushed what they were given (a pipe may still hold some on macOS).
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
});
