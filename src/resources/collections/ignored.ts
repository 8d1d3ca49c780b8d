import type { LiveCollection } from '../../client/live-types.js';
import type { IgnoreCheck, LiveName } from '../kind.js';
import type { LiveState } from '../live-families.js';
import { placeCollections } from './help-centers.js';
import { LiveCollectionTree } from './live-tree.js';

/** Every live collection with its path of names from the top level. */
export function liveCollectionNames(live: LiveState): LiveName[] {
  const tree = new LiveCollectionTree(placeCollections(live.collections ?? [], live.helpCenters ?? []));
  return tree.collections.map((c) => ({ id: c.id, path: tree.pathOf(c) }));
}

/**
 * The live collections `ignore:` puts out of reach: those whose path matches, and
 * everything below them (a collection cannot be managed apart from where it sits).
 */
export function ignoredCollections(tree: LiveCollectionTree, ignore: IgnoreCheck): Set<LiveCollection> {
  const out = new Set<LiveCollection>();
  const verdict = new Map<LiveCollection, boolean>();
  const isIgnored = (c: LiveCollection, seen: Set<string>): boolean => {
    const known = verdict.get(c);
    if (known !== undefined) return known;
    const parent = c.parent_id === null ? undefined : tree.get(c.parent_id);
    const result =
      ignore.ignores('collection', tree.pathOf(c)) || (parent !== undefined && !seen.has(parent.id) && isIgnored(parent, seen.add(c.id)));
    verdict.set(c, result);
    return result;
  };
  for (const c of tree.collections) if (isIgnored(c, new Set())) out.add(c);
  return out;
}
