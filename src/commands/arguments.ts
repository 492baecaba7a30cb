// Option values parsed the same way by every command: a bad one is commander's one-line
// "option '--x' argument 'y' is invalid. <reason>", exit 2.
import { InvalidArgumentError } from 'commander';
import { GIVEN_SIDES, type GivenSide, type SideGiven } from '../types.js';

/** A ratio from 0 to 1 (--min-balance, --max-lean, --min-macro ...). */
export function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** A whole number, 0 or more (--min-voices). */
export function count(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
}

/** A whole number, 1 or more (--jobs). */
export function atLeastOne(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more.');
  return n;
}

/**
 * A name from `names`, in any case (`-f JSON`), returned in lower case. Set it after
 * `.choices(names)`, which keeps listing them in --help but would refuse "JSON".
 */
export function oneOf<T extends string>(names: readonly T[]): (value: string) => T {
  return (value) => {
    const name = value.toLowerCase() as T;
    if (!names.includes(name)) throw new InvalidArgumentError(`Allowed choices are ${names.join(', ')}.`);
    return name;
  };
}

/** One `--side "NAME=supporter|critic|neutral|central"`, added to those given before (repeatable). */
export function sideGiven(value: string, previous: SideGiven[] = []): SideGiven[] {
  const at = value.lastIndexOf('=');
  const name = value.slice(0, at).trim();
  const side = value.slice(at + 1).trim().toLowerCase() as GivenSide;
  if (at < 0 || !name || !GIVEN_SIDES.includes(side)) throw new InvalidArgumentError(`must be NAME=${GIVEN_SIDES.join('|')}`);
  return [...previous, { name, side }];
}

