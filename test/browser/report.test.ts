// Opens the HTML report in headless Chromium (Debian's package, installed by .ci/run) and
// checks what a reader sees. EVENHAND_SCREENSHOT=docs/report.png also saves the seed's report.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCentral } from '../../src/render/labels.js';
import type { CentralReport } from '../../src/types.js';
import { ROOT, runCli, SEED as SEED_PATH } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
// relative, as a user types it, so the report (and the screenshot) names it so
const SEED = relative(ROOT, SEED_PATH);
const OTHER = 'fixtures/articles/airport-expansion-column.txt';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const DISPLAY = { supporter: 'Supporter view', critic: 'Critic view', claim: 'Claim', fact: 'Fact' } as const;
type Label = keyof typeof DISPLAY;

// Markup and script in the article text (no full stop inside the markup, so each paragraph
// stays one sentence): a correct report shows them as text.
const HOSTILE = [
  'Critics argue the plan is a failure <script>pwned = "script"; alert(1)</script>.',
  'Skeptics warn that it will collapse <img src="x" onerror="pwned = \'img\'; alert(2)">.',
  'Detractors say the scheme is "reckless" & costly.',
  'Supporters say the plan works.',
].join('\n\n');

interface Visit {
  page: Page;
  problems: string[];
  requests: string[];
  dialogs: string[];
}

interface ArticleJson {
  file: string;
  sentences: Array<{ label: Label }>;
  sections: Array<{ heading: unknown }>;
  voices: Record<'supporter' | 'critic', Array<{ holder: string; count: number }>>;
  central: CentralReport;
  summary: { counts: Record<Label, number> };
}

type Rgb = [number, number, number];
const SIDES: readonly Label[] = ['supporter', 'critic'];

/** "rgb(29, 29, 31)" as numbers; the page's highlights are opaque. */
function parseRgb(css: string): Rgb {
  const [r = NaN, g = NaN, b = NaN, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  expect(a, `${css} is opaque`).toBe(1);
  return [r, g, b];
}

// WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).
const toLinear = (c: number): number => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (l: number): number => 255 * (l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055);
const luminance = (c: Rgb): number => 0.2126 * toLinear(c[0]) + 0.7152 * toLinear(c[1]) + 0.0722 * toLinear(c[2]);
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Machado, Oliveira & Fernandes 2009, "A Physiologically-based Model for Simulation of Color
// Vision Deficiency" (IEEE TVCG 15(6)): their matrices for severity 1.0, applied to linear sRGB.
const DICHROMACY: Record<'deuteranopia' | 'protanopia', number[][]> = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
};
function simulate(matrix: number[][], c: Rgb): Rgb {
  const l = c.map(toLinear);
  return matrix.map((row) => toSrgb(Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)))) as Rgb;
}

