import type { IntercomApi } from '../client/live-types.js';
import type { IntercomConfig } from '../config/config-types.js';
import { DECLARED_ONLY_FAMILIES, LIVE_FAMILIES, LIVE_FAMILY_NAMES, type LiveFamily, type LiveState } from '../resources/live-families.js';
import { KINDS } from '../resources/registry.js';

export type { LiveState, LiveFamily };

/** Which listings to read. */
export type LiveFamilies = Record<LiveFamily, boolean>;

/**
 * The families a config needs, as each kind says: a kind whose section is in the file,
 * even as an empty list, is read (and may be pruned); one the file does not mention is not.
 */
export function managedFamilies(config: IntercomConfig): LiveFamilies {
  const needed = new Set<LiveFamily>(KINDS.flatMap((kind) => kind.reads(config)));
  return Object.fromEntries(LIVE_FAMILY_NAMES.map((family) => [family, needed.has(family)])) as LiveFamilies;
}

/** What a whole-workspace export reads: every family but those read only when declared. */
export const ALL_FAMILIES: LiveFamilies = Object.fromEntries(
  LIVE_FAMILY_NAMES.map((family) => [family, !DECLARED_ONLY_FAMILIES.includes(family)]),
) as LiveFamilies;

const PAGED_FAMILIES: ReadonlySet<LiveFamily> = new Set<LiveFamily>(['collections', 'articles']);

/**
 * Paged listings are asked for first: their later pages wait on the first page's answer,
 * so they set the pace, and a server that answers in arrival order answers them first.
 */
const READ_ORDER: readonly LiveFamily[] = [
  ...LIVE_FAMILY_NAMES.filter((family) => PAGED_FAMILIES.has(family)),
  ...LIVE_FAMILY_NAMES.filter((family) => !PAGED_FAMILIES.has(family)),
];

/** One list call per family (collections: their pages), all in parallel; never a GET per object. */
export async function fetchLiveState(api: IntercomApi, families: LiveFamilies): Promise<LiveState> {
  const wanted = READ_ORDER.filter((family) => families[family]);
  const lists = await Promise.all(wanted.map((family) => LIVE_FAMILIES[family](api)));
  const live: Record<string, unknown> = {};
  wanted.forEach((family, index) => (live[family] = lists[index]));
  return live as LiveState;
}
