// `evenhand summarize`: the `run` records of any number of NDJSON outputs, merged exactly.
// Counts add, and shares, balance and lean are recomputed from the totals, so sharded runs
// merged here equal one run over everything, and merged outputs can be merged again.
import { InputError } from '../errors.js';
import { openLines, readError } from '../input/open.js';
import { LABELS, type RunTotals, type Voice, type Voices } from '../types.js';
import { emptyCounts, mergeSummaries, summaryFromCounts } from '../summarize/summary.js';
import { mergeVoices } from '../summarize/voices.js';

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function isVoiceList(x: unknown): x is Voice[] {
  return Array.isArray(x) && x.every((v) => typeof v?.holder === 'string' && isCount(v?.count));
}

/** A `run` record as RunTotals, or a one-line reason why it is not one. */
function readRunRecord(record: Record<string, unknown>): RunTotals | string {
  const { files, articles, voices, summary } = record as { files: unknown; articles: unknown; voices: Partial<Voices> | undefined; summary: { counts?: Record<string, unknown> } | undefined };
  if (!isCount(files) || !isCount(articles)) return '"files" and "articles" must be counts';
  if (!isVoiceList(voices?.supporter) || !isVoiceList(voices?.critic)) return '"voices" must list supporter and critic holders with counts';
  const counts = summary?.counts;
  if (!counts || !LABELS.every((l) => isCount(counts[l]))) return `"summary.counts" must count ${LABELS.join(', ')}`;
  const labelCounts = emptyCounts();
  for (const l of LABELS) labelCounts[l] = counts[l] as number;
  return { files, articles, voices: { supporter: voices!.supporter!, critic: voices!.critic! }, summary: summaryFromCounts(labelCounts) };
}

/** Read the `run` records of one NDJSON input; other records are skipped. */
async function runsOf(name: string): Promise<RunTotals[]> {
  const runs: RunTotals[] = [];
  let line = 0;
  try {
    for await (const raw of await openLines(name)) {
      line++;
      if (raw.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch {
        throw new InputError(`${name}:${line}: not valid JSON`);
      }
      if (typeof record !== 'object' || record === null || (record as { type?: unknown }).type !== 'run') continue;
      const run = readRunRecord(record as Record<string, unknown>);
      if (typeof run === 'string') throw new InputError(`${name}:${line}: not a run record: ${run}`);
      runs.push(run);
    }
  } catch (err) {
    throw readError(name, err);
  }
  return runs;
}

/** Merge the `run` records of every input ("-" for standard input) into one. */
export async function summarizeRuns(names: readonly string[]): Promise<RunTotals> {
  const runs: RunTotals[] = [];
  for (const name of names) for (const run of await runsOf(name)) runs.push(run);
  if (runs.length === 0) throw new InputError(`${names.join(', ')}: no "run" record: expected the output of evenhand analyze --format ndjson`);
  return {
    files: runs.reduce((n, r) => n + r.files, 0),
    articles: runs.reduce((n, r) => n + r.articles, 0),
    voices: mergeVoices(runs.map((r) => r.voices)),
    summary: mergeSummaries(runs.map((r) => r.summary)),
  };
}
