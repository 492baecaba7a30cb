// A worker thread of the pool: loads the model once, then analyses the units it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeUnit, prepare } from './analyze-unit.js';
import type { WorkerReply } from './analyzer.js';
import type { Unit, UnitSettings } from './unit.js';

const settings = workerData as UnitSettings;
prepare(settings);

parentPort?.on('message', (unit: Unit) => {
  let reply: WorkerReply;
  try {
    reply = { report: analyzeUnit(unit, settings) };
  } catch (err) {
    reply = { error: (err as Error)?.message ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
