// One self-contained HTML page that reads like an editor's markup: per article, what it is
// about, its balance and the voices on each side, then the article as written with the
// sides' sentences highlighted and claim and fact tagged quietly (a toggle highlights all).
// Every piece of text from the input is escaped, and the page's CSP lets only its own script
// run and loads nothing.
import { createHash } from 'node:crypto';
import { LABELS, type ArticleReport, type CentralReport, type Label, type Report, type Section, type Sentence, type Summary } from '../types.js';
import type { Formatter } from '../types.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { DISPLAY_NAMES, MEANINGS, describeBalance, describeCentral, reasonText } from './labels.js';
import { layoutArticle } from './layout.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const fileName = (file: string): string => (file === '-' ? '(stdin)' : file);

function tag(label: Label): string {
  return `<span class="tag tag-${label}">${DISPLAY_NAMES[label]}</span>`;
}

/** What the page highlights when it opens: the sides. Claim and fact are shown quietly. */
const HIGHLIGHTED: readonly Label[] = ['supporter', 'critic'];
const QUIET = LABELS.filter((l) => !HIGHLIGHTED.includes(l));

// No counts here: with several articles they would be a pooled total above the articles.
function legend(): string {
  const items = LABELS.map(
    (l) => `<label><input type="checkbox"${HIGHLIGHTED.includes(l) ? ' checked' : ''} hidden data-label="${l}"> ${tag(l)}</label>`,
  );
  const all = '<label class="all" hidden><input type="checkbox" data-all> Highlight all labels</label>';
  return `<fieldset class="legend"><legend>Highlighted:</legend>${items.join('')}${all}</fieldset>`;
}

// Only phrasing content here: a block element would close the enclosing <p>.
function tooltip(s: Sentence, id: string): string {
  const reasons = s.reasons
    .map((r) => `<span class="tip-reason">${escapeHtml(reasonText(r))}</span>`)
    .join('');
  const holder = s.holder ? `, held by ${escapeHtml(s.holder)}` : '';
  return (
    `<span class="tip" role="tooltip" id="${id}">${DISPLAY_NAMES[s.label]}${holder}; ` +
    `confidence ${s.confidence.toFixed(2)}; line ${s.line}, column ${s.column}${reasons}</span>`
  );
}

function sentenceHtml(s: Sentence, prefix: string): string {
  const id = `${prefix}-s${s.index}`;
  return (
    `<span class="s s-${s.label}" id="${id}" data-label="${s.label}" tabindex="0" aria-describedby="${id}-tip">` +
    `${tag(s.label)}${escapeHtml(s.text)}${tooltip(s, `${id}-tip`)}</span>`
  );
}

/** Bars sized by counts from the Summary, so the picture and the numbers cannot disagree. */
function bar(counts: Record<Label, number>, labels: readonly Label[], className: string, description: string): string {
  const parts = labels
    .filter((l) => counts[l] > 0)
    .map((l) => `<span class="bar-${l}" data-label="${l}" style="flex-grow: ${counts[l]}"></span>`);
  return `<div class="${className}" role="img" aria-label="${escapeHtml(description)}">${parts.join('')}</div>`;
}

function gauge(summary: Summary): string {
  const s = summary.counts.supporter;
  const c = summary.counts.critic;
  return (
    `<div class="gauge wide" data-supporter="${s}" data-critic="${c}">` +
    `<h3>Balance</h3>${bar(summary.counts, ['supporter', 'critic'], 'gauge-bar', describeBalance(summary))}` +
    `<div class="gauge-ends"><span>${tag('supporter')}${s}</span><span>${c}${tag('critic')}</span></div>` +
    `<p class="balance-text">${escapeHtml(describeBalance(summary))}</p></div>`
  );
}

function countsTable(summary: Summary): string {
  const rows = LABELS.map(
    (l) => `<tr><th scope="row">${tag(l)}</th><td class="n">${summary.counts[l]}</td><td class="n">${Math.round(summary.shares[l] * 100)}%</td></tr>`,
  );
  return (
    `<div><h3>Sentences</h3><table class="counts"><tbody>${rows.join('')}` +
    `<tr><th scope="row">Total</th><td class="n">${summary.sentences}</td><td></td></tr></tbody></table></div>`
  );
}

function aboutHtml(central: CentralReport): string {
  return `<p class="about"><strong>About:</strong> ${escapeHtml(describeCentral(central))}</p>`;
}

/** A sentence's place as a link text: its line, and line:column when the voice speaks twice on that line. */
function place(s: Sentence, all: readonly Sentence[]): string {
  return all.some((o) => o !== s && o.line === s.line) ? `line ${s.line}:${s.column}` : `line ${s.line}`;
}

// Each voice is the holder its side's sentences name (as the JSON's voices count them); its name
// links to its first sentence (the script marks them all) and each line to one of them.
function voicesHtml(article: ArticleReport, prefix: string): string {
  const side = (label: 'supporter' | 'critic'): string => {
    const items = article.voices[label].map((v) => {
      const holder = escapeHtml(v.holder);
      const said = article.sentences.filter((s) => s.label === label && s.holder === v.holder);
      const count = `${v.count} sentence${v.count === 1 ? '' : 's'}`;
      if (said.length === 0) return `<li>${holder} <span class="muted">${count}</span></li>`;
      const ids = said.map((s) => `${prefix}-s${s.index}`);
      const lines = said.map((s, i) => `<a href="#${ids[i]}" aria-label="${holder}, ${place(s, said)}">${place(s, said)}</a>`);
      return (
        `<li><a class="voice" href="#${ids[0]}" data-sentences="${ids.join(' ')}">${holder}</a> ` +
        `<span class="muted">${count}: ${lines.join(', ')}</span></li>`
      );
    });
    return `<div class="voices-${label}"><h3>${DISPLAY_NAMES[label]}: who speaks</h3>${items.length ? `<ul>${items.join('')}</ul>` : '<p class="muted">none heard</p>'}</div>`;
  };
  return `<div class="voices">${side('supporter')}</div><div class="voices">${side('critic')}</div>`;
}

