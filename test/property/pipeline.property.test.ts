// Properties of analyzeArticle over generated text (see ./arbitraries.ts): whatever the
// input, sentences are exact, ordered slices that cover it, and the numbers add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';
import json from '../../src/render/json.js';
import { mergeSummaries } from '../../src/summarize/summary.js';
import type { ArticleReport, Span, Summary } from '../../src/types.js';
import { article, RUNS } from './arbitraries.js';

/** Sentences and headings, in input order. */
function segments(report: ArticleReport): Span[] {
  const headings = report.sections.flatMap((s) => (s.heading ? [s.heading] : []));
  return [...report.sentences, ...headings].sort((a, b) => a.start - b.start);
}

/** The list-item markers of LABELS.md ("- ", "* ", "1. ", "a) " ...) without their space. */
const LIST_MARKER = /^(?:[-*\u2022\u2023\u2043\u25e6]|\(?\d{1,3}[.)]|\(?[a-z]\)|\([a-z]\.?\)|[a-z]\.)$/u;
const LINE_END = /[\n\r\f\v\u2028\u2029]/u;

/** Runs of non-white-space characters that no segment covers. */
function uncovered(text: string, spans: Span[]): Array<{ start: number; end: number }> {
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < text.length; i++) {
    if (covered[i] || /\s/u.test(text[i]!)) continue;
    const start = i;
    while (i < text.length && !covered[i] && !/\s/u.test(text[i]!)) i++;
    runs.push({ start, end: i });
  }
  return runs;
}

function checkSummary(s: Summary): void {
  const { supporter, critic, claim, fact } = s.counts;
  expect(supporter + critic + claim + fact).toBe(s.sentences);
  if (supporter + critic === 0) {
    expect(s.balance).toBeNull();
    expect(s.lean).toBeNull();
  } else {
    expect(s.balance).toBeGreaterThanOrEqual(0);
    expect(s.balance).toBeLessThanOrEqual(1);
    expect(s.lean).toBeGreaterThanOrEqual(-1);
    expect(s.lean).toBeLessThanOrEqual(1);
  }
}

const property = (check: (text: string) => void): void =>
  fc.assert(
    fc.property(article, (text) => {
      check(text);
    }),
    { numRuns: RUNS },
  );

describe(`analyzeArticle over generated text (${RUNS} cases per property)`, () => {
  it('segments are non-empty, ordered, do not overlap, and are exact slices of the input', () => {
    property((text) => {
      let previousEnd = 0;
      for (const s of segments(analyzeArticle('t', text))) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.text).toBe(text.slice(s.start, s.end));
        previousEnd = s.end;
      }
    });
  });

  it('every non-white-space character is in a sentence or heading, except list markers', () => {
    let markers = 0;
    property((text) => {
      for (const run of uncovered(text, segments(analyzeArticle('t', text)))) {
        const lineStart = lastLineEnd(text, run.start) + 1;
        expect(text.slice(lineStart, run.start).trim(), `"${text.slice(run.start, run.end)}" is not at the start of its line`).toBe('');
        expect(text.slice(run.start, run.end)).toMatch(LIST_MARKER);
        markers++;
      }
    });
    // the generator makes list items often: a property that never met a marker proved little
    expect(markers).toBeGreaterThan(RUNS / 10);
  });

  it('the same input always gives the same report', () => {
    property((text) => {
      expect(analyzeArticle('t', text)).toEqual(analyzeArticle('t', text));
    });
  });

  it('label counts add up to the sentence count; balance is in [0, 1] and lean in [-1, 1], or both null', () => {
    property((text) => {
      const report = analyzeArticle('t', text);
      expect(report.summary.sentences).toBe(report.sentences.length);
      checkSummary(report.summary);
      for (const section of report.sections) checkSummary(section.summary);
      expect(report.sections.reduce((n, s) => n + s.summary.sentences, 0)).toBe(report.sentences.length);
    });
  });

  it('the JSON output always parses back to the same sentences, offsets and summary', () => {
    property((text) => {
      const report = analyzeArticle('t', text);
      const out = json.render(
        { schemaVersion: 1, articles: [report], summary: mergeSummaries([report.summary]) },
        { color: false, sentences: false, explain: false, width: 80 },
      );
      expect(out.endsWith('}\n')).toBe(true);
      const parsed = JSON.parse(out);
      const [a] = parsed.articles;
      expect(a.sentences.map((s: Span) => [s.text, s.start, s.end])).toEqual(report.sentences.map((s) => [s.text, s.start, s.end]));
      for (const s of a.sentences as Span[]) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(parsed.summary).toEqual(a.summary);
    });
  });
});

function lastLineEnd(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (LINE_END.test(text[i]!)) return i;
  return -1;
}
