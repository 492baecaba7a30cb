#!/usr/bin/env node
// Thin shim: all logic lives in the compiled dist/ so start-up pays no TypeScript cost.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
