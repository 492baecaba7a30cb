// The default view for people: a summary table per article, the balance in words, who
// speaks for each side, and the sentences that carry a side (or all, with --sentences).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { LABELS, type ArticleReport, type Label, type Report, type Sentence, type SpeakerReport, type Summary, type Voices } from '../types.js';
import type { Formatter, RenderContext } from '../types.js';
import { DISPLAY_NAMES, describeBalance, describeCentral, reasonText } from './labels.js';
import { hangingWrap } from './wrap.js';

const BAR_WIDTH = 20;
/** The table's columns and borders besides the bar: it fits a terminal 60 wide with a bar of 19. */
const TABLE_WIDTH_WITHOUT_BAR = 41;
/** Where a sentence's tag starts: after "  line:column "; wrapped lines of the sentence start there too. */
const LOCATION_WIDTH = 11;

function paint(chalk: ChalkInstance): Record<Label, (s: string) => string> {
  return { fact: chalk.blue, claim: chalk.yellow, supporter: chalk.green, critic: chalk.red };
}

function summaryTable(summary: Summary, chalk: ChalkInstance, ctx: RenderContext): string {
  const colors = paint(chalk);
  const color = ctx.color;
  const barWidth = ctx.width === undefined ? BAR_WIDTH : Math.max(1, Math.min(BAR_WIDTH, ctx.width - TABLE_WIDTH_WITHOUT_BAR));
  const table = new Table({
    head: ['Label', 'Sentences', 'Share', ''],
    colAligns: ['left', 'right', 'right', 'left'],
    // cli-table3 colours its head red by default; plain text must stay plain
    style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
  });
  for (const label of LABELS) {
    const share = summary.shares[label];
    const bar = '█'.repeat(Math.round(share * barWidth));
    table.push([colors[label](DISPLAY_NAMES[label]), summary.counts[label], `${Math.round(share * 100)}%`, colors[label](bar)]);
  }
  table.push([chalk.bold('Total'), summary.sentences, '', '']);
  return table.toString();
}

function voicesLines(voices: Voices, width: number | undefined): string[] {
  const side = (list: Voices['supporter']): string =>
    list.length ? list.map((v) => `${v.holder} x${v.count}`).join(', ') : 'none heard';
  return [hangingWrap('Supporter voices: ', side(voices.supporter), width), hangingWrap('Critic voices:    ', side(voices.critic), width)];
}

const ROLE_NAMES: Record<SpeakerReport['role'], string> = { central: 'the central actor', side: 'a side', neutral: 'no side', expert: 'an expert, no side' };

/** Who speaks and why they count as they do: --explain's account of each speaker. */
function speakerLines(speakers: readonly SpeakerReport[], width: number | undefined): string[] {
  if (speakers.length === 0) return [];
  return [
    '',
    'Speakers:',
    ...speakers.map((s) => {
      const role = s.role === 'side' ? (s.side ? DISPLAY_NAMES[s.side].toLowerCase().replace(' view', '') : 'both sides') : ROLE_NAMES[s.role];
      const given = s.given ? ', given' : '';
      return hangingWrap('  ', `${s.name}: ${role}${given} (${s.evidence.join('; ')})`, width);
    }),
  ];
}

function sentenceLine(s: Sentence, ctx: RenderContext, chalk: ChalkInstance): string[] {
  const tag = paint(chalk)[s.label](`[${DISPLAY_NAMES[s.label]}]`);
  const location = `  ${String(s.line).padStart(4)}:${String(s.column).padEnd(3)} `.padEnd(LOCATION_WIDTH);
  const lines = [hangingWrap(location, `${tag} ${s.text.replace(/\s+/g, ' ')}`, ctx.width)];
  if (ctx.explain) {
    const why = s.reasons.map(reasonText).join('; ');
    // under the sentence's text, past its tag's opening bracket
    lines.push(hangingWrap(' '.repeat(LOCATION_WIDTH + 2), chalk.dim(`confidence ${s.confidence.toFixed(2)}: ${why}`), ctx.width));
  }
  return lines;
}

function articleBlock(article: ArticleReport, ctx: RenderContext, chalk: ChalkInstance): string {
  const out = [chalk.bold(article.file === '-' ? '(stdin)' : article.file)];
  out.push(hangingWrap('About: ', describeCentral(article.central), ctx.width));
  out.push(summaryTable(article.summary, chalk, ctx));
  out.push(hangingWrap('Balance: ', describeBalance(article.summary), ctx.width));
  out.push(...voicesLines(article.voices, ctx.width));
  if (ctx.explain) out.push(...speakerLines(article.speakers, ctx.width));
  const shown = ctx.sentences || ctx.explain
    ? article.sentences
    : article.sentences.filter((s) => s.label === 'supporter' || s.label === 'critic');
  if (shown.length) {
    out.push('', ctx.sentences || ctx.explain ? 'Sentences:' : 'Voices heard:');
    let section = -1;
    for (const s of shown) {
      const heading = article.sections[s.section]?.heading;
      if ((ctx.sentences || ctx.explain) && s.section !== section && heading) out.push(hangingWrap(chalk.bold('  ## '), chalk.bold(heading.text), ctx.width));
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
      blocks.push([chalk.bold(`All ${report.articles.length} articles`), summaryTable(report.summary, chalk, ctx), hangingWrap('Balance: ', describeBalance(report.summary), ctx.width)].join('\n'));
    }
    return `${blocks.join('\n\n')}\n`;
  },
};

export default table;
