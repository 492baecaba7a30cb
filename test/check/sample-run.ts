// One fixed CheckRun for the reporter tests: a pass, a fail whose silent side misses two
// thresholds, awkward characters, a warning, and an unreadable file.
import { evaluateArticle } from '../../src/check/evaluate.js';
import type { CheckRun } from '../../src/check/types.js';
import { article } from './article.js';

export function sampleRun(): CheckRun {
  const pass = evaluateArticle('news/even.txt', article(['supporter', 'critic', 'fact']), { requireBothSides: true });
  const fail = evaluateArticle('news/one, "sided" & <odd>.md', article(['fact', 'supporter', 'supporter']), { requireBothSides: true, minVoices: 1 });
  const warn = evaluateArticle('opinion/column.html', article(['claim', 'critic']), { requireBothSides: true, warnOnly: true });
  return {
    results: [{ ...pass, seconds: 0.25 }, { ...fail, seconds: 0.5 }, { ...warn, seconds: 0.125 }],
    unreadable: [{ file: 'missing.txt', message: 'missing.txt: no such file', seconds: 0.001 }],
    started: new Date('2026-12-03T09:30:15.250Z'),
    hostname: 'newsroom-ci',
    seconds: 0.9,
  };
}
