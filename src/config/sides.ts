// Sides given to speakers by name: the config's, then the command line's, which win.
import type { GivenSide, SideGiven } from '../types.js';

/** The config's `sides` ({"Tom Reyes": "critic"}) as a list, with the command line's first; a name given on both takes the command line's side. */
export function sidesOf(config: Record<string, GivenSide> | undefined, flags: readonly SideGiven[] = []): SideGiven[] {
  const fromConfig = Object.entries(config ?? {}).map(([name, side]) => ({ name, side }));
  return [...flags, ...fromConfig.filter((c) => !flags.some((f) => f.name.toLowerCase() === c.name.toLowerCase()))];
}
