// npm run build, last: run the bundled CLI once over the seed article and keep the code V8
// compiled for it (dist/evenhand.cjs.cache), so that a start compiles almost nothing
// (bin/evenhand.js). Written for the Node that builds; another Node rejects it and compiles.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = spawnSync(process.execPath, ['bin/evenhand.js', 'analyze', 'fixtures/articles/trump-kim-diplomacy.txt'], {
  cwd: ROOT,
  env: { ...process.env, EVENHAND_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) process.exit(run.status ?? 1);
