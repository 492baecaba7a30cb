// GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { plural, type Reporter } from './index.js';
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

export default {
  name: 'github',
  render: annotations,
} satisfies Reporter;
