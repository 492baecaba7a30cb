import type { Reporter } from './index.js';
import { hasErrors, tally } from '../types.js';

export default {
  name: 'json',
  render: (run) =>
    `${JSON.stringify(
      {
        schemaVersion: 1,
        files: run.results.map((r) => ({ ...r, passed: !hasErrors(r) })),
        errors: run.errors,
        summary: tally(run),
      },
      null,
      2,
    )}\n`,
} satisfies Reporter;
