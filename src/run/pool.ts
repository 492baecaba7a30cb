// The parent of a pool of worker threads. It reads no article and loads no model: it hands out
// batches of tasks (file names, or the units of a JSONL corpus or standard input it had to read
// itself), and replays what comes back in input order.
import { Worker } from 'node:worker_threads';
import type { BatchMessage, EventsMessage, Task, WorkEvent, WorkerSettings } from './work.js';

/**
 * Batches sent to a worker ahead of the one it is on, so it never waits on a round trip
 * through the parent.
 */
const AHEAD = 2;

/** Set by scripts/bundle.mjs in the bundled build, whose worker is one CommonJS file too. */
declare const EVENHAND_BUNDLE: boolean | undefined;
const WORKER = typeof EVENHAND_BUNDLE === 'undefined' ? './worker.js' : './worker.cjs';

/** The events of one batch as they arrive; `done` once its worker has sent the last. */
export class Batch {
  events: WorkEvent[] = [];
  done = false;
  private wake: (() => void) | undefined;

  receive(events: WorkEvent[], done: boolean): void {
    for (const e of events) this.events.push(e);
    this.done ||= done;
    this.wake?.();
  }

  /** Hand each event to `take` in order as it arrives, until the batch is done. */
  async drain(take: (event: WorkEvent) => void): Promise<void> {
    for (let i = 0; ; ) {
      while (i < this.events.length) take(this.events[i++]!);
      // taken events are let go of, so a long streamed input does not pile up here
      this.events = [];
      i = 0;
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not yet done, by id. */
  sent: Map<number, Batch>;
}

export interface Pool {
  /** Queue `tasks` as one batch; its events come back through the returned Batch. */
  send(tasks: Task[]): Batch;
  /** Batches sent and not yet done, and how many may be before the caller should wait. */
  readonly window: number;
  close(): Promise<void>;
}

/** Start `size` workers now, so they load the model while the parent reads its arguments. */
export function startPool(size: number, settings: WorkerSettings): Pool {
  const workers: PoolWorker[] = [];
  const queue: Array<{ id: number; tasks: Task[]; batch: Batch }> = [];
  let next = 0;
  let broken: string | undefined;

  const fill = (): void => {
    while (queue.length > 0) {
      const free = workers.reduce<PoolWorker | undefined>((best, w) => (w.sent.size < AHEAD && (!best || w.sent.size < best.sent.size) ? w : best), undefined);
      if (!free) return;
      const { id, tasks, batch } = queue.shift()!;
      free.sent.set(id, batch);
      free.worker.postMessage({ id, tasks } satisfies BatchMessage);
    }
  };

  for (let i = 0; i < size; i++) {
    const pooled: PoolWorker = { worker: new Worker(new URL(WORKER, import.meta.url), { workerData: settings }), sent: new Map() };
    pooled.worker.on('message', ({ id, events, done }: EventsMessage) => {
      const batch = pooled.sent.get(id)!;
      if (done) pooled.sent.delete(id);
      batch.receive(events, done);
      if (done) fill();
    });
    // a worker that dies takes its batches with it: fail those and everything queued, rather
    // than wait for a worker that will never answer
    pooled.worker.on('error', (err) => {
      broken = err.message;
      for (const batch of pooled.sent.values()) batch.receive([{ fatal: broken }], true);
      pooled.sent.clear();
      for (const { batch } of queue.splice(0)) batch.receive([{ fatal: broken }], true);
    });
    workers.push(pooled);
  }

  return {
    send: (tasks) => {
      const batch = new Batch();
      if (broken) batch.receive([{ fatal: broken }], true);
      else {
        queue.push({ id: next++, tasks, batch });
        fill();
      }
      return batch;
    },
    // enough queued that no worker waits while the parent writes
    window: size * (AHEAD + 2),
    close: async () => void (await Promise.all(workers.map((w) => w.worker.terminate()))),
  };
}
