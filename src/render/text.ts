// The article as written, for reading in a terminal: every sentence opens with its label
// in words (so NO_COLOR and colour-blind readers lose nothing) and, with colour, is painted
// in its label's colour; headings are bold; paragraphs wrap to the terminal width.
import { Chalk, type ChalkInstance } from 'chalk';
import { LABELS, type ArticleReport, type Label, type Report, type Sentence, type Summary } from '../types.js';
import type { Formatter, RenderContext } from './format.js';
import { DISPLAY_NAMES, describeBalance } from './labels.js';
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
}

function palette(chalk: ChalkInstance): Palette {
  const text: Record<Label, Paint> = { fact: chalk.blue, claim: chalk.yellow, supporter: chalk.green, critic: chalk.red };
  const tag = Object.fromEntries(LABELS.map((l) => [l, (s: string) => chalk.bold(text[l](s))])) as Record<Label, Paint>;
  return { text, tag, heading: chalk.bold };
}

function sentenceWords(s: Sentence, colors: Palette): Word[] {
  const tag: Word = { text: `[${DISPLAY_NAMES[s.label]}]`, paint: colors.tag[s.label], keepWithNext: true };
  return [tag, ...s.text.split(/\s+/).filter(Boolean).map((text) => ({ text, paint: colors.text[s.label] }))];
}

const visibleLength = (s: string): number => [...s].length;

/** Greedy word wrap; a run of words painted alike is painted once, so escapes stay few. */
function wrapWords(words: readonly Word[], width: number): string[] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  words.forEach((word, i) => {
    const length = visibleLength(word.text);
    const next = word.keepWithNext ? words[i + 1] : undefined;
    const needed = length + (next ? 1 + visibleLength(next.text) : 0);
    if (line.length > 0 && used + 1 + needed > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? 1 : 0) + length;
    line.push(word);
  });
  if (line.length > 0) lines.push(line);
  return lines.map((ws) => {
    const runs: Array<{ paint: Paint; text: string[] }> = [];
    for (const w of ws) {
      const run = runs.at(-1);
      if (run && run.paint === w.paint) run.text.push(w.text);
      else runs.push({ paint: w.paint, text: [w.text] });
    }
    return runs.map((r) => r.paint(r.text.join(' '))).join(' ');
  });
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

function articleView(article: ArticleReport, colors: Palette, width: number): string {
  const out = [colors.heading(article.file === '-' ? '(stdin)' : article.file)];
  for (const { section, paragraphs } of layoutArticle(article)) {
    if (section.heading) out.push('', ...wrapWords(plainWords(`## ${section.heading.text}`, colors.heading), width));
    for (const paragraph of paragraphs) out.push('', ...wrapWords(paragraph.flatMap((s) => sentenceWords(s, colors)), width));
  }
  out.push('', ...summaryLines(article.summary, width));
  return out.join('\n');
}

const text: Formatter = {
  render(report: Report, ctx: RenderContext): string {
    const colors = palette(new Chalk({ level: ctx.color ? 1 : 0 }));
    const width = Math.max(ctx.width ?? DEFAULT_WIDTH, MIN_WIDTH);
    const blocks = report.articles.map((a) => articleView(a, colors, width));
    if (report.articles.length > 1) {
      blocks.push([colors.heading(`All ${report.articles.length} articles`), ...summaryLines(report.summary, width)].join('\n'));
    }
    return `${blocks.join('\n\n')}\n`;
  },
};

export default text;
