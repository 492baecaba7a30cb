// The article loop: read units one at a time, analyse them (here or in workers, with a
// bounded number in flight), and hand the results on in input order as they complete.
import { InputError } from '../errors.js';
import type { ArticleReport } from '../types.js';
import { ArticleAssembler } from './article.js';
import { CHUNK_CHARS } from '../input/chunks.js';
import { defaultJobs, inProcess, type Analyzer } from './analyzer.js';
import { periodicCollector } from './memory.js';
import type { Progress } from './progress.js';
import type { Sink } from './sink.js';
import type { UnitSettings } from './unit.js';
import { inputBytes, readUnits, type Unit, type UnitOptions } from '../input/units.js';
import { inputFormatOf, type InputFormat } from '../input/format.js';
import { Batch, startPool } from './pool.js';
import type { Task, WorkEvent } from './work.js';

export interface RunOptions {
  files: readonly string[];
  /** --input-format; unset: by each file's extension. */
  inputFormat?: InputFormat | undefined;
  /** Refuse a whole-read input larger than this (see units.ts). */
  maxBytes: number;
  /** Worker threads for many files or a JSONL corpus; 1 analyses in this thread; unset: one per core for a big input. */
  jobs?: number;
  settings: UnitSettings;
  sink: Sink;
  progress?: Progress;
  /** A bad input, reported in its place; the run goes on. */
  onError: (err: InputError) => void;
  /** A problem with an input that is still analysed. */
  onWarning: (message: string) => void;
  /** What standard input is called (--stdin-filename). */
  stdinName?: string | undefined;
  /** The sink's record format (ndjson), which workers then render themselves. */
  records?: string;
}

/** Files per message to a worker: one small article is over in milliseconds, a message is not. */
const BATCH_FILES = 8;
/** Or fewer units the parent read itself, once their text passes this many characters. */
const BATCH_CHARS = 256 * 1024;

/**
 * Peak RSS on 5 MB of real articles, collecting every 2 MB / 1.5 MB / 1 MB: 177-188 / - / 164-168
 * MB on an idle machine, but 216-217 / 210-212 / 183 MB with every core busy, where V8's own
 * concurrent marking falls behind. Every 1 MB holds under load, for a few % more CPU (idle,
 * 9.5-11.2 s against 8.8-9.3 s; noisy). Collections started and not waited for (every 0.75 MB)
 * cost 10-25% more CPU.
 */
const COLLECT_EVERY_BYTES = 1e6;

type Outcome = { unit: Unit; report: ArticleReport } | { error: InputError } | { fatal: unknown };

/**
 * Workers pay about 0.25 s each to start and load the model, so by default they are used only
 * when the input is big enough to win that back: 4 copies of the seed ran in 0.35 s in one
 * thread and 0.57 s with 2 workers (2 cores, measured). A single text input is streamed
 * through this thread, whatever --jobs says.
 */
const POOL_MIN_BYTES = 1e6;

async function poolSize(options: RunOptions): Promise<number> {
  const corpus = options.files.some((name) => inputFormatOf(name === '-' ? options.stdinName ?? name : name, options.inputFormat) === 'jsonl');
  const units = corpus ? Infinity : options.files.length;
  if (options.jobs !== undefined) return Math.min(options.jobs, units);
  if (units < 2 || (await inputBytes(options.files)) < POOL_MIN_BYTES) return 1;
  return Math.min(defaultJobs(), units);
}

