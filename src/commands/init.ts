import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { CONFIG_FILE } from '../config/load.js';
import { describeFsError, OutputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';

// Every key evenhand reads, with the gate's defaults spelt out, so a newsroom edits
// values instead of looking up names. Comments are allowed: the loader strips them.
const STARTER_CONFIG = `// evenhand.config.json: settings for "evenhand analyze" and "evenhand check".
// Paths and globs are relative to this file's folder. Remove what you do not need.
{
  // Articles "evenhand check" reads when given no paths (.txt, .md, .markdown, .html, .htm).
  "files": ["articles/**/*.{txt,md,html}"],
  // Never checked, even when a glob or directory would find them.
  "ignore": ["**/drafts/**"],

  // Name the central subject instead of detecting it, e.g. "Trump".
  // "central": "",

  // Give a speaker a side when evenhand reads it wrongly: supporter, critic, neutral or central.
  // All of their views follow it. An override's "sides" apply to its files.
  // "sides": { "Tom Reyes": "critic" },

  // The balance gate. S and C are the supporter and critic sentences of one article.
  "check": {
    // Fail when one side has no sentence at all.
    "requireBothSides": true,
    // Fail below min(S, C) / max(S, C), from 0 (one side silent) to 1 (even).
    "minBalance": 0.5,
    // Fail above |S - C| / (S + C), from 0 (even) to 1 (one side only).
    // "maxLean": 0.5,
    // Fail when either side has fewer sentences than this.
    // "minVoices": 2,
    // Fail when claims are more than this share of all sentences.
    // "maxClaimShare": 0.8,
    // Report problems as warnings and exit 0.
    "warnOnly": false
  },

  // Per-folder settings; later entries win. Opinion columns may lean.
  "overrides": [
    { "files": ["articles/opinion/**"], "check": { "minBalance": 0, "requireBothSides": false, "warnOnly": true } }
  ],

  // Cue words to add to or remove from a lexicon, by id, e.g.
  // "critic-holder": { "add": ["naysayers"] }
  "lexicons": {}
}
`;

function writeStarter(force: boolean, io: Io): void {
  const path = join(process.cwd(), CONFIG_FILE);
  if (existsSync(path) && !force) throw new UsageError(`${CONFIG_FILE} already exists here; use --force to overwrite it`);
  try {
    writeFileSync(path, STARTER_CONFIG);
  } catch (err) {
    throw new OutputError(`${CONFIG_FILE}: cannot write: ${describeFsError(err as NodeJS.ErrnoException, 'its folder does not exist')}`, 2, { cause: err });
  }
  io.out(`wrote ${CONFIG_FILE}: edit "files" and "check", then run "evenhand check"\n`);
}

export function initCommand(io: Io): Command {
  return new Command('init')
    .description(`write a commented starter ${CONFIG_FILE} in the current folder`)
    .option('--force', `overwrite an existing ${CONFIG_FILE}`)
    .action((flags: { force?: boolean }) => writeStarter(Boolean(flags.force), io));
}
