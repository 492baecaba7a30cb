// One fixed CheckRun for the reporter tests: a pass, a fail with two problems and awkward
// characters, a warning, and an unreadable file.
import { evaluateArticle } from '../../src/check/evaluate.js';
import type { CheckRun } from '../../src/check/types.js';
import { article } from './article.js';

export function sampleRun(): CheckRun {
  const pass = evaluateArticle('news/even.txt', article(['supporter', 'critic', 'fact']), { requireBothSides: true });
  const fail = evaluateArticle('news/one, "sided" & <odd>.md', article(['fact', 'supporter', 'supporter']), { requireBothSides: true, minVoices: 1 });
  const warn = evaluateArticle('opinion/column.html', article(['claim', 'critic']), { requireBothSides: true, warnOnly: true });
  return { results: [pass, fail, warn], errors: [{ file: 'missing.txt', message: 'missing.txt: no such file' }] };
}
