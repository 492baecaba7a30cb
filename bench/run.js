// npm run bench: the four figures of issue 7 from one run, printed side by side with their
// targets. Not a test: the numbers depend on the machine and on what else runs on it.
//   (a) throughput: raw wink-nlp readDoc vs `evenhand analyze --format ndjson`
//   (b) cold start: `evenhand analyze` on the seed vs a `node -e` that only loads the model
//   (c) peak RSS of (a)'s evenhand runs at about 5 MB and 50 MB
//   (d) `--jobs 1` vs `--jobs 2` over many files
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED, writeFileCorpus, writeTextCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/evenhand.js');
const DIR = join(tmpdir(), 'evenhand-bench');
const COLD_RUNS = 11;
const MB = 1e6;

/** Run node with `args` from the repository root; returns wall and CPU seconds, peak RSS (MB) and stdout. */
function node(args, { stdout = 'ignore' } = {}) {
  const reporter = join(DIR, 'maxrss.cjs');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', reporter, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = /bench-usage (\d+) (\d+)/.exec(r.stderr);
  return { seconds, cpu: Number(usage?.[2] ?? NaN) / 1e6, rss: Number(usage?.[1] ?? NaN) / 1024, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const verdict = (ok) => (ok ? 'met' : 'MISSED');

function setUp() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  // peak RSS and CPU time of the whole process, worker threads included, written as it ends
  writeFileSync(
    join(DIR, 'maxrss.cjs'),
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`bench-usage ${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
  );
  // raw wink-nlp: the model, then readDoc over each blank-line-separated block of the text,
  // timed from the first readDoc to the last (the model load is (b)'s floor)
  writeFileSync(
    join(DIR, 'raw.cjs'),
    `const { readFileSync } = require('node:fs');
const load = require('node:module').createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
const nlp = load('wink-nlp')(load('wink-eng-lite-web-model'));
const text = readFileSync(process.argv[2], 'utf8');
const blocks = text.split(/\\n[ \\t]*\\n/);
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let tokens = 0;
for (const block of blocks) tokens += nlp.readDoc(block).tokens().length();
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (cpu.user + cpu.system) / 1e6, tokens }));
`,
  );
}

/** (b) the floor: what `node -e` pays to load wink-nlp and its model, nothing else. */
const FLOOR = "require('wink-nlp')(require('wink-eng-lite-web-model'))";

function coldStart() {
  const evenhand = [];
  const floor = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    // interleaved, so a burst of load from other processes hits both alike
    evenhand.push(node([BIN, 'analyze', SEED]).seconds);
    floor.push(node(['-e', FLOOR]).seconds);
  }
  return { evenhand: median(evenhand), floor: median(floor), evenhandMin: Math.min(...evenhand), floorMin: Math.min(...floor) };
}

/** A V8 compile cache (node:module enableCompileCache) exists from Node 22.1; measured when it does. */
function compileCache() {
  const require = createRequire(import.meta.url);
  if (typeof require('node:module').enableCompileCache !== 'function') return `not available in Node ${process.versions.node} (needs 22.1+)`;
  const cache = join(DIR, 'compile-cache');
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    runs.push(node(['--eval', `require('node:module').enableCompileCache(${JSON.stringify(cache)}); import(${JSON.stringify(BIN)})`, 'analyze', SEED]).seconds);
  }
  return `${fixed(median(runs))} s with a compile cache`;
}

/** A startup snapshot of the loaded model (node --build-snapshot): does it run, and how fast? */
function startupSnapshot() {
  const entry = join(DIR, 'snapshot-entry.cjs');
  const blob = join(DIR, 'snapshot.blob');
  writeFileSync(
    entry,
    `const load = require('node:module').createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
globalThis.nlp = load('wink-nlp')(load('wink-eng-lite-web-model'));
require('node:v8').startupSnapshot.setDeserializeMainFunction(() => globalThis.nlp.readDoc('It works.'));
`,
  );
  const build = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(blob)) return `could not be built: ${build.stderr.trim().split('\n')[0]}`;
  const probe = spawnSync(process.execPath, ['--snapshot-blob', blob], { cwd: ROOT, encoding: 'utf8' });
  if (probe.status !== 0) {
    const why = probe.stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit ${probe.status}`;
    return `built, but fails when started: ${why.trim()}`;
  }
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) runs.push(node(['--snapshot-blob', blob]).seconds);
  return `${fixed(median(runs))} s to start with the model loaded from a snapshot`;
}

