// A worker thread of the pool: loads the model as it starts (while the parent is still reading
// arguments), then takes batches of tasks in order. It reads its own files, analyses them and,
// for a record format, renders the records, so only strings and small totals go back.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { languageWarning } from '../input/language.js';
import { loadFormatter } from '../render/index.js';
import type { ArticleReport, RecordFormatter } from '../types.js';
import { ArticleAssembler } from './article.js';
import { analyzeUnit, prepare } from './analyze-unit.js';
import { periodicCollector } from './memory.js';
import type { Sink } from './sink.js';
import { readUnits, type Unit } from '../input/units.js';
import type { BatchMessage, EventsMessage, Task, WorkEvent, WorkerSettings } from './work.js';

const settings = workerData as WorkerSettings;
prepare(settings);

/** Rendered text is sent on once this much has piled up, so a long input streams through. */
const FLUSH_CHARS = 1 << 20;
/** As in a one-thread run (run.ts): a full collection every 1 MB keeps a long streamed input's memory flat. */
const collect = settings.records ? periodicCollector(1e6) : undefined;
/** The record formatter, once loaded (no top-level await: the bundled worker is CommonJS). */
const formatterLoaded: Promise<RecordFormatter | undefined> = settings.records ? (loadFormatter(settings.records) as Promise<RecordFormatter>) : Promise.resolve(undefined);

/** Events of the batch in hand, and the rendered text not yet among them. */
let events: WorkEvent[] = [];
let text = '';

function push(event: WorkEvent): void {
  if (text) events.push({ text }), (text = '');
  events.push(event);
}

/** The records of one input's articles, rendered here; the run's totals stay with the parent. */
const recordSink = (f: RecordFormatter): Sink => ({
  keepsSentences: false,
  part: (source, part) => {
    for (const s of part.sentences) text += f.sentence(source, s);
  },
  article: (source, report, sections) => {
    text += f.article(source, { ...report, sections });
    push({ closed: { voices: report.voices, summary: report.summary } });
  },
  run: () => {},
});

async function analyzed(unit: Unit, assembler: ArticleAssembler | undefined): Promise<void> {
  let report: ArticleReport;
  try {
    report = await analyzeUnit(unit, settings);
  } catch (err) {
    push({ fatal: (err as Error)?.message ?? String(err) });
    return;
  }
  for (const warning of report.warnings ?? []) push({ warning });
  const { text: _text, ...meta } = unit;
  if (!assembler) return push({ unit: meta, report });
  assembler.add(unit, report);
  push({ added: { file: unit.file, bytes: unit.bytes } });
  collect?.(unit.bytes);
}

async function run(task: Task, flush: () => void): Promise<void> {
  const formatter = await formatterLoaded;
  // one assembler per input, as an input's chunks make one article
  const assembler = formatter ? new ArticleAssembler(recordSink(formatter)) : undefined;
  if ('unit' in task) {
    if (task.checkLanguage) {
      const warning = languageWarning(task.unit.text);
      if (warning) push({ warning: `${task.unit.file}: ${warning}` });
    }
    return analyzed(task.unit, assembler);
  }
  const options = { format: settings.inputFormat, chunkChars: settings.chunkChars, maxBytes: settings.maxBytes, onWarning: (warning: string) => push({ warning }) };
  for await (const item of readUnits([task.file], options)) {
    if (item instanceof InputError) {
      push({ error: item.message });
      assembler?.drop();
    } else await analyzed(item, assembler);
    if (events.some((e) => 'fatal' in e)) return;
    if (text.length >= FLUSH_CHARS) flush();
  }
}

async function answer({ id, tasks }: BatchMessage): Promise<void> {
  const send = (done: boolean): void => {
    if (text) events.push({ text }), (text = '');
    const message: EventsMessage = { id, events, done };
    parentPort?.postMessage(message);
    events = [];
  };
  try {
    for (const task of tasks) {
      await run(task, () => send(false));
      if (events.some((e) => 'fatal' in e)) break;
    }
  } catch (err) {
    push({ fatal: (err as Error)?.message ?? String(err) });
  }
  send(true);
}

// the pool sends the next batch before this one is done: answer them one after another, in
// the order they came, however long a parser takes to load
let done: Promise<void> = Promise.resolve();
parentPort?.on('message', (batch: BatchMessage) => {
  done = done.then(() => answer(batch));
});
