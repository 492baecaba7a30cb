import { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export function summarizeCommand(io: Io): Command {
  return new Command('summarize')
    .description('merge the run summaries in NDJSON output of any number of runs into one run record')
    .argument('[files...]', 'output of "evenhand analyze --format ndjson"; "-" or nothing reads standard input')
    .addHelpText(
      'after',
      `
Counts add up; shares, balance and lean are recomputed from the totals, so runs over shards of
a corpus merge to exactly the run over the whole corpus, and merged records can be merged again.

Examples:
  $ evenhand analyze part-*.txt --format ndjson > a.ndjson
  $ evenhand summarize a.ndjson b.ndjson
  $ cat out/*.ndjson | evenhand summarize

Exit codes: 0 merged, 2 an input could not be read or holds no valid run record.`,
    )
    .action(async (files: string[]) => {
      // with nothing named and nothing piped in, waiting on the keyboard would look like a hang
      if (files.length === 0 && io.stdinIsTTY) throw new UsageError('summarize: name NDJSON files, or pipe them in (e.g. cat out/*.ndjson | evenhand summarize)');
      // loaded here, not at the top, so other commands' runs never load the merger
      const [{ runLine }, { summarizeRuns }] = await Promise.all([import('../render/ndjson.js'), import('../run/runs.js')]);
      io.out(runLine(await summarizeRuns(files.length > 0 ? files : ['-'])));
    });
}
