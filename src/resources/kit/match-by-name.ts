/**
 * Live objects by name, for matching declared ones: exact name first, else a previous
 * name, skipping objects already claimed. Built once per list, so matching n declared
 * objects against n live ones costs n lookups rather than n scans.
 */
export class NameIndex<T extends { name: string }> {
  private readonly byName = new Map<string, T[]>();

  constructor(private readonly live: readonly T[]) {
    for (const item of live) {
      const list = this.byName.get(item.name);
      if (list) list.push(item);
      else this.byName.set(item.name, [item]);
    }
  }

  /** Unclaimed live objects named `name`, else those bearing one of `previousNames`, in listing order. */
  match(name: string, previousNames: readonly string[] | undefined, claimed: ReadonlySet<T>): readonly T[] {
    const exact = unclaimed(this.byName.get(name), claimed);
    if (exact.length > 0 || !previousNames?.length) return exact;
    const previous = new Set(previousNames.flatMap((n) => unclaimed(this.byName.get(n), claimed)));
    return this.live.filter((item) => previous.has(item));
  }
}

function unclaimed<T>(list: readonly T[] | undefined, claimed: ReadonlySet<T>): readonly T[] {
  if (!list) return [];
  return list.some((item) => claimed.has(item)) ? list.filter((item) => !claimed.has(item)) : list;
}

export function duplicateMessage(what: string, matches: readonly { id: string; name: string }[]): string {
  const ids = matches.map((m) => `${m.id} ("${m.name}")`).join(' and ');
  return `"${what}" matches ${matches.length} live objects: ids ${ids}. Rename or archive all but one in Intercom, or rename the declared object, so that exactly one matches.`;
}

/**
 * The object a create with a lost answer made: the newest of those that match it now
 * (the plan created it because none matched before).
 */
export function newest<T extends { id: string }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => Number(b.id) - Number(a.id) || b.id.localeCompare(a.id))[0];
}

/** Code-point order on a key, so exports are the same on every machine. */
export const byName =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
