// Read an article up to its evidence, not its labels: who speaks in each sentence, whether they
// speak for the central actor, and which evidence fires. Labels are learned (src/classify/model.ts)
// and move with every refit; these readings are what the code decides by itself.
import { gatherEvidence } from '../../src/classify/classify.js';
import type { Central } from '../../src/classify/central.js';
import type { Speaker } from '../../src/classify/register.js';
import { readText } from '../../src/pipeline.js';

export interface ReadSentence {
  text: string;
  /** The register's id of who speaks: "central", a surname, or a group noun. */
  speaker: string | undefined;
  /** How the speaker is best named in the article. */
  name: string | undefined;
  /** The speaker is the central actor or speaks for it. */
  central: boolean;
  /** Quoted speech attributed to the speaker, here or in a neighbouring sentence. */
  quoted: boolean;
  /** Every feature the evidence sets, e.g. "verb-side:critic", "speaker-role:central". */
  features: string[];
}

export interface ReadArticle {
  sentences: ReadSentence[];
  central: Central;
  speakers: Map<string, Speaker>;
}

/** Read `text` (a title, if any, then a blank line) with the central actor found or, given `central`, fixed. */
export function readRegister(text: string, central?: string): ReadArticle {
  const read = readText(text, central ? { central } : {});
  const { register, fired } = gatherEvidence(read.sentences.map((s) => s.span), read.central);
  const sentences = read.sentences.map((s, i): ReadSentence => {
    const a = register.attributions[i]!;
    return {
      text: read.doc.text.slice(s.span.start, s.span.end),
      speaker: a.key,
      name: a.name,
      central: a.holderIsCentral,
      quoted: a.quoted,
      features: fired[i]!.map((f) => f.feature),
    };
  });
  return { sentences, central: read.central, speakers: register.speakers };
}

/** The sentence of `article` that starts with `start`; throws if there is none, so a typo cannot pass. */
export function sentence(article: ReadArticle, start: string): ReadSentence {
  const found = article.sentences.find((s) => s.text.startsWith(start));
  if (!found) throw new Error(`no sentence starts with ${JSON.stringify(start)} in:\n${article.sentences.map((s) => s.text).join('\n')}`);
  return found;
}
