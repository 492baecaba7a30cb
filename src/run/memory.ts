// Flat memory on long runs. The live heap of a streamed run stays near 25 MB, but V8 lets
// garbage pile up to over 100 MB before a full collection, so peak RSS creeps up with the
// input (185 MB at 5 MB, 218 MB at 20 MB, measured). A full collection every few MB of
// input keeps the peak near the live set, at a cost of a few milliseconds each.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Returns a function to call with each unit's size; it collects after every `everyBytes`. */
export function periodicCollector(everyBytes: number): (bytes: number) => void {
  // node exposes gc() only when asked at start-up; the flag takes effect for a new context
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < everyBytes) return;
    since = 0;
    gc();
  };
}
