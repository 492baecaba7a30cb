import type { Reporter } from './format.js';
import { hasErrors, tally } from '../types.js';

// schemaVersion 2: the unreadable files moved from "errors" to "unreadable", so that name no
// longer means a list at the top and a count in "summary"; problems carry "folded"
export default {
  name: 'json',
  render: (run) =>
    `${JSON.stringify(
      {
        schemaVersion: 2,
        files: run.results.map((r) => ({ file: r.file, summary: r.summary, thresholds: r.thresholds, problems: r.problems, passed: !hasErrors(r) })),
        unreadable: run.unreadable.map((u) => ({ file: u.file, message: u.message })),
        summary: tally(run),
      },
      null,
      2,
    )}\n`,
} satisfies Reporter;
