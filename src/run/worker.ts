// A worker thread of the pool: loads the model once, then analyses the units it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeUnit, prepare } from './analyze-unit.js';
import type { WorkerReply } from './analyzer.js';
import type { Unit, UnitSettings } from './unit.js';

const settings = workerData as UnitSettings;
prepare(settings);

// one unit at a time: the pool sends the next only after this one's reply
parentPort?.on('message', async (unit: Unit) => {
  let reply: WorkerReply;
  try {
    reply = { report: await analyzeUnit(unit, settings) };
  } catch (err) {
    reply = { error: (err as Error)?.message ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
