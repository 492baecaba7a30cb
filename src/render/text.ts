// The article as written, for reading in a terminal: every sentence opens with its label
// in words (so NO_COLOR and colour-blind readers lose nothing) and, with colour, is painted
// in its label's colour; headings are bold; paragraphs wrap to the terminal width; a list
// item keeps its marker, and a list's items follow each other without a blank line.
import { Chalk, type ChalkInstance } from 'chalk';
import { LABELS, type Label, type Sentence, type Summary } from '../types.js';
import type { DetailedArticle, DetailedReport, Formatter, RenderContext } from '../types.js';
import { DISPLAY_NAMES, describeBalance, describeCentral, reasonText } from './labels.js';
import { layoutArticle } from './layout.js';

/** Narrower terminals still get lines this wide: fewer columns would leave a word a line. */
const MIN_WIDTH = 20;
/** The view is wrapped even for a pipe or a file, to the width a terminal has by default. */
const DEFAULT_WIDTH = 80;

type Paint = (s: string) => string;

/** A word and how to paint it; a label tag is one word, and stays on its sentence's line. */
interface Word {
  text: string;
  paint: Paint;
  keepWithNext?: boolean;
}

interface Palette {
  text: Record<Label, Paint>;
  tag: Record<Label, Paint>;
  heading: Paint;
  dim: Paint;
}

function palette(chalk: ChalkInstance): Palette {
  const text: Record<Label, Paint> = { fact: chalk.blue, claim: chalk.yellow, supporter: chalk.green, critic: chalk.red };
  const tag = Object.fromEntries(LABELS.map((l) => [l, (s: string) => chalk.bold(text[l](s))])) as Record<Label, Paint>;
  return { text, tag, heading: chalk.bold, dim: chalk.dim };
}

function sentenceWords(s: Sentence, colors: Palette): Word[] {
  const tag: Word = { text: `[${DISPLAY_NAMES[s.label]}]`, paint: colors.tag[s.label], keepWithNext: true };
  return [tag, ...s.text.split(/\s+/).filter(Boolean).map((text) => ({ text, paint: colors.text[s.label] }))];
}

const visibleLength = (s: string): number => [...s].length;

/**
 * Greedy word wrap, lines after the first indented by `indent` (under a list item's text); a
 * run of words painted alike is painted once, so escapes stay few.
 */
function wrapWords(words: readonly Word[], width: number, indent = 0): string[] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  words.forEach((word, i) => {
    const length = visibleLength(word.text);
    const next = word.keepWithNext ? words[i + 1] : undefined;
    const needed = length + (next ? 1 + visibleLength(next.text) : 0);
    const room = lines.length === 0 ? width : width - indent;
    if (line.length > 0 && used + 1 + needed > room) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? 1 : 0) + length;
    line.push(word);
  });
  if (line.length > 0) lines.push(line);
  return lines.map((ws, n) => {
    const runs: Array<{ paint: Paint; text: string[] }> = [];
    for (const w of ws) {
      const run = runs.at(-1);
      if (run && run.paint === w.paint) run.text.push(w.text);
      else runs.push({ paint: w.paint, text: [w.text] });
    }
    return (n > 0 ? ' '.repeat(indent) : '') + runs.map((r) => r.paint(r.text.join(' '))).join(' ');
  });
}

/** A paragraph cut before each sentence that opens a list item: each item gets a line of its own. */
function splitAtItems(paragraph: readonly Sentence[], bullets: Record<number, string>): Sentence[][] {
  const runs: Sentence[][] = [];
  for (const s of paragraph) {
    const run = runs.at(-1);
    if (run && bullets[s.index] === undefined) run.push(s);
    else runs.push([s]);
  }
  return runs;
}

function plainWords(text: string, paint: Paint): Word[] {
  return text.split(/\s+/).filter(Boolean).map((t) => ({ text: t, paint }));
}

function summaryLines(summary: Summary, width: number): string[] {
  const counts = LABELS.map((l) => `${summary.counts[l]} ${DISPLAY_NAMES[l]}`).join(', ');
  const none: Paint = (s) => s;
  return [
    ...wrapWords(plainWords(`${summary.sentences} sentence${summary.sentences === 1 ? '' : 's'}: ${counts}.`, none), width),
    ...wrapWords(plainWords(`Balance: ${describeBalance(summary)}`, none), width),
  ];
}

/** With --explain: under a paragraph, each of its sentences' label, confidence and evidence. */
function reasonLines(run: readonly Sentence[], colors: Palette, width: number): string[] {
  return run.flatMap((s) => {
    const why = `${DISPLAY_NAMES[s.label]} ${s.confidence.toFixed(2)}${s.holder ? `, held by ${s.holder}` : ''}: ${s.reasons.length ? s.reasons.map(reasonText).join('; ') : 'no evidence fired'}`;
    return wrapWords(plainWords(`  ${s.line}:${s.column} ${why}`, colors.dim), width, 4);
  });
}

function articleView(article: DetailedArticle, colors: Palette, width: number, explain: boolean): string {
  const out = [colors.heading(article.file === '-' ? '(stdin)' : article.file), ...wrapWords(plainWords(`About: ${describeCentral(article.central)}`, colors.dim), width)];
  const bullets = article.bullets ?? {};
  const unpainted: Paint = (s) => s;
  let inList = false;
  for (const { section, paragraphs } of layoutArticle(article)) {
    if (section.heading) out.push('', ...wrapWords(plainWords(`## ${section.heading.text}`, colors.heading), width));
    if (section.heading) inList = false;
    for (const run of paragraphs.flatMap((p) => splitAtItems(p, bullets))) {
      const words = run.flatMap((s) => sentenceWords(s, colors));
      const bullet = bullets[run[0]!.index];
      // a list's items follow each other without a blank line, as they were written
      if (!(bullet !== undefined && inList)) out.push('');
      if (bullet === undefined) out.push(...wrapWords(words, width));
      else out.push(...wrapWords([{ text: bullet, paint: unpainted, keepWithNext: true }, ...words], width, visibleLength(bullet) + 1));
      inList = bullet !== undefined;
      if (explain) out.push(...reasonLines(run, colors, width));
    }
  }
  out.push('', ...summaryLines(article.summary, width));
  return out.join('\n');
}

const text: Formatter = {
  details: ['bullets'],
  render(report: DetailedReport, ctx: RenderContext): string {
    const colors = palette(new Chalk({ level: ctx.color ? 1 : 0 }));
    const width = Math.max(ctx.width ?? DEFAULT_WIDTH, MIN_WIDTH);
    const blocks = report.articles.map((a) => articleView(a, colors, width, ctx.explain));
    if (report.articles.length > 1) {
      blocks.push([colors.heading(`All ${report.articles.length} articles`), ...summaryLines(report.summary, width)].join('\n'));
    }
    return `${blocks.join('\n\n')}\n`;
  },
};

export default text;
