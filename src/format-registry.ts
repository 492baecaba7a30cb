// The --format choices of `analyze` and `check`. Each format's module is imported only when it
// is chosen, so `--format json` never pays for chalk and cli-table3.
import { UsageError } from './errors.js';

/** A format's help text, and how to import the module whose default export implements it. */
export interface FormatEntry<T> {
  description: string;
  load: () => Promise<{ default: T }>;
}

export interface FormatRegistry<T> {
  /** Every format name, in the order the entries were given. */
  names: readonly string[];
  /** The help text: `line(name, description)` for each format, joined by `separator`. */
  describe(line: (name: string, description: string) => string, separator: string): string;
  /** The format called `name`; an unknown name is a UsageError listing the valid ones. */
  load(name: string): Promise<T>;
}

/** The registry of `entries`, each keyed by its format name. */
export function formatRegistry<T>(entries: Record<string, FormatEntry<T>>): FormatRegistry<T> {
  const byName = new Map(Object.entries(entries));
  const names = [...byName.keys()];
  return {
    names,
    describe: (line, separator) => [...byName].map(([name, entry]) => line(name, entry.description)).join(separator),
    load: async (name) => {
      const entry = byName.get(name);
      if (!entry) throw new UsageError(`unknown format "${name}": choose one of ${names.join(', ')}`);
      return (await entry.load()).default;
    },
  };
}