/** MB/s of raw readDoc, by the wall clock and by CPU time. */
function rawThroughput(file, bytes) {
  const { seconds, cpu } = JSON.parse(node([join(DIR, 'raw.cjs'), file], { stdout: 'pipe' }).stdout);
  return { wall: bytes / MB / seconds, cpu: bytes / MB / cpu };
}

function main() {
  setUp();
  const load = loadavg()[0];
  process.stderr.write('building corpora ...\n');
  const sizes = [5 * MB, 50 * MB];
  const corpora = sizes.map((bytes) => ({ bytes, file: writeTextCorpus(DIR, `corpus-${bytes / MB}mb.txt`, bytes) }));
  const files = writeFileCorpus(join(DIR, 'files'), 5 * MB);
  const filesBytes = 5 * MB;

  process.stderr.write('(b) cold start ...\n');
  const cold = coldStart();
  const cache = compileCache();
  const snapshot = startupSnapshot();

  process.stderr.write('(a, c) throughput and memory ...\n');
  const runs = corpora.map(({ bytes, file }) => {
    const raw = rawThroughput(file, bytes);
    const run = node([BIN, 'analyze', file, '--format', 'ndjson', '--jobs', '1', '--quiet']);
    return { bytes, raw, evenhand: { wall: bytes / MB / run.seconds, cpu: bytes / MB / run.cpu }, rss: run.rss };
  });

  process.stderr.write('(d) --jobs ...\n');
  // best of 3, interleaved: other processes can only slow a run down, never speed it up
  const jobs = [[], []];
  for (let i = 0; i < 3; i++) {
    for (const n of [1, 2]) jobs[n - 1].push(node([BIN, 'analyze', ...files, '--format', 'ndjson', '--jobs', String(n), '--quiet']));
  }
  const [one, two] = jobs.map((runs) => runs.reduce((best, r) => (r.seconds < best.seconds ? r : best)));

  const big = runs.at(-1);
  const lines = [
    `evenhand bench, ${new Date().toISOString().slice(0, 16)}Z`,
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free), Node ${process.versions.node}, load average ${fixed(load)} at start`,
    '',
    '(a) throughput, MB/s by wall clock and [by CPU time]; evenhand includes its start-up',
    ...runs.map(
      (r) =>
        `    ${String(r.bytes / MB).padStart(3)} MB   raw readDoc ${fixed(r.raw.wall)} [${fixed(r.raw.cpu)}]   evenhand ndjson ${fixed(r.evenhand.wall)} [${fixed(r.evenhand.cpu)}]   ratio ${fixed(r.evenhand.wall / r.raw.wall)} [${fixed(r.evenhand.cpu / r.raw.cpu)}]`,
    ),
    `    target ratio >= 0.85 at 50 MB: ${verdict(big.evenhand.wall / big.raw.wall >= 0.85)} by wall clock, ${verdict(big.evenhand.cpu / big.raw.cpu >= 0.85)} by CPU time`,
    '',
    `(b) cold start, median of ${COLD_RUNS} runs`,
    `    evenhand analyze seed ${fixed(cold.evenhand, 3)} s   node -e load model ${fixed(cold.floor, 3)} s   ratio ${fixed(cold.evenhand / cold.floor)}`,
    `    fastest run: evenhand ${fixed(cold.evenhandMin, 3)} s   floor ${fixed(cold.floorMin, 3)} s   ratio ${fixed(cold.evenhandMin / cold.floorMin)}`,
    `    target ratio <= 1.10: ${verdict(cold.evenhand / cold.floor <= 1.1)}`,
    `    compile cache: ${cache}`,
    `    startup snapshot: ${snapshot}`,
    '',
    '(c) peak RSS of evenhand analyze --format ndjson --jobs 1',
    ...runs.map((r) => `    ${String(r.bytes / MB).padStart(3)} MB   ${fixed(r.rss, 0)} MB`),
    `    target <= 200 MB at 50 MB: ${verdict(big.rss <= 200)}`,
    '',
    `(d) ${files.length} files, ${filesBytes / MB} MB, --format ndjson, best of 3`,
    `    --jobs 1 ${fixed(one.seconds)} s (${fixed(one.rss, 0)} MB)   --jobs 2 ${fixed(two.seconds)} s (${fixed(two.rss, 0)} MB)   speed-up ${fixed(one.seconds / two.seconds)}x`,
    `    target >= 1.7x: ${verdict(one.seconds / two.seconds >= 1.7)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  rmSync(DIR, { recursive: true, force: true });
}

main();
