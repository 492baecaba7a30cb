// `npm run train` and `npm run cv`: fit the shipped weights, or cross-validate them.
//   node dist/train/main.js --out src/classify/weights.json DIR...     fit on every DIR
//   node dist/train/main.js --cv 5 DIR [MORE...]                       k folds over DIR; MORE joins each training fold
//   node dist/train/main.js --test CORPUS DIR...                       fit on every DIR, score CORPUS (never fitted on)
//   node dist/train/main.js --store FILE --about TEXT DIR...           keep DIR's evidence and labels, not its text
//   --seeds 13,1,2 with --cv or --test                                 score at each seed, then their mean
// A DIR may also be a stored corpus (FILE.json).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { reliabilityText } from '../eval/reliability.js';
import { LABELS } from '../types.js';
import { readAnyCorpus, storeCorpus, storedCorpusJson } from './corpus.js';
import { crossValidate, overSeeds, scoreUnseen, type CrossValidation, type OverSeeds } from './crossval.js';
import { DEFAULT_TRAINING, trainWeights } from './train.js';

/** A figure as the reports print it. */
const f = (x: number): string => x.toFixed(3);

function report(cv: CrossValidation): string {
  const scored = cv.folds > 0 ? `${cv.folds}-fold cross-validation by article: ${cv.articles} articles` : `fitted on the rest, scored on ${cv.articles} articles never fitted on`;
  const lines = [`${scored}, ${cv.sentences} gold sentences`, '', 'label       precision  recall     F1   gold  pred'];
  for (const l of cv.perLabel) lines.push(`${l.label.padEnd(10)}  ${f(l.precision).padStart(9)}  ${f(l.recall).padStart(6)}  ${f(l.f1)}  ${String(l.gold).padStart(5)}  ${String(l.predicted).padStart(4)}`);
  lines.push('', `macro-F1 ${f(cv.macroF1)}   accuracy ${f(cv.accuracy)}   log loss ${f(cv.logLoss)}   expected calibration error ${f(cv.reliability.ece)}`, '');
  const columns = [...LABELS, 'missing'] as const;
  lines.push(`gold \\ predicted  ${columns.map((c) => c.padStart(9)).join('')}`);
  for (const g of LABELS) lines.push(`${g.padEnd(17)} ${columns.map((p) => String(cv.confusion[g][p]).padStart(9)).join('')}`);
  lines.push('', ...reliabilityText(cv.reliability));
  return `${lines.join('\n')}\n`;
}

/** Each seed's figures on a line, then their mean. */
function seedsReport(over: OverSeeds): string {
  const labels = (f1: (l: (typeof LABELS)[number]) => number): string => LABELS.map((l) => `${l} ${f(f1(l))}`).join('  ');
  const lines = over.runs.map(({ seed, score }) => `seed ${String(seed).padEnd(4)} macro-F1 ${f(score.macroF1)}   accuracy ${f(score.accuracy)}   log loss ${f(score.logLoss)}   ${labels((l) => score.perLabel.find((x) => x.label === l)?.f1 ?? 0)}`);
  lines.push(`mean of ${over.runs.length} seeds: macro-F1 ${over.macroF1.toFixed(4)}   accuracy ${f(over.accuracy)}   log loss ${over.logLoss.toFixed(4)}   ${labels((l) => over.f1[l])}`);
  return `${lines.join('\n')}\n`;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cv: { type: 'string' }, out: { type: 'string' }, test: { type: 'string' }, store: { type: 'string' }, about: { type: 'string' }, seed: { type: 'string' }, seeds: { type: 'string' }, epochs: { type: 'string' }, l2: { type: 'string' } },
});
if (positionals.length === 0 || (!values.cv && !values.out && !values.test && !values.store)) {
  process.stderr.write('usage: main.js (--cv K | --out FILE | --test CORPUS | --store FILE --about TEXT) [--seed N | --seeds N,N,...] [--epochs N] [--l2 X] DIR...\n');
  process.exit(2);
}
const options = {
  ...DEFAULT_TRAINING,
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
};
const corpora = positionals.map((dir) => ({ dir, articles: readAnyCorpus(dir) }));
if (values.store) {
  writeFileSync(values.store, storedCorpusJson(storeCorpus(corpora.flatMap((c) => c.articles), values.about ?? '')));
  process.stdout.write(`wrote ${values.store}: ${corpora.reduce((n, c) => n + c.articles.length, 0)} articles\n`);
} else if (values.test || values.cv) {
  const test = values.test ? readAnyCorpus(values.test) : [];
  const [main, ...more] = corpora;
  const score = (seed: number): CrossValidation =>
    values.test
      ? scoreUnseen(corpora.flatMap((c) => c.articles), test, { ...options, seed })
      : crossValidate(main!.articles, more.flatMap((c) => c.articles), Number(values.cv), { ...options, seed });
  const seeds = values.seeds?.split(',').map(Number);
  if (seeds?.some((n) => !Number.isInteger(n))) {
    process.stderr.write(`--seeds takes whole numbers separated by commas, not "${values.seeds}"\n`);
    process.exit(2);
  }
  process.stdout.write(seeds ? seedsReport(overSeeds(seeds, score)) : report(score(options.seed)));
} else {
  const described = corpora.map((c) => `${c.dir} (${c.articles.length} articles, ${c.articles.reduce((n, a) => n + a.sentences.length, 0)} sentences)`).join(', ');
  const weights = trainWeights(corpora.flatMap((c) => c.articles), options, described);
  writeFileSync(values.out!, `${JSON.stringify(weights, null, 1)}\n`);
  process.stdout.write(`wrote ${values.out}: ${Object.keys(weights.features).length} features from ${described}\n`);
}
