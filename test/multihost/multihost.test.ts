import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('the GNU parallel recipe across two ssh hosts', () => {
  // two sshd on loopback addresses, 8 jobs of 5 articles, then summarize: see run.sh
  it('merges the hosts\' NDJSON into the summary of a single run', (ctx) => {
    const r = spawnSync('bash', [`${ROOT}test/multihost/run.sh`], { cwd: ROOT, encoding: 'utf8' });
    // 77: no sshd, ssh or GNU parallel here (.ci/run installs them); the reason is on stderr
    if (r.status === 77) {
      process.stderr.write(r.stderr);
      ctx.skip(r.stderr.trim());
    }
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^multihost: passed: /);
  }, 300_000);
});
