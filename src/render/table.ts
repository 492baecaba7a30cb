// The default view for people: a summary table per article, the balance in words, who
// speaks for each side, and the sentences that carry a side (or all, with --sentences).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { LABELS, type ArticleReport, type Label, type Report, type Sentence, type Summary, type Voices } from '../types.js';
import type { Formatter, RenderContext } from './format.js';
import { DISPLAY_NAMES, describeBalance, reasonText } from './labels.js';

const BAR_WIDTH = 20;

function paint(chalk: ChalkInstance): Record<Label, (s: string) => string> {
  return { fact: chalk.blue, claim: chalk.yellow, supporter: chalk.green, critic: chalk.red };
}

function summaryTable(summary: Summary, chalk: ChalkInstance, color: boolean): string {
  const colors = paint(chalk);
  const table = new Table({
    head: ['Label', 'Sentences', 'Share', ''],
    colAligns: ['left', 'right', 'right', 'left'],
    // cli-table3 colours its head red by default; plain text must stay plain
    style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
  });
  for (const label of LABELS) {
    const share = summary.shares[label];
    const bar = '█'.repeat(Math.round(share * BAR_WIDTH));
    table.push([colors[label](DISPLAY_NAMES[label]), summary.counts[label], `${Math.round(share * 100)}%`, colors[label](bar)]);
  }
  table.push([chalk.bold('Total'), summary.sentences, '', '']);
  return table.toString();
}

function voicesLines(voices: Voices): string[] {
  const side = (list: Voices['supporter']): string =>
    list.length ? list.map((v) => `${v.holder} x${v.count}`).join(', ') : 'none heard';
  return [`Supporter voices: ${side(voices.supporter)}`, `Critic voices:    ${side(voices.critic)}`];
}

function sentenceLine(s: Sentence, ctx: RenderContext, chalk: ChalkInstance): string[] {
  const tag = paint(chalk)[s.label](`[${DISPLAY_NAMES[s.label]}]`);
  const lines = [`  ${String(s.line).padStart(4)}:${String(s.column).padEnd(3)} ${tag} ${s.text.replace(/\s+/g, ' ')}`];
  if (ctx.explain) {
    const why = s.reasons.map(reasonText).join('; ');
    lines.push(chalk.dim(`             confidence ${s.confidence.toFixed(2)}: ${why}`));
  }
  return lines;
}

function articleBlock(article: ArticleReport, ctx: RenderContext, chalk: ChalkInstance): string {
  const out = [chalk.bold(article.file === '-' ? '(stdin)' : article.file)];
  out.push(summaryTable(article.summary, chalk, ctx.color));
  out.push(`Balance: ${describeBalance(article.summary)}`);
  out.push(...voicesLines(article.voices));
  const shown = ctx.sentences || ctx.explain
    ? article.sentences
    : article.sentences.filter((s) => s.label === 'supporter' || s.label === 'critic');
  if (shown.length) {
    out.push('', ctx.sentences || ctx.explain ? 'Sentences:' : 'Voices heard:');
    let section = -1;
    for (const s of shown) {
      const heading = article.sections[s.section]?.heading;
      if ((ctx.sentences || ctx.explain) && s.section !== section && heading) out.push(chalk.bold(`  ## ${heading.text}`));
      section = s.section;
      out.push(...sentenceLine(s, ctx, chalk));
    }
  }
  return out.join('\n');
}

const table: Formatter = {
  render(report: Report, ctx: RenderContext): string {
    const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
    const blocks = report.articles.map((a) => articleBlock(a, ctx, chalk));
    if (report.articles.length > 1) {
      blocks.push([chalk.bold(`All ${report.articles.length} articles`), summaryTable(report.summary, chalk, ctx.color), `Balance: ${describeBalance(report.summary)}`].join('\n'));
    }
    return `${blocks.join('\n\n')}\n`;
  },
};

export default table;
