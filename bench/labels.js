// Speed work must not move a label: this saves what `evenhand analyze` prints for every
// article we have (../shared gold, dev and train, read at run time and never copied here, and
// fixtures/articles), then checks a later build prints the same bytes.
//   node bench/labels.js save  DIR    # before a change (DIR outside the repository)
//   node bench/labels.js check DIR    # after it: exit 1 and the first difference if any
// Each set is run as --format json (what external scorers call), as --format ndjson with
// --jobs 1 and --jobs 2, and the train articles again as one long file (streamed in chunks),
// and four times over (past 1 MB, where a run reads lean: see readLean in src/nlp/wink.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared');
const BIN = join(ROOT, 'bin/evenhand.js');

const [mode, dir] = process.argv.slice(2);
if (!['save', 'check'].includes(mode) || !dir) {
  process.stderr.write('usage: node bench/labels.js save|check DIR\n');
  process.exit(2);
}

/** The articles of a folder: every input but label files (.jsonl) and notes (.md in ../shared). */
function articlesIn(folder, extensions) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => extensions.some((e) => f.endsWith(e)) && !/^[A-Z]+\.md$/.test(f))
    .sort()
    .map((f) => join(folder, f));
}

const sets = {
  gold: articlesIn(join(SHARED, 'gold'), ['.txt']),
  dev: articlesIn(join(SHARED, 'dev'), ['.txt']),
  train: articlesIn(join(SHARED, 'train'), ['.txt']),
  fixtures: articlesIn(join(ROOT, 'fixtures/articles'), ['.txt', '.md', '.html']),
};

// the train articles as one long plain-text input, so the chunked (streamed) path is covered
const scratch = join(tmpdir(), `evenhand-labels-${process.pid}`);
mkdirSync(scratch, { recursive: true });
const long = join(scratch, 'train-all.txt');
writeFileSync(long, sets.train.map((f) => readFileSync(f, 'utf8')).join('\n\n'));
const longer = join(scratch, 'train-all-4.txt');
writeFileSync(longer, Array(4).fill(readFileSync(long, 'utf8')).join('\n\n'));

function run(args) {
  const r = spawnSync(process.execPath, [BIN, 'analyze', ...args, '--quiet'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`evenhand analyze ${args.slice(-4).join(' ')} exited ${r.status}: ${r.stderr}`);
  // the long input's path is a temporary one: name it the same in every run
  return r.stdout.replaceAll(scratch, '$TMP');
}

const outputs = [];
for (const [name, files] of Object.entries(sets)) {
  if (files.length === 0) continue;
  outputs.push([`${name}.json`, () => run([...files, '--format', 'json'])]);
  outputs.push([`${name}.jobs1.ndjson`, () => run([...files, '--format', 'ndjson', '--jobs', '1'])]);
  outputs.push([`${name}.jobs2.ndjson`, () => run([...files, '--format', 'ndjson', '--jobs', '2'])]);
}
if (sets.train.length) {
  outputs.push(['train-long.ndjson', () => run([long, '--format', 'ndjson', '--jobs', '1'])]);
  outputs.push(['train-long-4.ndjson', () => run([longer, '--format', 'ndjson', '--jobs', '1'])]);
}

let differ = 0;
try {
  mkdirSync(dir, { recursive: true });
  for (const [file, produce] of outputs) {
    const text = produce();
    const path = join(dir, file);
    if (mode === 'save') {
      writeFileSync(path, text);
      process.stdout.write(`saved ${file} (${text.length} chars)\n`);
      continue;
    }
    const before = readFileSync(path, 'utf8');
    if (before === text) {
      process.stdout.write(`same  ${file}\n`);
      continue;
    }
    differ++;
    const a = before.split('\n');
    const b = text.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    process.stdout.write(`DIFF  ${file} at line ${line + 1}\n  before: ${a[line]?.slice(0, 300)}\n  after:  ${b[line]?.slice(0, 300)}\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (mode === 'check') process.stdout.write(differ ? `${differ} output(s) differ\n` : 'all outputs identical\n');
process.exitCode = differ ? 1 : 0;
