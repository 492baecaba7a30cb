import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import html, { escapeHtml } from '../../src/render/html.js';
import { runCli, SEED } from '../helpers/cli.js';
import { article, report, sample } from './sample.js';

const ctx = { color: false, sentences: false, explain: false, width: 80 };
const page = html.render(report(sample), ctx);
const all = (re: RegExp, text = page) => [...text.matchAll(re)].map((m) => m[1]);

describe('html formatter', () => {
  it('escapes every piece of input text, so markup in an article stays text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const hostile = html.render(report(article('<img src=x onerror=alert(1)>.txt', [['<b>Bold</b>', 1]], [
      { text: 'Critics say "<i>no</i>".', label: 'critic', line: 2, section: 1, holder: '<u>critics</u>' },
    ])), ctx);
    for (const raw of ['<img src=x', '<b>Bold', '<i>no', '<u>critics']) expect(hostile).not.toContain(raw);
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(page).toContain('Critics argue the plan &lt;script&gt;alert(1)&lt;/script&gt; fails.');
    expect(page).not.toContain('<script>alert');
  });

  it('lets only its own script run and loads nothing: the CSP holds that script\'s hash', () => {
    const scripts = all(/<script>([\s\S]*?)<\/script>/g);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    const csp = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(page).not.toMatch(/(?:src|href)="(?!#)/);
  });

  it('carries what each label means and names the definitions in the repository, not a file beside it', () => {
    const footer = page.slice(page.indexOf('<footer>'));
    expect(all(/<dt><span class="tag tag-(\w+)">/g, footer)).toEqual(['supporter', 'critic', 'claim', 'fact']);
    expect(footer).toContain('docs/labels.md');
    expect(page).not.toContain('LABELS.md');
    expect(page).not.toContain('shared/');
  });

  it('shows every sentence once, in order, tagged with its label in words, grouped in paragraphs', () => {
    expect(all(/<span class="s s-(\w+)"/g)).toEqual(['critic', 'fact', 'supporter', 'critic', 'claim']);
    expect(all(/<span class="s [^>]+><span class="tag tag-\w+">([^<]+)</g)).toEqual(
      ['Critic view', 'Fact', 'Supporter view', 'Critic view', 'Claim'],
    );
    const body = page.slice(page.indexOf('<div class="body">'), page.indexOf('<section class="overview numbers"'));
    expect(all(/<p>(.*?)<\/p>/g, body).map((p) => (p!.match(/class="s /g) ?? []).length)).toEqual([2, 1, 2]);
    expect(all(/<h3>([^<]*)<\/h3>/g, body)).toEqual(['The Plan in &lt;Question&gt;', 'Nothing Here']);
  });

  it('puts confidence, holder and reasons in each sentence\'s tooltip', () => {
    const tip = page.match(/<span class="tip" role="tooltip" id="a1-s0-tip">(.*?)<\/span><\/span>/)?.[1] ?? '';
    expect(tip).toContain('Critic view, held by critics; confidence 0.90; line 1, column 1');
    expect(tip).toContain('critic-sample-evidence +1.00 (critics)');
  });

  it('sizes the gauge and the section bars by the summary\'s counts', () => {
    const gauge = page.slice(page.indexOf('<div class="gauge'), page.indexOf('class="balance-text"'));
    expect(all(/class="bar-(\w+)" data-label="\w+" style="flex-grow: (\d+)"/g, gauge)).toEqual(['supporter', 'critic']);
    expect(gauge).toContain('style="flex-grow: 1"></span><span class="bar-critic" data-label="critic" style="flex-grow: 2"');
    expect(page).toContain('critic-leaning: 1 supporter vs 2 critic sentences');
    expect(page).toContain('Nothing Here</a><div class="stack" role="img" aria-label="Nothing Here: 0 Supporter view, 0 Critic view, 0 Claim, 0 Fact"></div><span class="stack-counts">no sentences');
    const silent = html.render(report(article('facts.txt', [], [{ text: 'It rained.', label: 'fact', line: 1, section: 0 }])), ctx);
    expect(silent).toContain('no side is heard');
    expect(silent).not.toMatch(/class="bar-(supporter|critic)"/);
  });

  it('opens with the sides highlighted and claim and fact quiet, with a toggle to highlight all', () => {
    expect(page).toContain('<body class="off-claim off-fact">');
    const legend = page.slice(page.indexOf('<fieldset class="legend">'), page.indexOf('</fieldset>'));
    expect(all(/<input type="checkbox" checked hidden data-label="(\w+)">/g, legend)).toEqual(['supporter', 'critic']);
    expect(all(/<input type="checkbox" hidden data-label="(\w+)">/g, legend)).toEqual(['claim', 'fact']);
    expect(legend).toContain('<input type="checkbox" data-all> Highlight all labels</label>');
  });

  it('says what each article is about, from its central subject and actor', () => {
    expect(page).toContain('<p class="about"><strong>About:</strong> The plan; central actor the council (from the title)</p>');
    const odd = article('o.txt', [], [{ text: 'It rained.', label: 'fact', line: 1, section: 0 }]);
    odd.central = { name: 'The <b>ban</b> & "night" flights', actor: null, source: 'title', mentions: 0 };
    expect(html.render(report(odd), ctx)).toContain('<strong>About:</strong> The &lt;b&gt;ban&lt;/b&gt; &amp; &quot;night&quot; flights (from the title)</p>');
    odd.central = { name: null, actor: null, source: null, mentions: 0 };
    expect(html.render(report(odd), ctx)).toContain("<strong>About:</strong> no central subject found: sides are read from the speakers&#39; own words");
  });

  it('lists each side\'s voices with their sentence counts, each linking to its sentences, and "none heard" for a silent side', () => {
    expect(page).toContain(
      'Supporter view: who speaks</h3><ul><li><a class="voice" href="#a1-s2" data-sentences="a1-s2">supporters</a> ' +
      '<span class="muted">1 sentence: <a href="#a1-s2" aria-label="supporters, line 4">line 4</a></span></li></ul>',
    );
    expect(page).toMatch(/Critic view: who speaks<\/h3><ul><li><a class="voice" href="#a1-s0" [^>]*>critics<\/a>.*?<li><a class="voice" href="#a1-s3" [^>]*>skeptics</);
    // a voice heard twice on one line: two sentences, told apart by column
    const twice = html.render(report(article('t.txt', [], [
      { text: 'Critics object.', label: 'critic', line: 3, section: 0, holder: 'critics' },
      { text: 'It rained.', label: 'fact', line: 3, column: 17, section: 0 },
      { text: 'Critics still object.', label: 'critic', line: 3, column: 28, section: 0, holder: 'critics' },
      { text: 'Critics <i>insist</i>.', label: 'critic', line: 5, section: 0, holder: '<i>critics</i>' },
    ])), ctx);
    expect(twice).toContain(
      '<a class="voice" href="#a1-s0" data-sentences="a1-s0 a1-s2">critics</a> <span class="muted">2 sentences: ' +
      '<a href="#a1-s0" aria-label="critics, line 3:1">line 3:1</a>, <a href="#a1-s2" aria-label="critics, line 3:28">line 3:28</a></span>',
    );
    expect(twice).toContain('data-sentences="a1-s3">&lt;i&gt;critics&lt;/i&gt;</a>');
    const silent = html.render(report(article('c.txt', [], [{ text: 'Critics object.', label: 'critic', line: 1, section: 0, holder: 'critics' }])), ctx);
    expect(silent).toContain('Supporter view: who speaks</h3><p class="muted">none heard');
  });

  it('starts each article with its heading, About line, gauge and voices, then its sentences, then its numbers', () => {
    const order = ['<h2 id="article-1-title">', '<p class="about">', '<div class="gauge', '<div class="voices-supporter">', '<div class="body">', '<table class="counts">', '<ol class="sections">', '</article>'];
    const places = order.map((text) => page.indexOf(text));
    expect(Math.min(...places)).toBeGreaterThan(-1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it('adds a table of contents for several articles, and their pooled total only below them all', () => {
    expect(page).not.toContain('class="toc"');
    expect(page).not.toContain('id="all-articles"');
    const two = html.render(report(sample, article('other.txt', [], [{ text: 'Critics say no.', label: 'critic', line: 1, section: 0, holder: 'critics' }])), ctx);
    expect(all(/<li><a href="#(article-\d)">/g, two)).toEqual(['article-1', 'article-2']);
    expect(two).toContain('<h2>2 articles</h2>');
    expect(two).toContain('id="a2-s0"');
    // a gauge per article, each with its own counts, then the pooled one after the last article
    const gauges = [...two.matchAll(/<div class="gauge wide" data-supporter="(\d+)" data-critic="(\d+)"/g)].map((m) => `${m[1]} vs ${m[2]}`);
    expect(gauges).toEqual(['1 vs 2', '0 vs 1', '1 vs 3']);
    const pooled = two.indexOf('<section class="pooled" id="all-articles"');
    expect(pooled).toBeGreaterThan(two.lastIndexOf('</article>'));
    expect(two.lastIndexOf('<div class="gauge')).toBeGreaterThan(pooled);
    expect(two).toContain('<h2 id="all-articles-title">All 2 articles together</h2>');
    const toc = two.slice(two.indexOf('<nav class="toc"'), two.indexOf('</nav>'));
    expect(toc).not.toContain('class="gauge');
    expect(toc).toContain('<a href="#all-articles">');
  });

  it('writes the seed\'s report to a file with -o: 41 sentences, 12 headings, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evenhand-html-'));
    try {
      const out = join(dir, 'r.html');
      const r = runCli(['analyze', SEED, '--format', 'html', '-o', out]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      const written = readFileSync(out, 'utf8');
      expect(written.match(/<span class="s s-/g)).toHaveLength(41);
      expect(all(/<section id="a1-sec\d+"><h3>/g, written)).toHaveLength(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names an output file it cannot write in one line, exit 2', () => {
    const r = runCli(['analyze', SEED, '--format', 'html', '-o', 'no-such-dir/r.html']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('evenhand: no-such-dir/r.html: cannot write: its folder does not exist');
    expect(existsSync('no-such-dir')).toBe(false);
  });
});
