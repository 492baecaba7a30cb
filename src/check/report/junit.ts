// JUnit XML in the strict Apache Ant form that GitLab, Jenkins and Azure read: one testcase
// per file, a failure for a file with error-severity problems, an error for a file that
// could not be read. The Ant form allows a testcase nothing else, so warnings go to the
// suite's system-out, where they are seen but fail nothing.
import type { Reporter } from './format.js';
import { hasErrors, tally, type CheckRun, type FileResult } from '../types.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 cannot hold at all, even escaped
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (s: string): string => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] as string);
const seconds = (s: number): string => s.toFixed(3);
/** The Ant form's timestamp has no time zone: this one is UTC. */
const timestamp = (d: Date): string => d.toISOString().slice(0, 19);

function failure(r: FileResult): string {
  const errors = r.problems.filter((p) => p.severity === 'error');
  const rules = errors.flatMap((p) => [p.rule, ...p.folded.map((f) => f.rule)]);
  const message = errors.map((p) => `${p.rule}: ${p.message}`).join('; ');
  const body = errors.map((p) => `${r.file}:${p.line}:${p.column} ${p.rule}: ${p.message}${p.sentence ? `\n  "${p.sentence}"` : ''}`);
  return `<failure type="${xml(rules.join(' '))}" message="${xml(message)}">${xml(body.join('\n'))}</failure>`;
}

function render(run: CheckRun): string {
  const t = tally(run);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite name="evenhand check" package="evenhand" id="0" timestamp="${timestamp(run.started)}" hostname="${xml(run.hostname)}" ` +
      `tests="${t.files}" failures="${t.failed}" errors="${t.unreadable}" skipped="0" time="${seconds(run.seconds)}">`,
    '    <properties/>',
  ];
  for (const r of run.results) {
    const attrs = `classname="evenhand" name="${xml(r.file)}" time="${seconds(r.seconds)}"`;
    out.push(hasErrors(r) ? `    <testcase ${attrs}>${failure(r)}</testcase>` : `    <testcase ${attrs}/>`);
  }
  for (const u of run.unreadable) {
    out.push(`    <testcase classname="evenhand" name="${xml(u.file)}" time="${seconds(u.seconds)}"><error type="input" message="${xml(u.message)}"/></testcase>`);
  }
  const warnings = run.results.flatMap((r) =>
    r.problems.filter((p) => p.severity === 'warning').map((p) => `warning ${r.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`),
  );
  out.push(`    <system-out>${xml(warnings.join('\n'))}</system-out>`, '    <system-err/>', '  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

export default {
  name: 'junit',
  render,
} satisfies Reporter;
