import { Chalk } from 'chalk';
import { hangingWrap } from '../../render/wrap.js';
import { plural, type Reporter } from './format.js';
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
  for (const u of run.unreadable) out.push(c.underline(u.file), hangingWrap(`  ${c.red('error  ')}  `, u.message, width), '');
  const t = tally(run);
  if (t.errors + t.warnings === 0) {
    out.push(c.green(`✔ ${plural(t.files, 'file')} checked: all pass`));
  } else {
    // an unreadable file is a problem of its own, counted as an error, as ESLint counts a file it cannot parse
    const mark = t.errors > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
    const unreadable = t.unreadable ? `, ${t.unreadable} unreadable` : '';
    out.push(
      `${mark} ${plural(t.errors + t.warnings, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}): ${t.failed} of ${plural(t.files, 'file')} failed${unreadable}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export default {
  name: 'stylish',
  render: (run, ctx) => render(run, ctx.color, ctx.width),
} satisfies Reporter;
