import { Command, Option } from 'commander';
import { CheckFailed } from '../errors.js';
import { fraction, oneOf, sideGiven } from './arguments.js';
import type { SideGiven } from '../types.js';
import type { Io } from '../io.js';

const EVAL_FORMATS = ['text', 'json'] as const;

interface EvalFlags {
  gold: string;
  format: (typeof EVAL_FORMATS)[number];
  minMacro?: number;
  central?: string;
  side?: SideGiven[];
  config?: string;
  quiet?: boolean;
}

/** Label the article, score it against gold, print the figures; below --min-macro is a failed check. */
async function runEval(file: string, flags: EvalFlags, io: Io): Promise<void> {
  // loaded here, not at the top, so other commands' runs never load the scorer
  const [{ loadConfig }, { readGold }, { renderScoreJson, renderScoreText }, { scoreLabels }, { readArticle }, { learnLexicons }, { sidesOf }] =
    await Promise.all([
      import('../config/load.js'), import('../eval/gold.js'), import('../eval/render.js'),
      import('../eval/score.js'), import('../run/read-article.js'), import('../classify/cues.js'), import('../config/sides.js'),
    ]);
  const { config } = loadConfig(process.cwd(), flags.config);
  if (config.lexicons) learnLexicons(config.lexicons);
  const central = flags.central ?? config.central;
  const sides = sidesOf(config.sides, flags.side);
  const { input, article } = await readArticle(file, { ...(central ? { central } : {}), ...(sides.length ? { sides } : {}), onWarning: (w) => {
      if (!flags.quiet) io.error(`warning: ${w}`);
    } });
  const gold = await readGold(flags.gold, input.text);
  const score = scoreLabels(gold, article.sentences);
  io.out(flags.format === 'json' ? renderScoreJson(input.name, score) : renderScoreText(input.name, score));
  const minimum = flags.minMacro;
  if (minimum !== undefined && score.macroF1 < minimum) {
    throw new CheckFailed(`${input.name}: macro-F1 ${score.macroF1.toFixed(3)} is below --min-macro ${minimum}`);
  }
}

export function evalCommand(io: Io): Command {
  return new Command('eval')
    .description('score the labels of one article against gold labels: per-label precision, recall and F1, macro-F1, a confusion matrix, and how well the confidences match how often labels are right')
    .argument('<article>', 'the article (plain text, Markdown or HTML, by extension); "-" reads standard input')
    .requiredOption('-g, --gold <file>', 'gold labels: one {"text","label"} or {"start","end","label"} JSON object a line')
    .addOption(new Option('-f, --format <name>', 'output format').choices(EVAL_FORMATS).argParser(oneOf(EVAL_FORMATS)).default('text'))
    .option('--min-macro <x>', 'exit 1 when macro-F1 is below x (0..1)', fraction)
    .option('--central <name>', "name the article's central subject instead of detecting it")
    .option('--side <name=side>', 'give a speaker a side, supporter, critic, neutral or central; all their views follow it (repeatable)', sideGiven)
    .option('-c, --config <path>', 'use this config file instead of the nearest evenhand.config.json')
    .option('-q, --quiet', 'report errors only: no warnings')
    .addHelpText(
      'after',
      `
Examples:
  $ evenhand eval article.txt --gold article.labels.jsonl
  $ evenhand eval article.txt --gold article.labels.jsonl --format json --min-macro 0.85

Exit codes: 0 scored, 1 macro-F1 below --min-macro, 2 a file could not be read or an option was wrong.`,
    )
    .action(async (file: string, flags: EvalFlags) => runEval(file, flags, io));
}
