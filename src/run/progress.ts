// Progress on stderr for people watching a long run: files done, MB/s and time left.
// Never on a pipe, with --quiet, or under CI, where it would only be noise in a log.
import type { Unit } from './unit.js';
import { inputBytes } from './units.js';

export interface Progress {
  /** A unit is done. */
  advance(unit: Unit): void;
  stop(): void;
}

export function wantProgress(quiet: boolean, stderrIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return !quiet && stderrIsTTY && !env.CI;
}

export async function startProgress(files: readonly string[]): Promise<Progress> {
  const total = await inputBytes(files);
  const started = Date.now();
  // loaded only for a person at a terminal, so a plain run starts without it
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {done}/{files} files | {rate} MB/s | {eta_formatted} left',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  // standard input has no known size: the bar then shows only what is done
  bar.start(Number.isFinite(total) ? Math.max(total, 1) : 0, 0, { done: 0, files: files.length, rate: '0.0' });
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
    stop: () => bar.stop(),
  };
}
