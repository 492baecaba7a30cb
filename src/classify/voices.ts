// Who counts as a voice in the summary's lists: a person, a group or an organisation. A
// pronoun never resolved to a name, a place, a news outlet reporting the story, a thing or an
// event taken for a speaker by a misread attribution are left out of the lists (their
// sentences keep their labels).
import type { SentenceSpan } from '../segment/sentences.js';
import { institutionOf } from './central.js';
import {
  ALLY_OFFICES, BODY_WORDS, CALENDAR_WORDS, DEMONYMS, EXPERT_TITLES, LEADER_TITLES, LOCATIVE, ORGANISATION_NOUNS, ORGANISATION_OFFICES,
  OUTLET_WORDS, PEOPLE_NOUNS, PERSONAL_TITLES, STAFF, peopleByEnding,
} from './lexicons/actors.js';
import { lexicons } from './lexicons/index.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'this', 'that', 'these', 'those']);
const HOLDER_WORDS = new Set(lexicons.filter((l) => l.role === 'holder').flatMap((l) => l.entries.map((e) => e.toLowerCase().split(' ').at(-1)!)));
const PERSON_WORD_SETS = [PEOPLE_NOUNS, HOLDER_WORDS, LEADER_TITLES, ORGANISATION_OFFICES, BODY_WORDS, EXPERT_TITLES, STAFF, ALLY_OFFICES, ORGANISATION_NOUNS];

/** Does a common noun name people or a body of them? */
function namesPeople(word: string): boolean {
  if (PERSON_WORD_SETS.some((set) => set.has(word)) || institutionOf(word)) return true;
  return peopleByEnding(word);
}

/** Names the article uses as places: after "in", "at", "across" ... and never with a personal title. */
export function placesOf(spans: readonly SentenceSpan[]): Set<string> {
  const places = new Set<string>();
  const people = new Set<string>();
  for (const { tokens } of spans) {
    tokens.forEach((t, i) => {
      if (t.pos !== 'PROPN') return;
      const before = tokens[i - 1]?.normal ?? '';
      if (PERSONAL_TITLES.has(before)) people.add(t.normal);
      else if (LOCATIVE.has(before) || (before === 'of' && tokens[i - 2]?.normal === 'city')) places.add(t.normal);
    });
  }
  for (const p of people) places.delete(p);
  return places;
}

/** Does `name` name a news outlet or agency ("AP", "the Washington Post"): a report's source, never a side? */
export function isOutlet(name: string): boolean {
  const words = name.toLowerCase().replace(/['’]s?\b/g, '').split(/\s+/).filter(Boolean);
  return words.some((w) => OUTLET_WORDS.has(w)) && /^\p{Lu}/u.test(name.split(/\s+/).at(-1) ?? '');
}

/** Is `name`, as the register names a speaker, a person, a group or an organisation? */
export function isVoice(name: string, places: ReadonlySet<string>): boolean {
  const words = name.toLowerCase().replace(/['’]s?\b/g, '').split(/\s+/).filter(Boolean);
  const head = words.at(-1);
  // "On Monday Tony Blair", "Wednesday Prime Minister ...": a date read into the name
  if (!head || PRONOUNS.has(head) || words.slice(0, 2).some((w) => CALENDAR_WORDS.has(w))) return false;
  // "Russian" alone is a nationality, not someone
  if (words.length === 1 && DEMONYMS.has(head)) return false;
  if (isOutlet(name)) return false;
  // a name (capitalised) is someone unless the article uses it only as a place
  if (/^\p{Lu}/u.test(name.split(/\s+/).at(-1) ?? '')) return !(words.length === 1 && places.has(head));
  return namesPeople(head);
}
