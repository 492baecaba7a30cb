// What a pool's parent and its workers say to each other. The parent only reads arguments,
// hands out work and writes what comes back: a worker reads its own files, analyses them and,
// for a record format (ndjson), renders the lines itself, so the parent never loads the model.
import type { ArticleReport, Summary, Voices } from '../types.js';
import type { InputFormat } from '../input/format.js';
import type { UnitSettings } from './unit.js';
import type { Unit } from '../input/units.js';

/** One piece of work: a file the worker reads itself, or a unit the parent read (a JSONL article, standard input). */
export type Task = { file: string } | { unit: Unit; checkLanguage?: boolean };

/** A unit as the parent needs it back: everything but its text. */
export type UnitMeta = Omit<Unit, 'text'>;

/** What happened, in input order; the parent replays these exactly as a one-thread run would have done them. */
export type WorkEvent =
  | { warning: string }
  /** An input failed (an InputError's message): reported, and its open article dropped. */
  | { error: string }
  /** Something went wrong inside evenhand: the run stops. */
  | { fatal: string }
  /** A unit's report, for a sink that keeps whole reports (json, table, html, text). */
  | { unit: UnitMeta; report: ArticleReport }
  /** Records a worker rendered (ndjson). */
  | { text: string }
  /** A worker added a unit of `file` to its article (counts the file; moves the progress bar). */
  | { added: { file: string; bytes: number } }
  /** A worker closed an article: what the run's totals need of it. */
  | { closed: { voices: Voices; summary: Summary } };

/** What a worker is started with. */
export interface WorkerSettings extends UnitSettings {
  /** Render records in the worker with this record format (ndjson); unset: send reports. */
  records?: string;
  /** How the worker reads files: see UnitOptions. */
  inputFormat?: InputFormat;
  chunkChars: number;
  maxBytes: number;
}

/** Parent -> worker: a batch of tasks, answered under the same id. */
export interface BatchMessage {
  id: number;
  tasks: Task[];
}

/** Worker -> parent: events of batch `id` so far; `done` on its last message. */
export interface EventsMessage {
  id: number;
  events: WorkEvent[];
  done: boolean;
}
