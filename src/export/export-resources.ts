import type { IntercomConfig } from '../config/config-types.js';
import type { ExportOptions } from '../resources/kind.js';
import type { LiveState } from '../resources/live-families.js';
import { KINDS, type SectionKey } from '../resources/registry.js';

/** The resource sections of a config: everything but its settings. */
export type ExportedResources = Pick<IntercomConfig, SectionKey>;

/**
 * The live workspace as config resources, each kind exporting what was read of it:
 * deterministic (sorted by name, code-point order), no ids, timestamps or server-only
 * fields, built-in attributes and what `ignore` keeps out of reach left out. A plan of
 * the result against the same workspace has no changes.
 */
export function exportResources(live: LiveState, options: ExportOptions = {}): ExportedResources {
  const out: Record<string, unknown> = {};
  for (const kind of KINDS) {
    for (const [key, section] of Object.entries(kind.export(live, options))) {
      out[key] = mergeSection(out[key], section);
    }
  }
  return out as ExportedResources;
}

/** Kinds sharing a key (`help_center:`) each export their part of it. */
function mergeSection(earlier: unknown, section: unknown): unknown {
  return earlier === undefined ? section : { ...(earlier as object), ...(section as object) };
}

/** A config without its resource sections: what another workspace's export is planned with. */
export function withoutResources<T extends IntercomConfig>(config: T): Omit<T, SectionKey> {
  const keys = new Set(KINDS.flatMap((kind) => Object.keys(kind.section)));
  return Object.fromEntries(Object.entries(config).filter(([key]) => !keys.has(key))) as Omit<T, SectionKey>;
}
