// A voice in the summary is a person, a group or an organisation (issue 15): checked over every
// real article in ../shared/dev and ../shared/train, with checks of its own rather than the
// classifier's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const dirs = ['dev', 'train'].map((d) => new URL(`${d}/`, SHARED)).filter((u) => existsSync(u));
const articles = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') })));

const PRONOUNS = /^(he|she|it|they|we|i|you|him|her|them)$/i;
/** Common nouns that name people or bodies of them; a thing ("the affidavit", "statements") is none. */
const PEOPLE_HEAD =
  /^(?:people|(?:wo)?man|public|staff|team|groups?|part(?:y|ies)|others|some|many|police|defen[cs]e|headquarters|nations?|unions?|board|committee|council|compan(?:y|ies)|firms?|government|administration|cabinet|authorities|campaign|club|industry|allies|sources?|officials?|experts?|spokes(?:man|woman|person)|minister|secretary|president|chief|head|judges?|chair(?:man|woman)?|leaders?|mayor|governor|mps?|peers?|doctors?|nurses?|critics?|s[ck]eptics?|[a-z]{2,}(?:ers?|ors?|ists?|ysts?|ians?|ents?|ants?|ates?|ats?|ees?|ives?|men|women))$/;

describe.skipIf(articles.length === 0)('voices on real news', () => {
  it.each(articles.map((a) => [a.name, a] as const))('%s: every voice is a person, a group or an organisation', (_name, { name, text }) => {
    const voices = analyzeArticle(name, text).voices;
    for (const { holder } of [...voices.supporter, ...voices.critic]) {
      expect(holder, 'a pronoun').not.toMatch(PRONOUNS);
      if (/\p{Lu}/u.test(holder)) {
        // a name used only as a place in this article ("in Geneva"), never as one who speaks, is no voice
        const escaped = holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const asPlace = new RegExp(`\\b(?:in|across|near|throughout) ${escaped}\\b`).test(text);
        const speaks = new RegExp(`(?:Mr|Mrs|Ms|Dr|Lord|Sir|Lady)\\.? ${escaped}\\b|\\b${escaped}(?:'s|’s)? (?:\\w+ ){0,3}(?:said|says|told|argued|warned|claimed|added|insisted)\\b`).test(text);
        if (!holder.includes(' ')) expect(asPlace && !speaks, `${holder}: a place`).toBe(false);
      } else {
        expect(holder.split(/\s+/).at(-1), `${holder}: a noun phrase with no person or organisation at its head`).toMatch(PEOPLE_HEAD);
      }
    }
  });
});