function sectionTitle(section: Section): string {
  return section.heading ? escapeHtml(section.heading.text) : '(before the first heading)';
}

function sectionBars(sections: readonly Section[], prefix: string): string {
  const rows = sections
    .filter((s) => s.heading || s.summary.sentences > 0)
    .map((s) => {
      const counts = s.summary.counts;
      const words = LABELS.map((l) => `${counts[l]} ${DISPLAY_NAMES[l]}`).join(', ');
      const numbers = s.summary.sentences ? LABELS.map((l) => counts[l]).join(' / ') : 'no sentences';
      return (
        `<li><a href="#${prefix}-sec${s.index}">${sectionTitle(s)}</a>` +
        `${bar(counts, LABELS, 'stack', `${sectionTitle(s)}: ${words}`)}<span class="stack-counts">${numbers}</span></li>`
      );
    });
  const order = LABELS.map((l) => DISPLAY_NAMES[l]).join(' / ');
  return `<div class="wide"><h3>By section <span class="muted">(${order})</span></h3><ol class="sections">${rows.join('')}</ol></div>`;
}

function articleHtml(article: ArticleReport, number: number): string {
  const prefix = `a${number}`;
  const body = layoutArticle(article)
    .filter(({ section, paragraphs }) => section.heading || paragraphs.length > 0)
    .map(({ section, paragraphs }) => {
      const heading = section.heading ? `<h3>${escapeHtml(section.heading.text)}</h3>` : '';
      const text = paragraphs.map((p) => `<p>${p.map((s) => sentenceHtml(s, prefix)).join(' ')}</p>`).join('\n');
      return `<section id="${prefix}-sec${section.index}">${heading}\n${text}</section>`;
    });
  // what it is about, its balance and voices, the article itself; the numbers after it
  return [
    `<article id="article-${number}" aria-labelledby="article-${number}-title">`,
    `<h2 id="article-${number}-title">${escapeHtml(fileName(article.file))}</h2>`,
    aboutHtml(article.central),
    `<section class="overview" aria-label="Balance and voices">`,
    gauge(article.summary),
    voicesHtml(article, prefix),
    `</section>`,
    `<div class="body">\n${body.join('\n')}\n</div>`,
    `<section class="overview numbers" aria-label="In numbers">`,
    countsTable(article.summary),
    sectionBars(article.sections, prefix),
    `</section>`,
    `</article>`,
  ].join('\n');
}

// The page travels alone (mailed, archived), so it carries the definitions rather than a link to them
function meanings(): string {
  const items = LABELS.map((l) => `<dt>${tag(l)}</dt><dd>${escapeHtml(MEANINGS[l])}</dd>`);
  return (
    `<h2>What the labels mean</h2><dl class="meanings">${items.join('')}</dl>` +
    '<div>Over the supporter (S) and critic (C) sentences: balance = min(S, C) / max(S, C), lean = (S &minus; C) / (S + C). ' +
    'The full definitions, with the hard cases, are in <code>docs/labels.md</code> in the evenhand repository.</div>'
  );
}

function contents(report: Report): string {
  if (report.articles.length < 2) return '';
  const items = report.articles.map(
    (a, i) => `<li><a href="#article-${i + 1}">${escapeHtml(fileName(a.file))}</a> <span class="muted">${escapeHtml(describeBalance(a.summary))}</span></li>`,
  );
  return (
    `<nav class="toc" aria-label="Articles"><h2>${report.articles.length} articles</h2><ol>${items.join('')}</ol>` +
    `<p><a href="#all-articles">All articles together</a>, below them.</p></nav>`
  );
}

// The pooled total comes after every article, so no article is read through the others' sum.
function pooled(report: Report): string {
  if (report.articles.length < 2) return '';
  return (
    `<section class="pooled" id="all-articles" aria-labelledby="all-articles-title">` +
    `<h2 id="all-articles-title">All ${report.articles.length} articles together</h2>` +
    `<div class="overview">${gauge(report.summary)}${countsTable(report.summary)}</div></section>`
  );
}

const html: Formatter = {
  render(report: Report): string {
    const title = report.articles.length === 1 ? `evenhand: ${fileName(report.articles[0]?.file ?? '')}` : 'evenhand report';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body class="${QUIET.map((l) => `off-${l}`).join(' ')}">
<div class="page">
<header>
<h1>evenhand report</h1>
<p class="muted">Each sentence is tagged with its label in words. The sides' sentences (supporter and critic views) are highlighted; claims and facts are shown quietly until you tick them, or all labels. Hover or focus (Tab) a sentence for its confidence and the rules behind its label.</p>
${legend()}
</header>
${contents(report)}
<main>
${report.articles.map((a, i) => articleHtml(a, i + 1)).join('\n')}
${pooled(report)}
</main>
<footer>${meanings()}</footer>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
  },
};

export default html;
