#!/usr/bin/env node
// Thin shim: all logic lives in dist/evenhand.cjs, one file bundled at build time, so start-up
// pays neither TypeScript nor the resolution of ~70 modules.
import module, { createRequire } from 'node:module';

// Node 22.1+ keeps V8's compiled code on disk (in the OS's temp folder) for the next start;
// Node 20 has no such cache and starts as before
module.enableCompileCache?.();
const { main } = createRequire(import.meta.url)('../dist/evenhand.cjs');

process.exitCode = await main(process.argv);
