import { dirname } from 'node:path';
import { Command, Option } from 'commander';
import { atLeastOne, oneOf, sideGiven } from './arguments.js';
import { collectTargets } from '../check/files.js';
import { InputsFailed, UsageError } from '../errors.js';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../input/read.js';
import { INPUT_FORMATS, type InputFormat } from '../input/format.js';
import { describeFormats, formatNames, loadFormatter, type SourceDetail } from '../render/index.js';
import { useColor, type Io } from '../io.js';
import { loadConfig } from '../config/load.js';
import { sidesOf } from '../config/sides.js';
import type { SideGiven } from '../types.js';
import { openOutput } from '../output/write.js';
import { startProgress, wantProgress, type Progress } from '../run/progress.js';
import { runArticles } from '../run/run.js';
import { sinkFor } from '../run/sink.js';

interface AnalyzeFlags {
  format: string;
  sentences?: boolean;
  explain?: boolean;
  color: boolean;
  central?: string;
  side?: SideGiven[];
  config?: string;
  output?: string;
  view?: boolean;
  maxBytes: number;
  inputFormat?: InputFormat;
  jobs?: number;
  quiet?: boolean;
  progress: boolean;
  stdinFilename?: string;
  includeText?: boolean;
}

/** Analyze every input, one article at a time; a bad file is reported and the rest still run. */
async function runAnalyze(args: string[], flags: AnalyzeFlags, io: Io): Promise<void> {
  if (args.length === 0) {
    // with nothing named and nothing piped in, waiting on the keyboard would look like a hang
    if (io.stdinIsTTY) throw new UsageError('analyze: name files, directories or globs, or pipe an article in (e.g. cat article.txt | evenhand analyze)');
    args = ['-'];
  }
  if (flags.includeText && (flags.view || flags.format !== 'json')) throw new UsageError('--include-text goes with --format json');
  const formatter = await loadFormatter(flags.view ? 'text' : flags.format);
  const cwd = process.cwd();
  const { config, path: configPath } = loadConfig(cwd, flags.config);
  const files: string[] = [];
  // one argument at a time: a file named twice is analysed twice, as it always was
  for (const arg of args) {
    const query = { args: [arg], cwd, base: configPath ? dirname(configPath) : cwd, ignore: config.ignore, corpora: true, namesAsGiven: true };
    for (const t of await collectTargets(query)) files.push(t.file);
  }
  const central = flags.central ?? config.central;
  const sides = sidesOf(config.sides, flags.side);
  const details: SourceDetail[] = [...('details' in formatter ? (formatter.details ?? []) : []), ...(flags.includeText ? ['text' as const] : [])];
  const ctx = {
    color: !flags.output && useColor(flags.color, io),
    sentences: Boolean(flags.sentences),
    explain: Boolean(flags.explain),
    width: flags.output ? undefined : io.width,
  };
  const typing = io.stdinIsTTY && files.includes('-');
  // a person typing an article is told how to end it; a bar of "0/1 files" would tell them nothing
  if (typing && !flags.quiet) io.error('reading standard input; press Ctrl-D to end');
  let progress: Progress | undefined;
  if (flags.progress && !typing && wantProgress(Boolean(flags.quiet), Boolean(process.stderr.isTTY), io.env)) progress = await startProgress(files);
  // the bar shares the terminal with what is written: each line starts on a line of its own
  const file = flags.output ? await openOutput(flags.output) : undefined;
  const toTerminal = (text: string): void => {
    progress?.clear();
    io.out(text);
  };
  const report = (message: string): void => {
    progress?.clear();
    io.error(message);
  };
  const { failed } = await runArticles({
    files,
    inputFormat: flags.inputFormat,
    maxBytes: flags.maxBytes,
    ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
    settings: { ...(central ? { central } : {}), ...(sides.length ? { sides } : {}), ...(config.lexicons ? { lexiconEdits: config.lexicons } : {}), ...(details.length ? { details } : {}) },
    sink: sinkFor(formatter, ctx, file ? (text) => file.write(text) : toTerminal),
    // a record format is rendered where the analysis runs, so workers send strings
    ...('render' in formatter ? {} : { records: flags.format }),
    ...(progress ? { progress } : {}),
    stdinName: flags.stdinFilename,
    onError: (err) => report(err.message),
    onWarning: (message) => {
      if (!flags.quiet) report(`warning: ${message}`);
    },
  });
  await file?.close();
  if (failed) throw new InputsFailed();
}

export function analyzeCommand(io: Io): Command {
  return new Command('analyze')
    .description('label every sentence of one or more articles and summarise how they balance their voices')
    .argument('[files...]', 'articles: files, directories or globs (plain text, Markdown, HTML, or a .jsonl corpus); "-", or nothing with a pipe, reads standard input')
    .addOption(new Option('-f, --format <name>', `output format: ${describeFormats()}`).choices(formatNames).argParser(oneOf(formatNames)).default('table'))
    .option('-s, --sentences', 'list every sentence with its label, not only the voices')
    .option('-e, --explain', 'show each sentence with its confidence and the evidence (words, learned weight) behind its label, and each speaker with their role and side; JSON carries these always')
    .addOption(
      new Option('--input-format <name>', 'read inputs as text, markdown or html, or jsonl: one {"id", "text"} article per line (default: by extension .md/.markdown, .html/.htm, .jsonl/.ndjson, else text)')
        .choices(INPUT_FORMATS)
        .argParser(oneOf(INPUT_FORMATS)),
    )
    .option('--include-text', 'with --format json: give each article the "text" its sentences\' start/end index into (for HTML, the text extracted from the page)')
    .option('--stdin-filename <name>', 'the name standard input goes by in every output and message; its extension picks the input format')
    .option('--central <name>', 'name the article\'s central subject instead of detecting it (e.g. "Trump")')
    .option('--side <name=side>', 'give a speaker a side, supporter, critic, neutral or central; all their views follow it (repeatable)', sideGiven)
    .option('-c, --config <path>', 'use this config file instead of the nearest evenhand.config.json')
    .option('-o, --output <file>', 'write the output to this file instead of standard output')
    .addOption(new Option('--view', 'read the article in the terminal, each sentence marked by label (= --format text)').conflicts('format'))
    .addOption(new Option('--max-bytes <size>', 'refuse a file larger than this (not for a plain-text file streamed with --format ndjson): bytes, or a number with k, M or G').default(DEFAULT_MAX_BYTES, '50M').argParser(parseByteSize))
    .option('-j, --jobs <n>', 'worker threads for many files or a JSONL corpus (default: one per core once the input passes 1 MB)', atLeastOne)
    .option('-q, --quiet', 'report errors only: no warnings and no progress bar (-q used to hide only the bar, which it still does)')
    .option('--no-progress', 'no progress bar on stderr (it is shown only when stderr is a terminal and CI is not set)')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addHelpText(
      'after',
      `
Examples:
  $ evenhand analyze article.txt
  $ evenhand analyze a.txt b.txt --format json > report.json
  $ evenhand analyze articles/ "drafts/**/*.md" --format json
  $ cat article.txt | evenhand analyze --sentences
  $ cat page.html | evenhand analyze --stdin-filename page.html
  $ evenhand analyze article.txt --format html -o report.html
  $ evenhand analyze article.txt --view
  $ evenhand analyze corpus.jsonl --format ndjson --jobs 4 > labels.ndjson

Exit codes: 0 analysed, 2 a file could not be read or an option was wrong, 130 interrupted.`,
    )
    .action(async (files: string[], flags: AnalyzeFlags) => runAnalyze(files, flags, io));
}
