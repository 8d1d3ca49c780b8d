import type { LiveCollection, LiveHelpCenter } from '../../client/live-types.js';

/** Live collections indexed for matching by help center, parent and name. */
export class LiveCollectionTree {
  private readonly byId = new Map<string, LiveCollection>();
  private readonly children = new Map<string, LiveCollection[]>();

  constructor(readonly collections: readonly LiveCollection[]) {
    for (const c of collections) this.byId.set(c.id, c);
    for (const c of collections) {
      const key = childKey(c.help_center_id, c.parent_id);
      const list = this.children.get(key) ?? [];
      list.push(c);
      this.children.set(key, list);
    }
  }

  get(id: string): LiveCollection | undefined {
    return this.byId.get(id);
  }

  /** Direct children of `parentId` (null = top level) in a help center. */
  childrenOf(helpCenterId: string, parentId: string | null): LiveCollection[] {
    return this.children.get(childKey(helpCenterId, parentId)) ?? [];
  }

  inHelpCenter(helpCenterId: string): LiveCollection[] {
    return this.collections.filter((c) => c.help_center_id === helpCenterId);
  }

  /** Names from the top level down to `collection`, itself included. */
  pathOf(collection: LiveCollection): string[] {
    const names: string[] = [];
    const seen = new Set<string>();
    let node: LiveCollection | undefined = collection;
    while (node && !seen.has(node.id)) {
      seen.add(node.id);
      names.unshift(node.name);
      node = node.parent_id ? this.byId.get(node.parent_id) : undefined;
    }
    return names;
  }

  /** Live collections found at exactly this path of names. */
  atPath(helpCenterId: string, path: readonly string[]): LiveCollection[] {
    let level: LiveCollection[] = this.childrenOf(helpCenterId, null);
    let found: LiveCollection[] = [];
    for (const [i, name] of path.entries()) {
      found = level.filter((c) => c.name === name);
      if (i < path.length - 1) level = found.flatMap((c) => this.childrenOf(helpCenterId, c.id));
    }
    return found;
  }

  depthOf(collection: LiveCollection): number {
    return this.pathOf(collection).length;
  }
}

function childKey(helpCenterId: string | null, parentId: string | null): string {
  return `${helpCenterId ?? ''}/${parentId ?? ''}`;
}

/** The help center a collection without `help_center:` goes to: the default one, else the first. */
export function defaultHelpCenter(helpCenters: readonly LiveHelpCenter[]): LiveHelpCenter | undefined {
  return helpCenters.find((h) => h.default === true) ?? helpCenters[0];
}
