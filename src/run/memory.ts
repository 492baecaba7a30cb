// Flat memory on long runs. The live heap of a streamed run stays near 30 MB, but V8 lets
// garbage pile up to over 100 MB before a full collection, so peak RSS creeps up with the
// input (185 MB at 5 MB, 218 MB at 20 MB, measured). A full collection every so often keeps
// the peak near the live set. It is started, not waited for (V8 marks incrementally, partly
// on a helper thread): on 5 MB of real articles, every 0.5 MB waited for held RSS at 160 MB
// but cost about 15% more CPU; started every 0.75 MB, 177 MB (every 2 MB: 228 MB).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Returns a function to call with each unit's size; it collects after every `everyBytes`. */
export function periodicCollector(everyBytes: number): (bytes: number) => void {
  // node exposes gc() only when asked at start-up; the flag takes effect for a new context
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'async' }) => void;
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < everyBytes) return;
    since = 0;
    gc({ type: 'major', execution: 'async' });
  };
}
