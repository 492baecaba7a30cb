import { Command, Option } from 'commander';
import { atLeastOne } from './arguments.js';
import { InputsFailed } from '../errors.js';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../input/read.js';
import { INPUT_FORMATS, type InputFormat } from '../input/format.js';
import { describeFormats, formatNames, loadFormatter } from '../render/index.js';
import { useColor, type Io } from '../io.js';
import { loadConfig } from '../config/load.js';
import { openOutput } from '../output/write.js';
import { startProgress, wantProgress } from '../run/progress.js';
import { runArticles } from '../run/run.js';
import { sinkFor } from '../run/sink.js';

interface AnalyzeFlags {
  format: string;
  sentences?: boolean;
  explain?: boolean;
  color: boolean;
  central?: string;
  config?: string;
  output?: string;
  view?: boolean;
  maxBytes: number;
  inputFormat?: InputFormat;
  jobs?: number;
  quiet?: boolean;
}

/** Analyze every input, one article at a time; a bad file is reported and the rest still run. */
async function runAnalyze(files: string[], flags: AnalyzeFlags, io: Io): Promise<void> {
  const formatter = await loadFormatter(flags.view ? 'text' : flags.format);
  const { config } = loadConfig(process.cwd(), flags.config);
  const central = flags.central ?? config.central;
  const ctx = {
    color: !flags.output && useColor(flags.color, io),
    sentences: Boolean(flags.sentences),
    explain: Boolean(flags.explain),
    width: io.width,
  };
  const file = flags.output ? await openOutput(flags.output) : undefined;
  const write = file ? (text: string) => file.write(text) : (text: string) => io.out(text);
  const { failed } = await runArticles({
    files,
    inputFormat: flags.inputFormat,
    maxBytes: flags.maxBytes,
    ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
    settings: { ...(central ? { central } : {}), ...(config.lexicons ? { lexiconEdits: config.lexicons } : {}) },
    sink: sinkFor(formatter, ctx, write),
    ...(wantProgress(Boolean(flags.quiet), Boolean(process.stderr.isTTY), io.env) ? { progress: await startProgress(files) } : {}),
    onError: (err) => io.error(err.message),
    onWarning: (message) => io.error(`warning: ${message}`),
  });
  await file?.close();
  if (failed) throw new InputsFailed();
}

export function analyzeCommand(io: Io): Command {
  return new Command('analyze')
    .description('label every sentence of one or more articles and summarise how they balance their voices')
    .argument('<files...>', 'articles to read (UTF-8 plain text, Markdown or HTML); "-" reads standard input')
    .addOption(new Option('-f, --format <name>', `output format: ${describeFormats()}`).choices(formatNames).default('table'))
    .option('-s, --sentences', 'list every sentence with its label, not only the voices')
    .option('-e, --explain', 'show each sentence with its confidence and the rules (and words) behind its label')
    .addOption(new Option('--input-format <name>', 'read inputs as text, markdown or html, or jsonl: one {"id", "text"} article per line (default: by extension .md/.markdown, .html/.htm, .jsonl/.ndjson, else text)').choices(INPUT_FORMATS))
    .option('--central <name>', 'name the article\'s central subject instead of detecting it (e.g. "Trump")')
    .option('-c, --config <path>', 'use this config file instead of the nearest evenhand.config.json')
    .option('-o, --output <file>', 'write the output to this file instead of standard output')
    .addOption(new Option('--view', 'read the article in the terminal, each sentence marked by label (= --format text)').conflicts('format'))
    .addOption(new Option('--max-bytes <size>', 'refuse a file larger than this (not for a plain-text file streamed with --format ndjson): bytes, or a number with k, M or G').default(DEFAULT_MAX_BYTES, '50M').argParser(parseByteSize))
    .option('-j, --jobs <n>', 'worker threads for many files or a JSONL corpus (default: one per core once the input passes 1 MB)', atLeastOne)
    .option('-q, --quiet', 'no progress bar on stderr')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addHelpText(
      'after',
      `
Examples:
  $ evenhand analyze article.txt
  $ evenhand analyze a.txt b.txt --format json > report.json
  $ cat article.txt | evenhand analyze - --sentences
  $ evenhand analyze article.txt --format html -o report.html
  $ evenhand analyze article.txt --view
  $ evenhand analyze corpus.jsonl --format ndjson --jobs 4 > labels.ndjson

Exit codes: 0 analysed, 2 a file could not be read or an option was wrong, 130 interrupted.`,
    )
    .action(async (files: string[], flags: AnalyzeFlags) => runAnalyze(files, flags, io));
}