// Without chromium a developer's run skips; CI installs it, so there a missing one fails.
const haveChromium = existsSync(CHROMIUM) || process.env.CI === 'true';

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'evenhand-browser-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1100, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function report(files: string[]): { html: string; articles: ArticleJson[] } {
    const html = join(dir, `report-${files.length}.html`);
    const made = runCli(['analyze', ...files, '--format', 'html', '-o', html]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toBe('');
    const json = runCli(['analyze', ...files, '--format', 'json']);
    return { html, articles: JSON.parse(json.stdout).articles };
  }

  async function visit(file: string): Promise<Visit> {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems, requests, dialogs };
  }

  /** Label tags a reader sees on highlighted sentences, counted per label name shown. */
  async function seenLabels(page: Page, article: number): Promise<Record<string, number>> {
    return page.locator(`#article-${article} .body .s`).evaluateAll((spans) => {
      const seen: Record<string, number> = {};
      for (const s of spans as HTMLElement[]) {
        const tag = s.querySelector('.tag') as HTMLElement | null;
        const painted = getComputedStyle(s).backgroundColor !== 'rgba(0, 0, 0, 0)';
        const visible = s.getClientRects().length > 0 && tag !== null && tag.getClientRects().length > 0;
        if (painted && visible) seen[tag.innerText.toLowerCase()] = (seen[tag.innerText.toLowerCase()] ?? 0) + 1;
      }
      return seen;
    });
  }

  /** Label tags the reader should see highlighted: every label, or only those given. */
  function expected(article: ArticleJson, only: readonly Label[] = Object.keys(DISPLAY) as Label[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [label, n] of Object.entries(article.summary.counts)) if (n > 0 && only.includes(label as Label)) counts[DISPLAY[label as Label].toLowerCase()] = n;
    return counts;
  }

  /** The gauge's supporter share as drawn: width of its supporter part over both parts. */
  async function gaugeShare(page: Page, scope: string): Promise<number> {
    const width = async (label: string): Promise<number> => {
      const part = page.locator(`${scope} .gauge-bar .bar-${label}`);
      return (await part.count()) ? ((await part.boundingBox())?.width ?? 0) : 0;
    };
    const s = await width('supporter');
    const c = await width('critic');
    return s / (s + c);
  }

  it('shows the seed with all 41 sentences and 12 headings, labelled as the JSON says', async () => {
    const { html, articles } = report([SEED]);
    const [seed] = articles;
    const { page, problems, requests } = await visit(html);
    expect(await page.locator('.body .s').count()).toBe(41);
    expect(await page.locator('.body h3').count()).toBe(12);
    expect(seed!.sections.filter((s) => s.heading).length).toBe(12);
    // by default only the sides are highlighted; claim and fact keep their tags, in words, unpainted
    expect(await seenLabels(page, 1)).toEqual(expected(seed!, SIDES));
    const quiet = await page.locator('.body .s-claim, .body .s-fact').evaluateAll((spans) =>
      spans.map((s) => `${getComputedStyle(s).backgroundColor} ${(s.querySelector('.tag') as HTMLElement).innerText.toLowerCase()}`));
    expect(quiet).toHaveLength(seed!.summary.counts.claim + seed!.summary.counts.fact);
    expect(new Set(quiet)).toEqual(new Set(['rgba(0, 0, 0, 0) claim', 'rgba(0, 0, 0, 0) fact']));
    const all = page.getByLabel('Highlight all labels');
    await all.check();
    expect(await seenLabels(page, 1)).toEqual(expected(seed!));
    await all.uncheck();
    expect(await seenLabels(page, 1)).toEqual(expected(seed!, SIDES));
    // ticking the quiet labels one by one highlights all too, and says so
    await page.locator('.legend input[data-label="claim"]').check();
    await page.locator('.legend input[data-label="fact"]').check();
    expect(await all.isChecked()).toBe(true);
    expect(await seenLabels(page, 1)).toEqual(expected(seed!));
    await all.uncheck();

    expect(await page.locator('#article-1 .about').innerText()).toBe(`About: ${describeCentral(seed!.central)}`);
    expect(await page.locator('.gauge .balance-text').innerText()).toContain('2 supporter vs 4 critic');
    expect(await gaugeShare(page, '#article-1')).toBeCloseTo(2 / 6, 2);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(html).href]);

    if (process.env.EVENHAND_SCREENSHOT) {
      await page.setViewportSize({ width: 1000, height: 1700 });
      await page.screenshot({ path: process.env.EVENHAND_SCREENSHOT });
    }
    await page.close();
  });

  it('shows confidence and reasons on focus, and hides a label when its box is unticked', async () => {
    const { page, problems } = await visit(report([SEED]).html);
    const critic = page.locator('.body .s-critic').first();
    const tip = critic.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await critic.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/confidence \d\.\d\d/);
    expect(await tip.innerText()).toContain('holder-side:critic');

    const before = await critic.evaluate((e) => getComputedStyle(e).backgroundColor);
    await page.locator('.legend input[data-label="critic"]').uncheck();
    expect(await critic.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await critic.locator('.tag').innerText()).toMatch(/critic view/i);
    await page.locator('.legend input[data-label="critic"]').check();
    expect(await critic.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps critic and claim apart in lightness under deuteranopia and protanopia, and every highlight readable', async () => {
    const { page, problems } = await visit(report([SEED]).html);
    const tagsOnWhite = async (): Promise<number[]> =>
      page.locator('.body .s .tag').evaluateAll((tags) => [...new Set(tags.map((t) => `${getComputedStyle(t).color}|${getComputedStyle(t).backgroundColor}`))])
        .then((pairs) => pairs.map((p) => contrast(...(p.split('|').map(parseRgb) as [Rgb, Rgb]))));
    // the quiet tags of the default view are text too
    expect(Math.min(...(await tagsOnWhite()))).toBeGreaterThanOrEqual(4.5);
    await page.getByLabel('Highlight all labels').check();
    const colours = {} as Record<Label, { background: Rgb; text: Rgb }>;
    for (const label of Object.keys(DISPLAY) as Label[]) {
      const [background, text] = await page.locator(`.body .s-${label}`).first().evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
      colours[label] = { background: parseRgb(background!), text: parseRgb(text!) };
      // WCAG AA for body text on each highlight (1.4.3)
      expect(contrast(colours[label].text, colours[label].background), label).toBeGreaterThanOrEqual(4.5);
    }
    expect(Math.min(...(await tagsOnWhite()))).toBeGreaterThanOrEqual(4.5);
    for (const [name, matrix] of Object.entries(DICHROMACY)) {
      const critic = simulate(matrix, colours.critic.background);
      const claim = simulate(matrix, colours.claim.background);
      // WCAG sets no ratio between two backgrounds; at these light tints 1.5:1 is about 15 units of
      // CIELAB lightness, a step seen at a glance (the earlier orange and yellow tints gave 1.1:1)
      expect(contrast(critic, claim), `${name}: critic vs claim`).toBeGreaterThanOrEqual(1.5);
      // the two sides keep apart on the blue-yellow axis a red-green dichromat still sees
      const [sr, , sb] = simulate(matrix, colours.supporter.background);
      const [cr, , cb] = critic;
      expect(sb - sr, `${name}: supporter is blue`).toBeGreaterThan(40);
      expect(cr - cb, `${name}: critic is yellow-orange`).toBeGreaterThan(40);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists each side\'s voices with their counts, each linking to the sentences it speaks', async () => {
    const { html, articles } = report([SEED]);
    const [seed] = articles;
    const { page, problems } = await visit(html);
    for (const side of ['supporter', 'critic'] as const) {
      const voices = page.locator(`#article-1 .voices-${side} a.voice`);
      expect(await voices.allInnerTexts()).toEqual(seed!.voices[side].map((v) => v.holder));
      for (const [i, voice] of seed!.voices[side].entries()) {
        const ids = ((await voices.nth(i).getAttribute('data-sentences')) ?? '').split(' ');
        expect(ids).toHaveLength(voice.count);
        expect(await voices.nth(i).locator('xpath=..').innerText()).toContain(`${voice.count} sentence`);
        for (const id of ids) {
          const sentence = page.locator(`#${id}`);
          expect(await sentence.getAttribute('data-label')).toBe(side);
          expect(await sentence.locator('.tip').textContent()).toContain(`held by ${voice.holder};`);
        }
      }
    }
    // following a voice lands on its sentence and marks all of its sentences
    const voice = page.locator('#article-1 .voices-critic a.voice').first();
    const ids = ((await voice.getAttribute('data-sentences')) ?? '').split(' ');
    await voice.click();
    expect(new URL(page.url()).hash).toBe(`#${ids[0]}`);
    await expect.poll(() => page.locator(`#${ids[0]}`).evaluate((e) => {
      const box = e.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    })).toBe(true);
    expect(await page.locator('.s.picked').evaluateAll((spans) => spans.map((s) => s.id))).toEqual(ids);
    expect(await page.locator(`#${ids[0]}`).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives each of several articles its own About line and gauge before its sentences, and the pooled total only below them all', async () => {
    const { html, articles } = report([SEED, OTHER]);
    const { page, problems } = await visit(html);
    const after = (a: string, b: string): Promise<boolean> =>
      page.evaluate(([a, b]) => Boolean(document.querySelector(a!)!.compareDocumentPosition(document.querySelector(b!)!) & Node.DOCUMENT_POSITION_FOLLOWING), [a, b]);
    let pooled = { supporter: 0, critic: 0 };
    for (const [i, article] of articles.entries()) {
      const scope = `#article-${i + 1}`;
      expect(await page.locator(`${scope} .about`).innerText()).toBe(`About: ${describeCentral(article.central)}`);
      expect(await page.locator(`${scope} .gauge`).count()).toBe(1);
      expect(await after(`${scope} h2`, `${scope} .about`)).toBe(true);
      expect(await after(`${scope} .about`, `${scope} .gauge`)).toBe(true);
      expect(await after(`${scope} .gauge`, `${scope} .body .s`)).toBe(true);
      const { supporter, critic } = article.summary.counts;
      expect(await gaugeShare(page, scope)).toBeCloseTo(supporter / (supporter + critic), 2);
      pooled = { supporter: pooled.supporter + supporter, critic: pooled.critic + critic };
    }
    expect(await page.locator('nav.toc .gauge, header .gauge').count()).toBe(0);
    expect(await after('#article-2', '#all-articles .gauge')).toBe(true);
    expect(await page.locator('#all-articles h2').innerText()).toBe('All 2 articles together');
    expect(await gaugeShare(page, '#all-articles')).toBeCloseTo(pooled.supporter / (pooled.supporter + pooled.critic), 2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives several files a table of contents, shows markup as text and runs none of it', async () => {
    const hostile = join(dir, 'hostile <b>name &amp;.txt');
    writeFileSync(hostile, HOSTILE);
    const { html, articles } = report([SEED, hostile]);
    const { page, problems, requests, dialogs } = await visit(html);

    expect(await page.locator('nav.toc ol a').allInnerTexts()).toEqual([SEED, hostile]);
    const [, second] = articles;
    expect(await seenLabels(page, 2)).toEqual(expected(second!));
    const { supporter, critic } = second!.summary.counts;
    expect(critic).toBeGreaterThan(supporter);
    expect(await gaugeShare(page, '#article-2')).toBeCloseTo(supporter / (supporter + critic), 1);

    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const text = await page.locator('#article-2 .body').innerText();
    expect(text).toContain('<script>pwned = "script"; alert(1)</script>');
    expect(text).toContain('<img src="x" onerror="pwned');
    expect(await page.locator('main img, main script, main b, nav b').count()).toBe(0);
    expect(await page.locator('#article-2-title').innerText()).toBe(hostile);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(html).href]);
    expect(readFileSync(html, 'utf8')).not.toMatch(/https?:\/\//);
    await page.close();
  });
});
