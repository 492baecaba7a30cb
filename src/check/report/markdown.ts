import { plural, type Reporter } from './format.js';
import { hasErrors, tally, type CheckRun, type FileResult } from '../types.js';

// A pipe or a line break inside a cell would end it early
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const number = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

function verdict(r: FileResult): string {
  if (hasErrors(r)) return '❌ fail';
  return r.problems.length > 0 ? '⚠️ warn' : '✅ pass';
}

/** The Markdown table shared by this reporter and the GitHub step summary. */
export function markdownTable(run: CheckRun): string {
  const t = tally(run);
  const lines = [
    '### evenhand check',
    '',
    `${t.passed} of ${plural(t.files, 'file')} pass${t.warnings ? `, ${plural(t.warnings, 'warning')}` : ''}${t.unreadable ? `, ${t.unreadable} could not be read` : ''}.`,
    '',
    '| File | Result | Supporter | Critic | Balance | Lean | Claim share | Problems |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of run.results) {
    const { counts, balance, lean, shares } = r.summary;
    const problems = r.problems.map((p) => `\`${p.rule}\` ${cell(p.message)} (line ${p.line})`).join('<br>');
    lines.push(
      `| ${cell(r.file)} | ${verdict(r)} | ${counts.supporter} | ${counts.critic} | ${number(balance)} | ${number(lean)} | ${number(shares.claim)} | ${problems} |`,
    );
  }
  for (const u of run.unreadable) lines.push(`| ${cell(u.file)} | ⛔ error | | | | | | ${cell(u.message)} |`);
  return `${lines.join('\n')}\n`;
}

export default {
  name: 'markdown',
  render: (run) => markdownTable(run),
} satisfies Reporter;
