// npm run bench: the four figures of issue 14 from one run, printed beside their targets.
// Not a test: the numbers depend on the machine and on what else runs on it, so raw and
// evenhand runs are interleaved (a burst of load hits both alike) and the best of several
// counts (other processes can only slow a run down). Everything reads real article text,
// ../shared/train and ../shared/dev at run time, never copied into the project.
//   (a) throughput: raw wink-nlp readDoc (default pipe) over each article vs `evenhand analyze --format ndjson`
//   (b) cold start: `evenhand analyze` on the seed vs a `node -e` that only loads the model
//   (c) peak RSS of (a)'s evenhand runs
//   (d) `--jobs 1` vs `--jobs 2` over 800 files: wall clock and total CPU
// Environment: BENCH_MB (50), BENCH_ROUNDS (3), BENCH_FILES (800), BENCH_ONLY (e.g. "a,d").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED, realArticles, writeRealFileCorpus, writeRealTextCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/evenhand.js');
const DIR = join(tmpdir(), `evenhand-bench-${process.pid}`);
const COLD_RUNS = 11;
const MB = 1e6;
const SIZE = Number(process.env.BENCH_MB ?? 50) * MB;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FILES = Number(process.env.BENCH_FILES ?? 800);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'a,b,c,d').split(','));

/** Run node with `args` from the repository root; returns wall and CPU seconds (all threads), peak RSS (MB) and stdout. */
function node(args, { stdout = 'ignore' } = {}) {
  const reporter = join(DIR, 'usage.cjs');
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
const least = (xs) => Math.min(...xs);
const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const verdict = (ok) => (ok ? 'met' : 'MISSED');

function setUp() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  // peak RSS and CPU time of the whole process, worker threads included, written as it ends
  writeFileSync(
    join(DIR, 'usage.cjs'),
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`bench-usage ${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
  );
  // raw wink-nlp with its default pipe: the model, then one readDoc per article, timed from
  // the first readDoc to the last (the model load is (b)'s floor)
  writeFileSync(
    join(DIR, 'raw.cjs'),
    `const { readFileSync } = require('node:fs');
const load = require('node:module').createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
const nlp = load('wink-nlp')(load('wink-eng-lite-web-model'));
const text = readFileSync(process.argv[2], 'utf8');
const lengths = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let tokens = 0;
let at = 0;
for (const length of lengths) {
  tokens += nlp.readDoc(text.slice(at, at + length)).tokens().length();
  at += length + 2;
}
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (cpu.user + cpu.system) / 1e6, tokens }));
`,
  );
}

/** Whether this Node takes the bundle's code cache (dist/evenhand.cjs.cache, built by npm run build), asked the way bin/evenhand.js compiles. */
function codeCache() {
  const { CACHE, compileBundle } = module.createRequire(import.meta.url)('../bin/bundle.cjs');
  if (!existsSync(CACHE)) return 'none built';
  const { script, offered } = compileBundle();
  if (!offered) return 'from another build (not used)';
  return script.cachedDataRejected ? `rejected by this Node (${process.versions.node}): it compiles as usual` : 'used';
}

/**
 * (b) the floor: what `node -e` pays to load wink-nlp and its model, nothing else. It exits as
 * bin/evenhand.js does, explicitly: left to end by itself it would wait on V8's background
 * garbage collection, a cost of ending, not of loading.
 */
const FLOOR = "require('wink-nlp')(require('wink-eng-lite-web-model')); process.exit()";

function coldStart() {
  const evenhand = [];
  const floor = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    evenhand.push(node([BIN, 'analyze', SEED]));
    floor.push(node(['-e', FLOOR]));
  }
  const wall = (runs) => median(runs.map((r) => r.seconds));
  const cpu = (runs) => median(runs.map((r) => r.cpu));
  return { evenhand: wall(evenhand), floor: wall(floor), evenhandCpu: cpu(evenhand), floorCpu: cpu(floor) };
}

/**
 * The startup snapshot evenhand does not use, measured: wink-nlp and its model bundled into one
 * CommonJS file (esbuild), loaded into a V8 snapshot (node --build-snapshot), started with
 * --snapshot-blob, against the same floor. Deserialising the model costs about what loading it
 * does, and node cannot run a script with a snapshot of its own, so bin/evenhand.js would
 * have to start a second node: the figure says whether that could ever pay.
 */
async function snapshotProbe() {
  const { build } = await import('esbuild');
  const entry = join(DIR, 'snapshot-entry.cjs');
  const bundle = join(DIR, 'snapshot.cjs');
  const blob = join(DIR, 'snapshot.blob');
  writeFileSync(
    entry,
    `const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
nlp.readDoc('Warm up, critics said.');
require('node:v8').startupSnapshot.setDeserializeMainFunction(() => nlp.readDoc('It works, critics said.'));
`,
  );
  await build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', nodePaths: [join(ROOT, 'node_modules')], logLevel: 'error' });
  const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: DIR, encoding: 'utf8' });
  if (made.status !== 0 || !existsSync(blob)) return `could not be built: ${made.stderr.trim().split('\n')[0]}`;
  const snap = [];
  const floor = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    snap.push(node(['--snapshot-blob', blob]));
    floor.push(node(['-e', FLOOR]));
  }
  const m = (runs, key) => median(runs.map((r) => r[key]));
  return `model from a snapshot ${fixed(m(snap, 'seconds'), 3)} s [${fixed(m(snap, 'cpu'), 3)}] against the floor's ${fixed(m(floor, 'seconds'), 3)} s [${fixed(m(floor, 'cpu'), 3)}], before any of evenhand runs`;
}

