import type { LiveCollection, LiveHelpCenter } from '../../client/live-types.js';

/**
 * The help center a collection without `help_center:` goes to: the one Intercom flags as
 * default, or the only one. With several and no flag (answers below API 2.16 carry none)
 * there is no default to use: list order says nothing, and guessing would write into the
 * wrong help center.
 */
export function defaultHelpCenter(helpCenters: readonly LiveHelpCenter[]): LiveHelpCenter | undefined {
  return helpCenters.find((h) => h.default === true) ?? (helpCenters.length === 1 ? helpCenters[0] : undefined);
}

/**
 * Live collections with their help center filled in. Intercom may answer a child with
 * `help_center_id: null` (its own list example does): a child is in its parent's help
 * center, and a top-level collection without one is in the default help center. A
 * collection whose help center stays unknown keeps null.
 */
export function placeCollections(collections: readonly LiveCollection[], helpCenters: readonly LiveHelpCenter[]): LiveCollection[] {
  if (collections.every((c) => c.help_center_id !== null)) return [...collections];
  const byId = new Map(collections.map((c) => [c.id, c]));
  const fallback = defaultHelpCenter(helpCenters)?.id ?? null;
  const placed = new Map<string, string | null>();
  const helpCenterOf = (collection: LiveCollection, seen: Set<string>): string | null => {
    const known = placed.get(collection.id);
    if (known !== undefined) return known;
    let found: string | null = collection.help_center_id;
    if (found === null) {
      const parent = collection.parent_id === null ? undefined : byId.get(collection.parent_id);
      if (collection.parent_id === null) found = fallback;
      else if (parent && !seen.has(parent.id)) found = helpCenterOf(parent, seen.add(collection.id));
    }
    placed.set(collection.id, found);
    return found;
  };
  return collections.map((c) => (c.help_center_id !== null ? c : { ...c, help_center_id: helpCenterOf(c, new Set()) }));
}
