import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEED } from '../helpers/cli.js';

const SEED_GOLD = `${ROOT}fixtures/articles/trump-kim-diplomacy.labels.jsonl`;
const SCORE_PY = `${ROOT}../shared/tools/score.py`;

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'evenhand-eval-')), name);
  writeFileSync(path, content);
  return path;
}

const jsonl = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n');

describe('evenhand eval', () => {
  it('prints per-label figures, macro-F1 and a confusion matrix', () => {
    const r = runCli(['eval', SEED, '--gold', SEED_GOLD]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^supporter\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/m);
    expect(r.stdout).toMatch(/macro-F1 \d\.\d{3}/);
    expect(r.stdout).toMatch(/gold \\ predicted\s+supporter\s+critic\s+claim\s+fact\s+missing/);
    expect(r.stdout).toMatch(/sentences not found: 0/);
    // how well confidence matches accuracy: bins of sentences, and the expected calibration error
    expect(r.stdout).toMatch(/^confidence\s+n\s+mean conf\s+accuracy$/m);
    expect(r.stdout).toMatch(/^0\.\d-\d\.\d\s+\d+\s+0\.\d{3}\s+[01]\.\d{3}$/m);
    expect(r.stdout).toMatch(/^expected calibration error 0\.\d{3}$/m);
    const json = JSON.parse(runCli(['eval', SEED, '--gold', SEED_GOLD, '--format', 'json']).stdout);
    const bins = json.reliability.bins as Array<{ count: number }>;
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(json.sentences);
    expect(json.reliability.ece).toBeGreaterThanOrEqual(0);
  });

  it.skipIf(!existsSync(SCORE_PY))('agrees with score.py on the seed to the third decimal', () => {
    const analyzed = runCli(['analyze', SEED, '--format', 'json']);
    const pred = tempFile('pred.json', analyzed.stdout);
    const py = spawnSync('python3', [SCORE_PY, SEED_GOLD, pred], { encoding: 'utf8' });
    const last = py.stdout.trim().split('\n').at(-1) ?? '';
    const [, macro, acc] = /macroF1=([\d.]+) acc=([\d.]+)/.exec(last) ?? [];
    const ours = JSON.parse(runCli(['eval', SEED, '--gold', SEED_GOLD, '--format', 'json']).stdout);
    expect(ours.macroF1.toFixed(3)).toBe(macro);
    expect(ours.accuracy.toFixed(3)).toBe(acc);
  });

  it('counts a gold sentence the tool did not produce as a miss, and a heading it labelled as leaked', () => {
    const article = tempFile('a.txt', 'Officials met on Monday.\n\nCritics argue the plan is reckless.\n');
    const gold = tempFile(
      'a.jsonl',
      jsonl([
        { text: 'Officials met on Monday.', label: 'heading' },
        { text: 'Critics argue the plan is reckless.', label: 'critic' },
        { text: 'A sentence that is not in the article.', label: 'fact' },
      ]),
    );
    const out = JSON.parse(runCli(['eval', article, '--gold', gold, '-f', 'json']).stdout);
    expect(out.headingsLeaked).toEqual(['Officials met on Monday.']);
    expect(out.notFound).toEqual(['A sentence that is not in the article.']);
    expect(out.confusion.fact.missing).toBe(1);
    expect(out.labels.critic.recall).toBe(1);
    expect(out.segmentation).toBe(0.5);
  });

  it('reads gold given as offsets into the article', () => {
    const text = 'Critics argue the plan is reckless. The council met on 4 May 2021.';
    const article = tempFile('b.txt', text);
    const second = text.indexOf('The council');
    const gold = tempFile(
      'b.jsonl',
      jsonl([
        { start: 0, end: second - 1, label: 'critic' },
        { start: second, end: text.length, label: 'fact' },
      ]),
    );
    const out = JSON.parse(runCli(['eval', article, '--gold', gold, '-f', 'json']).stdout);
    expect(out.sentences).toBe(2);
    expect(out.notFound).toEqual([]);
    expect(out.labels.critic.gold).toBe(1);
    expect(out.labels.fact.gold).toBe(1);
  });

  it('exits 1 below --min-macro with one line naming the figure, 0 at or above it', () => {
    const below = runCli(['eval', SEED, '--gold', SEED_GOLD, '--min-macro', '0.999']);
    expect(below.status).toBe(1);
    expect(below.stderr.trim().split('\n')).toHaveLength(1);
    expect(below.stderr).toMatch(/macro-F1 0\.\d{3} is below --min-macro 0\.999/);
    expect(runCli(['eval', SEED, '--gold', SEED_GOLD, '--min-macro', '0.5']).status).toBe(0);
  });

  it('a missing gold file, a bad gold row or a bad threshold is a one-line error, exit 2', () => {
    const missing = runCli(['eval', SEED, '--gold', 'no-such.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-such\.jsonl: no such file/);
    const bad = tempFile('bad.jsonl', '{"text": "x", "label": "opinion"}\n');
    const badRow = runCli(['eval', SEED, '--gold', bad]);
    expect(badRow.status).toBe(2);
    expect(badRow.stderr).toMatch(/bad\.jsonl:1: label must be one of/);
    expect(runCli(['eval', SEED, '--gold', SEED_GOLD, '--min-macro', 'high']).status).toBe(2);
  });

  // our own articles, one per genre. From rail-strike-talks on, the gold was written blind:
  // by someone who had not seen the rules, before the tool ran on the article. The comments give
  // the decision list's blind score (and its commit), then the learned weights' score, which
  // the floor is set 0.05 under (the learned scores are those of the two-pass weights, where the
  // previous sentence's first-pass label is evidence: single articles moved by up to 0.2 either
  // way against the one-pass weights of 2f900d5). The weights were fitted on
  // these articles too (npm run train), so these guard against regressions; they do not measure
  // unseen news (npm run cv does).
  const OWN = [
    ['harbour-dredging-approved', 0.89], // wire report, no opinions; learned 0.947
    ['four-day-week-column', 0.78], // opinion column; learned 0.835
    ['bus-fare-rise', 0.95], // named officials quoted on both sides; learned 1.000
    ['library-sunday-opening', 0.95], // critics only in concessive clauses; learned 1.000
    ['rail-strike-talks', 0.74], // industrial-relations report; blind 0.381; learned 0.925; 0.848 after stop 69's refit with the UK/US reports, 0.794 after its next (an employers' warning, a supporter, read as a claim)
    ['drug-pricing-analysis', 0.53], // US policy analysis; blind 0.403; learned 0.589
    ['school-phone-ban', 0.53], // UK education report; blind 0.510; learned 0.588
    ['stadium-subsidy-vote', 0.64], // US council vote; blind 0.424; learned 0.693
    ['water-bill-rise', 0.63], // UK consumer report; blind 0.272; learned 0.692; 0.633 after stop 61's hedge refit
    ['housing-density-plan', 0.62], // zoning report/column; blind 0.463; learned 0.677
    ['bus-lane-cameras', 0.59], // UK council enforcement; blind 0.212; learned 0.642
    ['minimum-wage-study', 0.84], // US business news; blind 0.468; learned 0.896
    ['maternity-unit-closure', 0.51], // UK health report; blind 0.451 (1a6544e); learned 0.563
    ['battery-plant-approval', 0.59], // US wire, county incentives; blind 0.484 (1a6544e); learned 0.719; 0.637 after stop 69's refit
    ['opinion-column-policy', 0.34], // opinion column, tourist levy; blind 0.246 (1a6544e); learned 0.399
    ['election-result-reaction', 0.64], // world news, disputed election; blind 0.474 (1a6544e); learned 0.697
    ['police-station-closures', 0.55], // UK police cuts; blind 0.349 (be9f8ec), 0.661 at best (its criminologist is an expert; two one-article cues dropped); learned 0.666; 0.562 with speaker-office (stop 56)
    ['airline-strike-talks', 0.58], // Reuters-style strike; blind 0.583 (be9f8ec); learned 0.711; 0.636 with speaker-office, 0.586 with its two kinds (stop 56)
    ['rent-control-ballot', 0.76], // US ballot measure; blind 0.472 (be9f8ec); learned 0.818
    ['tech-regulation-analysis', 0.73], // analysis of a tech rule; blind 0.528 (be9f8ec); learned 0.786
    ['bridge-collapse-inquiry', 0.41], // wire report, inquiry findings; blind 0.481 (9c2cd1a); learned 0.461
    ['teachers-pay-offer', 0.48], // quote-heavy UK pay row; blind 0.308 (9c2cd1a); learned 0.535
    ['wind-farm-planning', 0.45], // planning, critics in concessive clauses; blind 0.410 (9c2cd1a); learned 0.687, 0.504 fitted with world news (stop 55)
    ['sugar-tax-column', 0.6], // column against a policy; blind 0.605 (9c2cd1a); learned 0.778, 0.652 after stop 54's refit
    // written with the rules frozen at ed4aeaa
    ['fraud-trial-sentencing', 0.45], // court sentencing wire report; blind 0.364; learned 0.505
    ['river-pollution-fine', 0.63], // regulator fines a water company; blind 0.336; learned 0.688
    ['school-voucher-bill', 0.49], // US state bill signed; blind 0.574; learned 0.545
    ['screening-programme-change', 0.43], // health screening age change; blind 0.460; learned 0.489
    ['stadium-move-fans', 0.5], // football club leaves its ground; blind 0.306; learned 0.718, 0.551 fitted with world news (stop 55)
    ['supermarket-merger-ruling', 0.43], // merger cleared with conditions; blind 0.472; learned 0.719, 0.482 fitted with world news (stop 55)
    // written with the rules frozen at 2c0a780, the session's last rule change
    ['warehouse-fire-report', 0.79], // plain wire report of a fire; blind 0.805; learned 0.849
    ['ticket-office-closures', 0.37], // UK rail ticket offices; blind 0.597; learned 0.518; 0.373 with speaker-office (stop 56)
    ['emissions-rule-reaction', 0.44], // US federal emissions rule; blind 0.529; learned 0.603, 0.497 fitted with world news (stop 55)
    ['speed-limit-column', 0.42], // column for a 20mph limit; blind 0.374; learned 0.475
    ['trade-tariff-analysis', 0.51], // tariffs, international analysis; blind 0.560; learned 0.568
    ['tuition-fee-rise', 0.59], // UK tuition fees; blind 0.634; learned 0.815, 0.646 after stop 54's refit
    // written with the rules frozen at 99388b1
    ['factory-job-cuts', 0.52], // business wire, plant closure; blind 0.570; learned 0.615; 0.525 with speaker-office (stop 56)
    ['council-tax-rise', 0.76], // UK council budget; blind 0.781; learned 0.941, 0.886 after stop 44's refit, 0.810 after stop 54's
    ['encampment-ban-vote', 0.8], // US city council ban; blind 0.548; learned 0.855
    ['pesticide-ban-ruling', 0.7], // regulator bans a pesticide; blind 0.662; learned 0.752
    ['airport-expansion-column', 0.49], // column against a runway; blind 0.564 (its headline leaked; fixed since); learned 0.549
    ['rate-rise-reaction', 0.73], // central bank rate rise; blind 0.581; learned 0.788
    // written with the rules frozen at ca1548a, the session's last rule change
    ['judicial-review-ruling', 0.28], // court strikes down a policy, wire report; blind 0.440; learned 0.331
    ['hospital-waiting-times', 0.84], // UK hospital misses targets; blind 0.970; learned 0.941; 0.870 with speaker-office (stop 56); 0.842 after stop 61's hedge refit
    ['social-media-age-law', 0.43], // US state age-verification law; blind 0.241; learned 0.488
    ['tech-layoffs-analysis', 0.43], // tech layoffs, business analysis; blind 0.354; learned 0.484
    ['greenbelt-housing-approval', 0.7], // minister approves green-belt homes; blind 0.531; learned 0.753
    ['land-tax-column', 0.25], // column for a land value tax; blind 0.315; learned 0.301
    ['coalition-talks-analysis', 0.45], // coalition talks, world analysis; blind 0.503; learned 0.508
    ['ticket-price-cap', 0.69], // league caps away-ticket prices; blind 0.589; learned 0.740
    // written with the rules frozen at d5efd34
    ['derailment-report-findings', 0.25], // accident report findings, wire; blind 0.288; learned 0.425; 0.301 after stop 69's refit (its two supporters, a rail firm's apology, now critics)
    ['prison-early-release', 0.59], // UK early-release scheme; blind 0.495; learned 0.647
    ['school-board-books', 0.33], // US school board removes books; blind 0.417; learned 0.389
    ['windfall-tax-energy', 0.37], // windfall tax extended; blind 0.583; learned 0.427
    ['sleep-study-findings', 0.46], // health study findings; blind 0.477; learned 0.516
    ['phone-ban-column', 0.39], // column against a phone ban; blind 0.419; learned 0.444
    ['treaty-withdrawal-reaction', 0.77], // country leaves a regional treaty; blind 0.651; learned 0.824
    ['bus-route-cuts', 0.63], // rural bus routes withdrawn; blind 0.546; learned 0.682
    // written blind, with the learned weights frozen at 571026e: batch 10 scored 0.626 (the decision list 0.585)
    ['academy-expansion-plan', 0.66], // quote-heavy UK politics; blind 0.597 (571026e); learned 0.719
    ['body-camera-policy-row', 0.6], // scraped page, police defends policy; blind 0.505 (571026e); learned 0.680; 0.608 with speaker-office (stop 56)
    ['brewer-takeover-bid', 0.57], // business, rejected takeover bid; blind 0.493 (571026e); learned 0.801, 0.620 after stop 44's refit (one of its few supporters a critic)
    ['land-office-nominee-hearing', 0.73], // US nominee hearing; blind 0.606 (571026e); learned 0.787
    ['pension-age-analysis', 0.5], // analysis with subheadings; blind 0.540 (571026e); learned 0.556
    ['plastic-bag-levy', 0.46], // a levy against plastic bags; blind 0.424 (571026e); learned 0.517
    ['super-prison-plan-row', 0.95], // political row, attacking headline; blind 0.741 (571026e); learned 1.000
    ['voter-id-bill-committee', 0.71], // US state bill, quote-heavy; blind 0.743 (571026e); learned 0.823; 0.717 with speaker-office's two kinds (stop 56)
  ] as const;
  it.each(OWN)('labels %s at or above its floor, finding every gold sentence', (name, floor) => {
    const article = `${ROOT}fixtures/articles/${name}.txt`;
    const gold = `${ROOT}fixtures/articles/${name}.labels.jsonl`;
    const r = runCli(['eval', article, '--gold', gold, '--format', 'json', '--min-macro', String(floor)]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.notFound).toEqual([]);
    expect(out.headingsLeaked).toEqual([]);
  });

  // blind batch 11 (fixtures/blind-11), kept out of training so it stays unseen text: written and
  // labelled by someone who had not seen the code, scored with the weights frozen at b57a69b
  // (pooled 0.566; 0.576 with the two-pass weights, whose score is given as "now"). The floor is
  // 0.05 under the lower of the two.
  const HELD_OUT = [
    ['insulin-cap-bill', 0.53], // US bill, quotes after the quote; blind 0.535; now 0.586
    ['kestrow-factory-closures', 0.37], // business, factory closures; blind 0.291; now 0.426
    ['port-chief-refuses-to-quit', 0.54], // headline subject refuses calls to quit; blind 0.635; now 0.597
    ['quayside-car-park-homes', 0.52], // council planning row; blind 0.476; now 0.579
    ['rent-cap-plan-attacked', 0.82], // wire politics, attacking headline; blind 0.876; now 0.873
    ['scaffold-collapse-trial', 0.3], // court, trial opening (defendant central); blind 0.584; now 0.552, 0.496 after stop 54's refit, 0.354 after stop 69's (blind-11 pooled 0.614 -> 0.603, two sentences; blind-12 0.539 -> 0.550)
    ['snap-election-analysis', 0.55], // analysis with the writer's interpretation; blind 0.525; now 0.601
    ['walking-dementia-study', 0.44], // health study with outside experts; blind 0.495; now 0.495
  ] as const;
  it.each(HELD_OUT)('labels held-out %s at or above its floor', (name, floor) => {
    const article = `${ROOT}fixtures/blind-11/${name}.txt`;
    const gold = `${ROOT}fixtures/blind-11/${name}.labels.jsonl`;
    const r = runCli(['eval', article, '--gold', gold, '--format', 'json', '--min-macro', String(floor)]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).notFound).toEqual([]);
  });
});

describe('evenhand eval on other formats and bad gold', () => {
  it('reads an HTML or Markdown article with its parser, scoring it as the plain text', () => {
    const plain = JSON.parse(runCli(['eval', SEED, '--gold', SEED_GOLD, '--format', 'json']).stdout).macroF1;
    expect(plain).toBeGreaterThan(0.8);
    for (const ext of ['html', 'md']) {
      const r = runCli(['eval', `${ROOT}fixtures/articles/trump-kim-diplomacy.${ext}`, '--gold', SEED_GOLD, '--format', 'json']);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).macroF1).toBe(plain);
    }
  });

  it('refuses a gold line that is not an object, and an empty gold file, in one line with exit 2', () => {
    for (const [name, content, message] of [
      ['null.jsonl', 'null\n', /null\.jsonl:1: not a JSON object/],
      ['empty.jsonl', '', /empty\.jsonl: no gold labels/],
    ] as const) {
      const r = runCli(['eval', SEED, '--gold', tempFile(name, content)]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});
