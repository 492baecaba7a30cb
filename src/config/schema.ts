// evenhand.config.json: what each key may hold. Validation names the key path of the
// first problem, so a user fixes it from one line.
import { ConfigError } from '../errors.js';
import { GIVEN_SIDES, type GivenSide } from '../types.js';

/** Words added to or removed from one cue lexicon (by lexicon id, e.g. "critic-holder"). */
export interface LexiconEdit {
  add?: string[];
  remove?: string[];
}

export interface CheckThresholds {
  minBalance?: number;
  maxLean?: number;
  minVoices?: number;
  requireBothSides?: boolean;
  maxClaimShare?: number;
  warnOnly?: boolean;
}

export interface Override {
  files: string[];
  check?: CheckThresholds;
  central?: string;
  sides?: Record<string, GivenSide>;
}

export interface Config {
  /** Name the central subject instead of detecting it. */
  central?: string;
  /** Give speakers a side by name: {"Tom Reyes": "critic"}; all their sentences follow it. */
  sides?: Record<string, GivenSide>;
  lexicons?: Record<string, LexiconEdit>;
  check?: CheckThresholds;
  files?: string[];
  ignore?: string[];
  overrides?: Override[];
}

type Check = (value: unknown, path: string) => void;

const fail = (path: string, message: string): never => {
  throw new ConfigError(`${path}: ${message}`);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const string: Check = (v, p) => void (typeof v !== 'string' && fail(p, 'must be a string'));
const boolean: Check = (v, p) => void (typeof v !== 'boolean' && fail(p, 'must be true or false'));
const stringList: Check = (v, p) =>
  void ((!Array.isArray(v) || v.some((x) => typeof x !== 'string')) && fail(p, 'must be a list of strings'));
const fraction: Check = (v, p) =>
  void ((typeof v !== 'number' || !(v >= 0 && v <= 1)) && fail(p, 'must be a number from 0 to 1'));
const givenSides: Check = (v, p) => {
  if (!isObject(v)) fail(p, 'must be an object of names to sides');
  for (const [name, side] of Object.entries(v as Record<string, unknown>)) {
    if (!GIVEN_SIDES.includes(side as GivenSide)) fail(`${p}.${name}`, `must be one of ${GIVEN_SIDES.join(', ')}`);
  }
};
const count: Check = (v, p) =>
  void ((typeof v !== 'number' || !Number.isInteger(v) || v < 0) && fail(p, 'must be a whole number, 0 or more'));

function object(fields: Record<string, Check>): Check {
  return (v, p) => {
    if (!isObject(v)) fail(p, 'must be an object');
    for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
      const check = fields[key];
      if (!check) fail(`${p}.${key}`, `unknown key (known: ${Object.keys(fields).join(', ')})`);
      else check(value, `${p}.${key}`);
    }
  };
}

function recordOf(check: Check, keys?: () => readonly string[]): Check {
  return (v, p) => {
    if (!isObject(v)) fail(p, 'must be an object');
    for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
      const known = keys?.();
      if (known && !known.includes(key)) fail(`${p}.${key}`, `unknown lexicon (known: ${known.join(', ')})`);
      check(value, `${p}.${key}`);
    }
  };
}

const list = (check: Check): Check => (v, p) => {
  if (!Array.isArray(v)) fail(p, 'must be a list');
  (v as unknown[]).forEach((x, i) => check(x, `${p}[${i}]`));
};

export const checkThresholds: Record<string, Check> = {
  minBalance: fraction,
  maxLean: fraction,
  minVoices: count,
  requireBothSides: boolean,
  maxClaimShare: fraction,
  warnOnly: boolean,
};

/** Validate parsed JSON as a Config; `lexiconIds` lists the lexicons that may be edited. */
export function validateConfig(value: unknown, source: string, lexiconIds: () => readonly string[]): Config {
  const override = object({ files: stringList, check: object(checkThresholds), central: string, sides: givenSides });
  const root = object({
    $schema: string,
    central: string,
    sides: givenSides,
    lexicons: recordOf(object({ add: stringList, remove: stringList }), lexiconIds),
    check: object(checkThresholds),
    files: stringList,
    ignore: stringList,
    overrides: list(override),
  });
  try {
    root(value, '');
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(`${source}: ${err.message.replace(/^\.?/, '') || 'must be an object'}`);
    throw err;
  }
  return value as Config;
}
