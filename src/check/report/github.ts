// GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { appendFileSync } from 'node:fs';
import { EvenhandError } from '../../errors.js';
import { plural, type Reporter } from './format.js';
import { markdownTable } from './markdown.js';
import { tally, type CheckRun } from '../types.js';

// The runner reads "%", CR and LF as escapes in a message, and also ":" and "," in a property
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotations(run: CheckRun): string {
  const lines: string[] = [];
  for (const r of run.results) {
    for (const p of r.problems) {
      const where = `file=${escapeProperty(r.file)},line=${p.line},col=${p.column}`;
      lines.push(`::${p.severity} ${where},title=evenhand::${escapeData(`${p.rule}: ${p.message}`)}`);
    }
  }
  for (const u of run.unreadable) lines.push(`::error file=${escapeProperty(u.file)},title=evenhand::${escapeData(u.message)}`);
  const t = tally(run);
  const unreadable = t.unreadable ? `; ${t.unreadable} unreadable` : '';
  lines.push(`evenhand: ${t.passed} of ${plural(t.files, 'file')} pass (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}${unreadable})`);
  return `${lines.join('\n')}\n`;
}

/** The run as a table in the job's summary page, when the runner names the file for it. */
function appendStepSummary(run: CheckRun, env: NodeJS.ProcessEnv): void {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    appendFileSync(path, `${markdownTable(run)}\n`);
  } catch (err) {
    throw new EvenhandError(`${path}: cannot append the step summary (${(err as Error).message})`);
  }
}

export default {
  name: 'github',
  render: annotations,
  publish: appendStepSummary,
} satisfies Reporter;
