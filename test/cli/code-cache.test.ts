// bin/evenhand.js runs the bundle with the code V8 compiled for it at build time
// (dist/evenhand.cjs.cache). A cache from another build, or one V8 cannot use, must change
// nothing but the time a start takes: the same output, no warning, exit 0.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/cli.js';

const DIST = join(ROOT, 'dist');
const CACHE = join(DIST, 'evenhand.cjs.cache');

/** A copy of the install (bin/, package.json, dist/) whose dist/evenhand.cjs.cache is `cache`, or none. */
function install(dir: string, cache: Buffer | undefined): string {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'bin'))) copyFileSync(join(ROOT, 'bin', f), join(dir, 'bin', f));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'dist'));
  for (const f of readdirSync(DIST)) if (f !== 'evenhand.cjs.cache') symlinkSync(join(DIST, f), join(dir, 'dist', f));
  if (cache) writeFileSync(join(dir, 'dist', 'evenhand.cjs.cache'), cache);
  return join(dir, 'bin', 'evenhand.js');
}

const analyze = (bin: string) => spawnSync(process.execPath, [bin, 'analyze', SEED, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the code cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'evenhand-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const built = existsSync(CACHE) ? readFileSync(CACHE) : undefined;
  const buildLine = built ? built.subarray(0, built.indexOf(10) + 1) : Buffer.alloc(0);

  it('is written by the build, for the bundle it was built from', () => {
    expect(built).toBeDefined();
    expect(buildLine.toString()).toBe(readFileSync(join(DIST, 'evenhand.cjs'), 'utf8').split('\n')[0] + '\n');
  });

  // V8 checks the flags a cache was made under; the tiering flag bin/bundle.cjs sets must be
  // set alike when the build writes the cache and when a start reads it, or every start compiles
  it('is taken by V8 when the bundle is compiled as a start compiles it', () => {
    const asked = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(ROOT, 'bin', 'bundle.cjs'))}).compileBundle().script.cachedDataRejected))`], { encoding: 'utf8' });
    expect(asked.stderr).toBe('');
    expect(asked.stdout).toBe('false');
  });

  const expected = analyze(join(ROOT, 'bin', 'evenhand.js'));
  it.each([
    ['no cache', undefined],
    ['a cache from another build', Buffer.concat([Buffer.from('// evenhand build 0000\n'), built?.subarray(buildLine.length) ?? Buffer.alloc(0)])],
    ['a cache V8 rejects', Buffer.concat([buildLine, Buffer.from('not V8 code at all')])],
  ] as const)('with %s, prints what the built install prints', (name, cache) => {
    const r = analyze(install(join(root, name.replaceAll(' ', '-')), cache));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(expected.status).toBe(0);
  });

  // an install whose build was skipped (npm ci --ignore-scripts) has no bundle to run
  it('without a built bundle, says to build in one line and exits 2, no stack trace', () => {
    const bin = install(join(root, 'unbuilt'), undefined);
    rmSync(join(root, 'unbuilt', 'dist', 'evenhand.cjs'));
    const r = analyze(bin);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('evenhand: not built: run "npm run build" (npm install runs it) in the evenhand folder\n');
  });
});