/** Run every input through the pipeline; returns whether any input failed. */
export async function runArticles(options: RunOptions): Promise<{ failed: boolean }> {
  const size = await poolSize(options);
  if (size > 1) return runPool(options, size);
  const analyzer: Analyzer = await inProcess(options.settings);
  const assembler = new ArticleAssembler(options.sink);
  const collect = options.sink.keepsSentences ? undefined : periodicCollector(COLLECT_EVERY_BYTES);
  let failed = false;

  const take = (outcome: Outcome): void => {
    if ('fatal' in outcome) throw outcome.fatal;
    if ('error' in outcome) {
      options.onError(outcome.error);
      assembler.drop();
      failed = true;
      return;
    }
    for (const warning of outcome.report.warnings ?? []) options.onWarning(warning);
    assembler.add(outcome.unit, outcome.report);
    collect?.(outcome.unit.bytes);
    options.progress?.advance(outcome.unit);
  };

  const pending: Array<Promise<Outcome>> = [];
  try {
    // json and table hold the whole report anyway: their inputs are analysed whole, so their
    // output stays exactly what it was before streaming; ndjson streams long inputs in chunks
    const chunkChars = options.sink.keepsSentences ? Infinity : CHUNK_CHARS;
    for await (const item of readUnits(options.files, { format: options.inputFormat, chunkChars, maxBytes: options.maxBytes, onWarning: options.onWarning, stdinName: options.stdinName })) {
      pending.push(
        item instanceof InputError
          ? Promise.resolve({ error: item })
          : analyzer.analyze(item).then(
              (report) => ({ unit: item, report }),
              (fatal: unknown) => ({ fatal }),
            ),
      );
      while (pending.length >= analyzer.window) take(await pending.shift()!);
    }
    while (pending.length > 0) take(await pending.shift()!);
  } finally {
    options.progress?.stop();
    await analyzer.close();
  }
  if (assembler.articles > 0 || !failed) assembler.finish();
  return { failed };
}

/**
 * The same run with `size` worker threads. The workers start first and load the model while
 * this thread goes on; it reads only a JSONL corpus or standard input (without the language
 * check, which needs the model), hands out the rest by file name, and replays the workers'
 * events in input order: what a one-thread run would have written, warned and counted.
 */
async function runPool(options: RunOptions, size: number): Promise<{ failed: boolean }> {
  const chunkChars = options.sink.keepsSentences ? Infinity : CHUNK_CHARS;
  const records = options.records && options.sink.write ? options.records : undefined;
  const pool = startPool(size, {
    ...options.settings,
    ...(records ? { records } : {}),
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    chunkChars,
    maxBytes: options.maxBytes,
  });
  const assembler = new ArticleAssembler(options.sink);
  let failed = false;

  const take = (e: WorkEvent): void => {
    if ('fatal' in e) throw new Error(e.fatal);
    if ('warning' in e) options.onWarning(e.warning);
    else if ('error' in e) {
      options.onError(new InputError(e.error));
      assembler.drop();
      failed = true;
    } else if ('text' in e) options.sink.write!(e.text);
    else if ('added' in e) {
      assembler.touch(e.added.file);
      options.progress?.advance(e.added);
    } else if ('closed' in e) assembler.closed(e.closed);
    else {
      assembler.add(e.unit as Unit, e.report);
      options.progress?.advance(e.unit);
    }
  };

  const pending: Batch[] = [];
  let tasks: Task[] = [];
  let chars = 0;
  const send = async (batch?: Batch): Promise<void> => {
    if (tasks.length > 0) pending.push(pool.send(tasks));
    tasks = [];
    chars = 0;
    if (batch) pending.push(batch);
    while (pending.length >= pool.window) await pending.shift()!.drain(take);
  };
  const unitOptions: UnitOptions = { format: options.inputFormat, chunkChars, maxBytes: options.maxBytes, onWarning: options.onWarning, stdinName: options.stdinName, checkLanguage: false };
  try {
    for (const file of options.files) {
      const name = file === '-' && options.stdinName ? options.stdinName : file;
      const corpus = inputFormatOf(name, options.inputFormat) === 'jsonl';
      if (file !== '-' && !corpus) {
        tasks.push({ file });
        if (tasks.length >= BATCH_FILES) await send();
        continue;
      }
      // a worker cannot read this thread's standard input, nor share a corpus with another
      for await (const item of readUnits([file], unitOptions)) {
        if (item instanceof InputError) {
          const failedHere = new Batch();
          failedHere.receive([{ error: item.message }], true);
          await send(failedHere);
          continue;
        }
        tasks.push({ unit: item, ...(corpus ? {} : { checkLanguage: true }) });
        chars += item.text.length;
        if (tasks.length >= BATCH_FILES || chars >= BATCH_CHARS) await send();
      }
    }
    await send();
    while (pending.length > 0) await pending.shift()!.drain(take);
  } finally {
    options.progress?.stop();
    await pool.close();
  }
  if (assembler.articles > 0 || !failed) assembler.finish();
  return { failed };
}