/** (a, c): raw readDoc and evenhand ndjson on the same file, interleaved; the best of each. */
function throughput(corpus, bytes) {
  const lengths = join(DIR, 'lengths.json');
  writeFileSync(lengths, JSON.stringify(corpus.lengths));
  const raw = [];
  const ours = [];
  for (let i = 0; i < ROUNDS; i++) {
    raw.push(JSON.parse(node([join(DIR, 'raw.cjs'), corpus.path, lengths], { stdout: 'pipe' }).stdout));
    ours.push(node([BIN, 'analyze', corpus.path, '--format', 'ndjson', '--jobs', '1', '--quiet']));
  }
  const mbps = (runs, key) => bytes / MB / least(runs.map((r) => r[key]));
  return {
    raw: { wall: mbps(raw, 'seconds'), cpu: mbps(raw, 'cpu') },
    evenhand: { wall: mbps(ours, 'seconds'), cpu: mbps(ours, 'cpu') },
    rss: least(ours.map((r) => r.rss)),
    rssMax: Math.max(...ours.map((r) => r.rss)),
  };
}

/** (d): --jobs 1 and --jobs 2 on the same files, interleaved; best wall and least CPU of each. */
function jobs(files) {
  const runs = { 1: [], 2: [] };
  for (let i = 0; i < ROUNDS; i++) {
    for (const n of [1, 2]) runs[n].push(node([BIN, 'analyze', ...files, '--format', 'ndjson', '--jobs', String(n), '--quiet']));
  }
  const best = (rs) => ({ wall: least(rs.map((r) => r.seconds)), cpu: least(rs.map((r) => r.cpu)), rss: least(rs.map((r) => r.rss)) });
  return { one: best(runs[1]), two: best(runs[2]) };
}

async function main() {
  setUp();
  const load = loadavg();
  const { source, texts } = realArticles();
  const lines = [
    `evenhand bench, ${new Date().toISOString().slice(0, 16)}Z`,
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free), Node ${process.versions.node}, load average ${load.map((x) => fixed(x)).join(' ')} at start`,
    `text: ${texts.length} articles from ${source}; best of ${ROUNDS} interleaved runs unless said`,
  ];
  const print = (more) => {
    lines.push('', ...more);
    process.stderr.write(`${more.join('\n')}\n`);
  };

  if (ONLY.has('a') || ONLY.has('c')) {
    process.stderr.write('(a, c) throughput and memory ...\n');
    const corpus = writeRealTextCorpus(DIR, 'corpus.txt', SIZE, texts);
    const r = throughput(corpus, SIZE);
    const wall = r.evenhand.wall / r.raw.wall;
    const cpu = r.evenhand.cpu / r.raw.cpu;
    print([
      `(a) throughput at ${SIZE / MB} MB, MB/s by wall clock [by CPU time]; evenhand includes its start-up`,
      `    raw readDoc per article ${fixed(r.raw.wall)} [${fixed(r.raw.cpu)}]   evenhand ndjson ${fixed(r.evenhand.wall)} [${fixed(r.evenhand.cpu)}]   ratio ${fixed(wall)} [${fixed(cpu)}]`,
      `    target ratio >= 0.85: ${verdict(wall >= 0.85)} by wall clock, ${verdict(cpu >= 0.85)} by CPU time`,
      '',
      `(c) peak RSS of evenhand analyze --format ndjson --jobs 1 at ${SIZE / MB} MB: ${fixed(r.rss, 0)} MB (the worst run ${fixed(r.rssMax, 0)} MB)`,
      `    target <= 200 MB: ${verdict(r.rss <= 200)}`,
    ]);
  }

  if (ONLY.has('b')) {
    process.stderr.write('(b) cold start ...\n');
    const c = coldStart();
    print([
      `(b) cold start, median of ${COLD_RUNS} interleaved runs, wall [CPU]`,
      `    evenhand analyze seed ${fixed(c.evenhand, 3)} s [${fixed(c.evenhandCpu, 3)}]   node -e load model ${fixed(c.floor, 3)} s [${fixed(c.floorCpu, 3)}]   ratio ${fixed(c.evenhand / c.floor)} [${fixed(c.evenhandCpu / c.floorCpu)}]`,
      `    target ratio <= 1.10: ${verdict(c.evenhand / c.floor <= 1.1)} by wall clock, ${verdict(c.evenhandCpu / c.floorCpu <= 1.1)} by CPU time`,
      `    code cache: ${codeCache()}; Node's compile cache for what the bundle requires: ${typeof module.enableCompileCache === 'function' ? 'on' : `not in Node ${process.versions.node} (needs 22.1+)`}`,
      `    startup snapshot (not used): ${await snapshotProbe()}`,
    ]);
  }

  if (ONLY.has('d')) {
    process.stderr.write('(d) --jobs ...\n');
    const files = writeRealFileCorpus(join(DIR, 'files'), FILES, texts);
    const { one, two } = jobs(files);
    const speedUp = one.wall / two.wall;
    const extra = two.cpu / one.cpu;
    print([
      `(d) ${FILES} files, --format ndjson: best wall, least CPU (all threads)`,
      `    --jobs 1 ${fixed(one.wall)} s [${fixed(one.cpu)} s CPU, ${fixed(one.rss, 0)} MB]   --jobs 2 ${fixed(two.wall)} s [${fixed(two.cpu)} s CPU, ${fixed(two.rss, 0)} MB]`,
      `    speed-up ${fixed(speedUp)}x by wall, CPU ${fixed(extra)}x of --jobs 1`,
      `    target >= 1.5x with at most 1.10x the CPU: ${verdict(speedUp >= 1.5 && extra <= 1.1)}`,
    ]);
  }

  lines.push('', `load average ${loadavg().map((x) => fixed(x)).join(' ')} at the end`);
  process.stdout.write(`${lines.join('\n')}\n`);
  rmSync(DIR, { recursive: true, force: true });
}

await main();
