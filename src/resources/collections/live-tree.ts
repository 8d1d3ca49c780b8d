import type { LiveCollection } from '../../client/live-types.js';
import { nameKey } from '../../plan/same-name.js';
import { preferExact } from '../kit/match-by-name.js';

/**
 * Live collections indexed for matching by help center, parent and name (names compare as
 * Intercom compares them, the exact spelling first: kit/match-by-name.ts). Every lookup is
 * a map access, so matching a declared tree against thousands of live collections stays
 * linear; results keep the order of the live listing. Indexes that only creates, moves
 * and prunes need are built on first use.
 */
export class LiveCollectionTree {
  private readonly siblings = new Map<string, LiveCollection[]>();
  private readonly siblingsByName = new Map<string, LiveCollection[]>();
  #byId: Map<string, LiveCollection> | undefined;
  #byHelpCenter: Map<string | null, LiveCollection[]> | undefined;
  #byHelpCenterAndName: Map<string, LiveCollection[]> | undefined;
  #byParent: Map<string, LiveCollection[]> | undefined;
  #position: Map<LiveCollection, number> | undefined;

  constructor(readonly collections: readonly LiveCollection[]) {
    for (const c of collections) {
      const key = childKey(c.help_center_id, c.parent_id);
      append(this.siblings, key, c);
      append(this.siblingsByName, `${key}\u0000${nameKey(c.name)}`, c);
    }
  }

  get(id: string): LiveCollection | undefined {
    this.#byId ??= new Map(this.collections.map((c) => [c.id, c]));
    return this.#byId.get(id);
  }

  /** Direct children of `parentId` (null = top level) in a help center. */
  childrenOf(helpCenterId: string, parentId: string | null): LiveCollection[] {
    return this.siblings.get(childKey(helpCenterId, parentId)) ?? [];
  }

  /** Direct children of `parentId` named `name`. */
  childrenNamed(helpCenterId: string, parentId: string | null, name: string): LiveCollection[] {
    return named(name, this.siblingsByName.get(`${childKey(helpCenterId, parentId)}\u0000${nameKey(name)}`));
  }

  /** Direct children of `parentId` bearing one of `names`, in listing order. */
  childrenNamedAny(helpCenterId: string, parentId: string | null, names: readonly string[]): LiveCollection[] {
    return this.inListingOrder(names.map((name) => this.childrenNamed(helpCenterId, parentId, name)));
  }

  /** Children of `parentId`, whatever help center they report. */
  childrenAnywhere(parentId: string): LiveCollection[] {
    this.#byParent ??= groupBy(this.collections.filter((c) => c.parent_id !== null), (c) => c.parent_id ?? '');
    return this.#byParent.get(parentId) ?? [];
  }

  inHelpCenter(helpCenterId: string): LiveCollection[] {
    this.#byHelpCenter ??= groupBy(this.collections, (c) => c.help_center_id);
    return this.#byHelpCenter.get(helpCenterId) ?? [];
  }

  /** Collections of a help center bearing one of `names`, in listing order. */
  inHelpCenterNamed(helpCenterId: string, names: readonly string[]): LiveCollection[] {
    const index = (this.#byHelpCenterAndName ??= groupBy(this.collections, (c) => helpCenterNameKey(c.help_center_id, c.name)));
    return this.inListingOrder(names.map((name) => named(name, index.get(helpCenterNameKey(helpCenterId, name)))));
  }

  /** Names from the top level down to `collection`, itself included. */
  pathOf(collection: LiveCollection): string[] {
    const names: string[] = [];
    const seen = new Set<string>();
    let node: LiveCollection | undefined = collection;
    while (node && !seen.has(node.id)) {
      seen.add(node.id);
      names.push(node.name);
      node = node.parent_id ? this.get(node.parent_id) : undefined;
    }
    return names.reverse();
  }

  /** Live collections found at exactly this path of names. */
  atPath(helpCenterId: string, path: readonly string[]): LiveCollection[] {
    let found: LiveCollection[] = [];
    let parents: (string | null)[] = [null];
    for (const name of path) {
      found = parents.flatMap((parent) => this.childrenNamed(helpCenterId, parent, name));
      parents = found.map((c) => c.id);
    }
    return found;
  }

  /** Merges lists of live collections into one, each once, in the order they were listed. */
  private inListingOrder(lists: readonly LiveCollection[][]): LiveCollection[] {
    const nonEmpty = lists.filter((list) => list.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    const position = (this.#position ??= new Map(this.collections.map((c, index) => [c, index])));
    return [...new Set(nonEmpty.flat())].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
}

function append<K>(map: Map<K, LiveCollection[]>, key: K, collection: LiveCollection): void {
  const list = map.get(key);
  if (list) list.push(collection);
  else map.set(key, [collection]);
}

function groupBy<K>(collections: readonly LiveCollection[], key: (c: LiveCollection) => K): Map<K, LiveCollection[]> {
  const groups = new Map<K, LiveCollection[]>();
  for (const c of collections) append(groups, key(c), c);
  return groups;
}

function childKey(helpCenterId: string | null, parentId: string | null): string {
  return `${helpCenterId ?? ''}/${parentId ?? ''}`;
}

function helpCenterNameKey(helpCenterId: string | null, name: string): string {
  return `${helpCenterId ?? ''}\u0000${nameKey(name)}`;
}

function named(name: string, found: LiveCollection[] | undefined): LiveCollection[] {
  if (!found) return [];
  return found.length <= 1 ? found : [...preferExact(name, found, (c) => c.name)];
}
