import picomatch from 'picomatch';
import type { CheckThresholds, Config } from '../config/schema.js';
import type { GivenSide } from '../types.js';

/** With nothing configured, the gate still fails an article that silences one side. */
export const DEFAULT_THRESHOLDS: Readonly<CheckThresholds> = { requireBothSides: true };

/** Keys left undefined (a flag not given) do not hide what an earlier layer set. */
function layer(...layers: Array<CheckThresholds | undefined>): CheckThresholds {
  const out: CheckThresholds = {};
  for (const l of layers) {
    for (const [key, value] of Object.entries(l ?? {})) {
      if (value !== undefined) (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

export interface FileSettings {
  thresholds: CheckThresholds;
  central: string | undefined;
  /** The config's sides, an override's adding to and replacing the top level's by name. */
  sides: Record<string, GivenSide>;
}

/**
 * What one file is held to: defaults, then the config's `check`, then every override whose
 * globs match (in order), then the command-line flags. `configPath` is relative to the
 * config file's folder, "/"-separated, as override globs are written.
 */
export function settingsFor(configPath: string | null, config: Config, flags: CheckThresholds): FileSettings {
  const overrides = configPath === null ? [] : (config.overrides ?? []).filter((o) => picomatch(o.files)(configPath));
  let central = config.central;
  for (const o of overrides) central = o.central ?? central;
  const sides = Object.assign({}, config.sides, ...overrides.map((o) => o.sides)) as Record<string, GivenSide>;
  return {
    thresholds: layer(DEFAULT_THRESHOLDS, config.check, ...overrides.map((o) => o.check), flags),
    central,
    sides,
  };
}
