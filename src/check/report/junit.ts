// JUnit XML as GitLab, Jenkins and Azure read it: one testcase per file, a failure per
// error-severity problem, warnings as system-out so they are seen but fail nothing.
import type { Reporter } from './index.js';
import { tally, type CheckRun } from '../types.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 cannot hold at all, even escaped
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (s: string): string => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] as string);

function render(run: CheckRun): string {
  const t = tally(run);
  const tests = run.results.length + run.errors.length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="evenhand check" tests="${tests}" failures="${t.failed}" errors="${run.errors.length}">`,
    `  <testsuite name="evenhand check" tests="${tests}" failures="${t.failed}" errors="${run.errors.length}" skipped="0">`,
  ];
  for (const r of run.results) {
    const attrs = `classname="evenhand" name="${xml(r.file)}" file="${xml(r.file)}"`;
    if (r.problems.length === 0) {
      out.push(`    <testcase ${attrs}/>`);
      continue;
    }
    out.push(`    <testcase ${attrs}>`);
    const errors = r.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const message = errors.map((p) => `${p.rule}: ${p.message}`).join('; ');
      const body = errors.map((p) => `${r.file}:${p.line}:${p.column} ${p.rule}: ${p.message}${p.sentence ? `\n  "${p.sentence}"` : ''}`);
      out.push(`      <failure type="${xml(errors.map((p) => p.rule).join(' '))}" message="${xml(message)}">${xml(body.join('\n'))}</failure>`);
    }
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    if (warnings.length > 0) {
      const text = warnings.map((p) => `warning ${r.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
      out.push(`      <system-out>${xml(text)}</system-out>`);
    }
    out.push('    </testcase>');
  }
  for (const e of run.errors) {
    out.push(`    <testcase classname="evenhand" name="${xml(e.file)}" file="${xml(e.file)}">`);
    out.push(`      <error type="input" message="${xml(e.message)}"/>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

export default {
  name: 'junit',
  render,
} satisfies Reporter;
