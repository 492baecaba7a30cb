import type { Report, Section, Sentence, Span, Summary } from '../types.js';
import type { DetailedArticle, Formatter } from '../types.js';

// Keys are written in a fixed order so the output is stable across versions and runs.

/** A summary's keys in their fixed order; NDJSON records use it too. */
export function summaryJson(s: Summary): Summary {
  return { sentences: s.sentences, counts: s.counts, shares: s.shares, balance: s.balance, lean: s.lean };
}

function spanJson(h: Span | null): unknown {
  return h && { text: h.text, start: h.start, end: h.end, line: h.line, column: h.column };
}

export function sentenceJson(s: Sentence): unknown {
  return {
    index: s.index,
    text: s.text,
    label: s.label,
    confidence: s.confidence,
    reasons: s.reasons.map((r) => ({ evidence: r.evidence, words: r.words, weight: r.weight })),
    start: s.start,
    end: s.end,
    line: s.line,
    column: s.column,
    section: s.section,
    holder: s.holder ?? null,
    speaker: s.speaker ?? null,
  };
}

function sectionJson(s: Section): unknown {
  return { index: s.index, heading: spanJson(s.heading), summary: summaryJson(s.summary) };
}

export function articleJson(a: DetailedArticle): unknown {
  return {
    file: a.file,
    sentences: a.sentences.map(sentenceJson),
    sections: a.sections.map(sectionJson),
    voices: a.voices,
    central: a.central,
    speakers: a.speakers,
    summary: summaryJson(a.summary),
    ...(a.warnings ? { warnings: a.warnings } : {}),
    // last: it can be long, and the rest reads better above it
    ...(a.text === undefined ? {} : { text: a.text }),
  };
}

const json: Formatter = {
  render: (report: Report) =>
    `${JSON.stringify({ schemaVersion: report.schemaVersion, articles: report.articles.map(articleJson), summary: summaryJson(report.summary) }, null, 2)}\n`,
};

export default json;
