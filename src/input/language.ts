// evenhand's cues and model are English. Text in another language is still analysed (a
// quoted passage or a names-heavy brief should not be refused), but the user is told that
// its labels cannot be trusted rather than getting them silently wrong.
import { knownLetters } from '../nlp/wink.js';

/** The opening of an article tells its language; reading more would only cost time. */
const SAMPLE_CHARS = 20_000;
/** Fewer letters than this (a headline, a list of names) say too little to judge. */
const MIN_LETTERS = 40;
/** English news prose scores about 0.9 and a names-heavy English brief 0.5; French and German under 0.2. */
const MIN_KNOWN_SHARE = 0.4;

/** A warning when few of the text's words are English, else undefined. */
export function languageWarning(text: string): string | undefined {
  const { letters, known } = knownLetters(text.slice(0, SAMPLE_CHARS));
  if (letters < MIN_LETTERS) return undefined;
  const share = known / letters;
  if (share >= MIN_KNOWN_SHARE) return undefined;
  return `does not look like English (${Math.round(share * 100)}% of its words are known English words); analysed anyway, labels may be wrong`;
}
