// A worker thread of the pool: loads the model once, then analyses the units it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeUnit, prepare } from './analyze-unit.js';
import type { WorkerReply } from './analyzer.js';
import type { Unit, UnitSettings } from './unit.js';

const settings = workerData as UnitSettings;
prepare(settings);

async function answer(unit: Unit): Promise<void> {
  let reply: WorkerReply;
  try {
    reply = { report: await analyzeUnit(unit, settings) };
  } catch (err) {
    reply = { error: (err as Error)?.message ?? String(err) };
  }
  parentPort?.postMessage(reply);
}

// the pool sends the next unit before this one is done: answer them one after another, in
// the order they came, however long a parser takes to load
let done: Promise<void> = Promise.resolve();
parentPort?.on('message', (unit: Unit) => {
  done = done.then(() => answer(unit));
});
