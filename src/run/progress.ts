// Progress on stderr for people watching a long run: files done, MB/s and time left.
// Never on a pipe, with --quiet or --no-progress, or under CI, where it would only be noise in a log.
import { inputBytes, type Unit } from '../input/units.js';

export interface Progress {
  /** A unit is done. */
  advance(unit: Pick<Unit, 'file' | 'bytes'>): void;
  /** Erase the bar, so a line written next to the same terminal starts clean; it is drawn again on its next tick. */
  clear(): void;
  stop(): void;
}

export function wantProgress(quiet: boolean, stderrIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return !quiet && stderrIsTTY && !env.CI;
}

/** Return to the line's start and erase it all. */
const ERASE_LINE = '\r\u001b[2K';

export async function startProgress(files: readonly string[]): Promise<Progress> {
  const total = await inputBytes(files);
  const started = Date.now();
  // loaded only for a person at a terminal, so a plain run starts without it
  const { MultiBar } = await import('cli-progress');
  // a MultiBar, even for one bar: a SingleBar saves the cursor when it starts and returns
  // there when it stops, so it would erase the first line written while it ran, and land on it
  const bars = new MultiBar({
    format: '{bar} {percentage}% | {done}/{files} files | {rate} MB/s | {eta_formatted} left',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
    // cut to the terminal's width rather than switch the terminal's wrapping off, which would
    // cut every line written while the bar runs too
    linewrap: true,
  });
  // standard input has no known size: the bar then shows only what is done
  const bar = bars.create(Number.isFinite(total) ? Math.max(total, 1) : 0, 0, { done: 0, files: files.length, rate: '0.0' });
  // drawn at once, not on the first tick: what is written next always finds the bar there
  bars.update();
  let bytes = 0;
  let done = 0;
  let current: string | undefined;
  return {
    advance: (unit) => {
      // a file is done once a unit of the next one is
      if (current !== undefined && unit.file !== current) done++;
      current = unit.file;
      bytes += unit.bytes;
      const seconds = (Date.now() - started) / 1000;
      bar.update(bytes, { done, rate: seconds > 0 ? (bytes / 1e6 / seconds).toFixed(1) : '0.0' });
    },
    clear: () => void process.stderr.write(ERASE_LINE),
    stop: () => bars.stop(),
  };
}
