// Who analyses units: this thread, or a pool of worker threads that each load the model once.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleReport } from '../types.js';
import type { Unit, UnitSettings } from './unit.js';

export interface Analyzer {
  /** How many units may be in flight at once without waiting. */
  readonly window: number;
  analyze(unit: Unit): Promise<ArticleReport>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

/** Analyse in this thread; the model is loaded only now, so a pool's parent never loads it. */
export async function inProcess(settings: UnitSettings): Promise<Analyzer> {
  const { analyzeUnit, prepare } = await import('./analyze-unit.js');
  prepare(settings);
  return { window: 1, analyze: (unit) => analyzeUnit(unit, settings), close: async () => {} };
}

interface Task {
  unit: Unit;
  resolve: (report: ArticleReport) => void;
  reject: (err: Error) => void;
}

export type WorkerReply = { report: ArticleReport } | { error: string };

/**
 * Units sent to a worker ahead of its answer to the one it is on: with one at a time, a worker
 * sat idle for each round trip through the parent (11 to 13% of its time on many small files).
 */
const AHEAD = 2;

interface PoolWorker {
  worker: Worker;
  /** Sent and not yet answered, oldest first: a worker answers in the order it was sent. */
  sent: Task[];
}

/** `size` worker threads; each is kept `AHEAD` units ahead while there are units to give. */
export function workerPool(size: number, settings: UnitSettings): Analyzer {
  const queue: Task[] = [];
  const workers: PoolWorker[] = [];
  let broken: Error | undefined;

  const fill = (): void => {
    while (queue.length > 0) {
      const free = workers.reduce<PoolWorker | undefined>((best, w) => (w.sent.length < AHEAD && (!best || w.sent.length < best.sent.length) ? w : best), undefined);
      if (!free) return;
      const task = queue.shift()!;
      free.sent.push(task);
      free.worker.postMessage(task.unit);
    }
  };

  for (let i = 0; i < size; i++) {
    const pooled: PoolWorker = { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: settings }), sent: [] };
    pooled.worker.on('message', (reply: WorkerReply) => {
      const task = pooled.sent.shift()!;
      if ('report' in reply) task.resolve(reply.report);
      else task.reject(new Error(reply.error));
      fill();
    });
    // a worker that dies takes its units with it: fail those, everything queued and all
    // that comes after, rather than wait for a worker that will never answer
    pooled.worker.on('error', (err) => {
      broken = err;
      for (const task of pooled.sent.splice(0)) task.reject(err);
      for (const task of queue.splice(0)) task.reject(err);
    });
    workers.push(pooled);
  }

  return {
    // enough queued that no worker waits while the parent writes
    window: size * 4,
    analyze: (unit) =>
      new Promise((resolve, reject) => {
        if (broken) return reject(broken);
        queue.push({ unit, resolve, reject });
        fill();
      }),
    close: async () => void (await Promise.all(workers.map((w) => w.worker.terminate()))),
  };
}
