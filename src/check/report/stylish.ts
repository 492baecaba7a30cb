import { Chalk } from 'chalk';
import { hangingWrap } from '../../render/wrap.js';
import { plural, type Reporter } from './index.js';
import { tally, type CheckRun, type Problem } from '../types.js';

function render(run: CheckRun, color: boolean, width: number | undefined): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const r of run.results.filter((x) => x.problems.length > 0)) {
    const where = (p: Problem): string => `${p.line}:${p.column}`;
    const column = Math.max(...r.problems.map((p) => where(p).length));
    out.push(c.underline(r.file));
    for (const p of r.problems) {
      const severity = p.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      // wrapped lines start under the message, so the locations and severities stay a column
      out.push(hangingWrap(`  ${c.dim(where(p).padEnd(column))}  ${severity}  `, `${p.message}  ${c.dim(p.rule)}`, width));
    }
    out.push('');
  }
  for (const e of run.errors) out.push(c.underline(e.file), hangingWrap(`  ${c.red('error  ')}  `, e.message, width), '');
  const t = tally(run);
  const problems = t.errors + t.warnings;
  if (problems === 0 && run.errors.length === 0) {
    out.push(c.green(`✔ ${plural(t.files, 'file')} checked: all pass`));
  } else {
    const mark = t.errors + run.errors.length > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
    const unread = run.errors.length ? `, ${run.errors.length} unreadable` : '';
    out.push(
      `${mark} ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}): ${t.failed} of ${plural(t.files, 'file')} failed${unread}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export default {
  name: 'stylish',
  render: (run, ctx) => render(run, ctx.color, ctx.width),
} satisfies Reporter;
