// The commander program; the only place errors become messages and exit codes.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './commands/analyze.js';
import { checkCommand } from './commands/check.js';
import { initCommand } from './commands/init.js';
import { evalCommand } from './commands/eval.js';
import { summarizeCommand } from './commands/summarize.js';
import { EvenhandError } from './errors.js';
import { processIo, type Io } from './io.js';
import { loadWrapping } from './render/wrap.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export function buildProgram(io: Io): Command {
  const program = new Command('evenhand')
    .description('Label each sentence of a news article as fact, claim, supporter view or critic view, and measure how evenly the article balances its voices.')
    .version(version, '-V, --version')
    .option('--debug', 'show the stack trace of an internal error')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(s.replace(/^error: /, 'evenhand: ')) })
    .showSuggestionAfterError()
    .addHelpText('after', '\nExit codes: 0 success, 1 a check failed, 2 usage, input or config error.\nRun "evenhand <command> --help" for a command\'s options.');
  program.addCommand(analyzeCommand(io).exitOverride());
  program.addCommand(checkCommand(io).exitOverride());
  program.addCommand(initCommand(io).exitOverride());
  program.addCommand(evalCommand(io).exitOverride());
  program.addCommand(summarizeCommand(io).exitOverride());
  // a command's own errors ("unknown option", a bad --format) read "evenhand: ..." like the rest
  for (const command of program.commands) command.configureOutput(program.configureOutput());
  return program;
}

/** Run the CLI on `argv`; returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  // every renderer wraps to io.width, and only a terminal has one
  if (io.width !== undefined) await loadWrapping();
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof EvenhandError) {
      // InputsFailed and a bare CheckFailed have nothing to add: each input was reported as it
      // failed, and check's report ends with its own count
      if (err.message) io.error(err.message);
      return err.exitCode;
    }
    const e = err as Error;
    io.error(`internal error: ${e?.message ?? String(err)}`);
    if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
