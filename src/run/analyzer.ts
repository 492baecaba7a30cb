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

/** `size` worker threads; each takes the next unit as soon as it is free. */
export function workerPool(size: number, settings: UnitSettings): Analyzer {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let broken: Error | undefined;

  const next = (worker: Worker): void => {
    const task = queue.shift();
    if (!task) return void idle.push(worker);
    busy.set(worker, task);
    worker.postMessage(task.unit);
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings });
    worker.on('message', (reply: WorkerReply) => {
      const task = busy.get(worker)!;
      busy.delete(worker);
      if ('report' in reply) task.resolve(reply.report);
      else task.reject(new Error(reply.error));
      next(worker);
    });
    // a worker that dies takes its unit with it: fail that unit, everything queued and all
    // that comes after, rather than wait for a worker that will never answer
    worker.on('error', (err) => {
      broken = err;
      busy.get(worker)?.reject(err);
      for (const task of queue.splice(0)) task.reject(err);
    });
    idle.push(worker);
  }

  return {
    // enough queued that no worker waits while the parent writes
    window: size * 4,
    analyze: (unit) =>
      new Promise((resolve, reject) => {
        if (broken) return reject(broken);
        queue.push({ unit, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      }),
    close: async () => void (await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()))),
  };
}
