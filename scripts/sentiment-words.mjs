// npm run build, after tsc: the words wink-nlp's sentiment and negation machines step on, each
// with its number in the model's word list, written to dist/nlp/sentiment-words.json, so a
// start need not read the model's 3 MB word list a second time (src/nlp/sentiment.ts).
import { writeFileSync } from 'node:fs';

const { machineWords } = await import('../dist/nlp/sentiment.js');
writeFileSync(new URL('../dist/nlp/sentiment-words.json', import.meta.url), `${JSON.stringify(machineWords())}\n`);
