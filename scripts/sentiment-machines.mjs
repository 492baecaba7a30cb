// npm run build, after tsc: the model's sentiment and negation machines with words in place of
// the numbers of the model's word list, one per line, written to dist/nlp/sentiment-machines.txt,
// so a start need not read the 3 MB word list a second time (src/nlp/sentiment.ts).
import { writeFileSync } from 'node:fs';

const { machinesByWord } = await import('../dist/nlp/sentiment.js');
writeFileSync(new URL('../dist/nlp/sentiment-machines.txt', import.meta.url), machinesByWord().join('\n'));
