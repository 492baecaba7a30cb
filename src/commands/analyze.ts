import { Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES, parseByteSize, readInput } from '../input/read.js';
import { formatOf, INPUT_FORMATS, type InputFormat } from '../input/format.js';
import { analyzeArticle } from '../pipeline.js';
import { describeFormats, formatNames, loadFormatter } from '../render/index.js';
import { mergeSummaries } from '../summarize/summary.js';
import type { ArticleReport, Report } from '../types.js';
import { useColor, type Io } from '../io.js';
import { EvenhandError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { editLexicons } from '../classify/lexicons/index.js';
import { learnCues } from '../nlp/wink.js';
import { writeOutput } from '../output/write.js';

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
}

/** Analyze every input; a bad file is reported and the rest still run. Returns the exit code. */
async function runAnalyze(files: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  const formatter = await loadFormatter(flags.view ? 'text' : flags.format);
  const { config } = loadConfig(process.cwd(), flags.config);
  if (config.lexicons) learnCues(editLexicons(config.lexicons));
  const central = flags.central ?? config.central;
  const articles: ArticleReport[] = [];
  let failed = false;
  for (const name of files) {
    try {
      const input = await readInput(name, { maxBytes: flags.maxBytes });
      for (const warning of input.warnings) io.error(`warning: ${warning}`);
      const format = formatOf(input.name, flags.inputFormat);
      articles.push(analyzeArticle(input.name, input.text, central ? { central, format } : { format }));
    } catch (err) {
      if (!(err instanceof EvenhandError)) throw err;
      io.error(err.message);
      failed = true;
    }
  }
  if (articles.length > 0 || !failed) {
    const report: Report = { schemaVersion: 1, articles, summary: mergeSummaries(articles.map((a) => a.summary)) };
    const rendered = formatter.render(report, {
      color: !flags.output && useColor(flags.color, io),
      sentences: Boolean(flags.sentences),
      explain: Boolean(flags.explain),
      width: io.width,
    });
    if (flags.output) await writeOutput(flags.output, rendered);
    else io.out(rendered);
  }
  return failed ? 2 : 0;
}

export function analyzeCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command('analyze')
    .description('label every sentence of one or more articles and summarise how they balance their voices')
    .argument('<files...>', 'articles to read (UTF-8 plain text, Markdown or HTML); "-" reads standard input')
    .addOption(new Option('-f, --format <name>', `output format: ${describeFormats()}`).choices(formatNames).default('table'))
    .option('-s, --sentences', 'list every sentence with its label, not only the voices')
    .option('-e, --explain', 'show each sentence with its confidence and the rules (and words) behind its label')
    .addOption(new Option('--input-format <name>', 'read inputs as text, markdown or html (default: by extension .md/.markdown/.html/.htm, else text)').choices(INPUT_FORMATS))
    .option('--central <name>', 'name the article\'s central subject instead of detecting it (e.g. "Trump")')
    .option('-c, --config <path>', 'use this config file instead of the nearest evenhand.config.json')
    .option('-o, --output <file>', 'write the output to this file instead of standard output')
    .addOption(new Option('--view', 'read the article in the terminal, each sentence marked by label (= --format text)').conflicts('format'))
    .addOption(new Option('--max-bytes <size>', 'refuse a file larger than this: bytes, or a number with k, M or G').default(DEFAULT_MAX_BYTES, '50M').argParser(parseByteSize))
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

Exit codes: 0 analysed, 2 a file could not be read or an option was wrong.`,
    )
    .action(async (files: string[], flags: AnalyzeFlags) => setExit(await runAnalyze(files, flags, io)));
}
