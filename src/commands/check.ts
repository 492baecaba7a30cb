import { Command, Option } from 'commander';
import { count, fraction, oneOf, sideGiven } from './arguments.js';
import { describeReporters, loadReporter, reporterNames } from '../check/report/index.js';
import type { CheckThresholds } from '../config/schema.js';
import type { SideGiven } from '../types.js';
import { CheckFailed, InputsFailed } from '../errors.js';
import { useColor, type Io } from '../io.js';
import { openOutput } from '../output/write.js';

interface CheckFlags extends CheckThresholds {
  format: string;
  color: boolean;
  central?: string;
  side?: SideGiven[];
  config?: string;
  output?: string;
  quiet?: boolean;
  stdinFilename?: string;
}

/** Check every file, print the report, and decide the outcome: 0, CheckFailed (1), or 2 for unreadable files. */
async function runCheckCommand(args: string[], flags: CheckFlags, io: Io): Promise<void> {
  // loaded here, not at the top, so other commands' runs never load the checker
  const [{ runCheck }, { tally, withoutWarnings }, { loadConfig }, { learnLexicons }] = await Promise.all([
    import('../check/run.js'), import('../check/types.js'),
    import('../config/load.js'), import('../classify/cues.js'),
  ]);
  const reporter = await loadReporter(flags.format);
  const cwd = process.cwd();
  const { config, path } = loadConfig(cwd, flags.config);
  if (config.lexicons) learnLexicons(config.lexicons);
  const { minBalance, maxLean, minVoices, requireBothSides, maxClaimShare, warnOnly } = flags;
  const checked = await runCheck({
    args,
    cwd,
    config,
    configPath: path,
    flags: { minBalance, maxLean, minVoices, requireBothSides, maxClaimShare, warnOnly },
    ...(flags.central ? { central: flags.central } : {}),
    ...(flags.side ? { sides: flags.side } : {}),
    ...(flags.stdinFilename ? { stdinName: flags.stdinFilename } : {}),
    onWarning: (w) => {
      if (!flags.quiet) io.error(`warning: ${w}`);
    },
  });
  const run = flags.quiet ? withoutWarnings(checked) : checked;
  const output = flags.output ? await openOutput(flags.output) : undefined;
  const text = reporter.render(run, output ? { color: false } : { color: useColor(flags.color, io), width: io.width });
  if (output) {
    output.write(text);
    await output.close();
  } else io.out(text);
  reporter.publish?.(run, io.env);
  // the report has named every unreadable and failing file and counted them in its closing
  // line: the exit code is all that is left to give
  const t = tally(run);
  if (t.unreadable > 0) throw new InputsFailed();
  if (t.failed > 0) throw new CheckFailed();
}

export function checkCommand(io: Io): Command {
  return new Command('check')
    .description('fail when an article does not balance its voices: an editorial gate for CI')
    .argument('[paths...]', 'files, directories or globs (.txt, .md, .html); "-" reads standard input; default: the config\'s "files"')
    .addOption(new Option('-f, --format <name>', 'report format (see Formats below)').choices(reporterNames).argParser(oneOf(reporterNames)).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--min-balance <ratio>', 'fail below this balance, min(S, C) / max(S, C), 0..1', fraction)
    .option('--max-lean <ratio>', 'fail above this absolute lean, |S - C| / (S + C), 0..1', fraction)
    .option('--min-voices <n>', 'fail when either side has fewer than n sentences', count)
    .option('--require-both-sides', 'fail when one side has no sentence (on by default)')
    .option('--no-require-both-sides', 'allow an article that hears only one side')
    .option('--max-claim-share <ratio>', 'fail when claims are more than this share of sentences, 0..1', fraction)
    .option('--warn-only', 'report problems as warnings and exit 0')
    .option('-q, --quiet', 'report errors only: no warnings, and a file with only warnings passes silently')
    .option('--stdin-filename <name>', 'the name standard input goes by in the report, also matched against the config\'s overrides')
    .option('--central <name>', 'name the articles\' central subject instead of detecting it')
    .option('--side <name=side>', 'give a speaker a side, supporter, critic, neutral or central; all their views follow it (repeatable)', sideGiven)
    .option('-c, --config <path>', 'use this config file instead of the nearest evenhand.config.json')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addHelpText(
      'after',
      `
Formats:
${describeReporters()}

Thresholds come from evenhand.config.json ("check", then matching "overrides"), and flags win.
An article with no supporter and no critic sentence fails as "no-opposing-voices" whenever a
threshold that compares the sides is on.

Examples:
  $ evenhand check articles/ --min-balance 0.5
  $ evenhand check "content/**/*.md" --min-voices 2 --format github
  $ evenhand check --format junit -o evenhand.xml
  $ cat draft.md | evenhand check - --stdin-filename articles/draft.md

Exit codes: 0 every file passes (or --warn-only), 1 a threshold failed,
            2 usage, config or input error.`,
    )
    .action(async (paths: string[], flags: CheckFlags) => runCheckCommand(paths, flags, io));
}
