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

export function duplicateMessage(what: string, matches: readonly { id: string; name: string; archived?: boolean }[]): string {
  const ids = matches.map((m) => `${m.id} ("${m.name}")`).join(' and ');
  // Intercom lists archived objects too, so archiving one more never settles it.
  const fix = matches.every((m) => m.archived === true) ? 'Rename all but one in Intercom (they are all archived)' : 'Rename or archive all but one in Intercom';
  return `"${what}" matches ${matches.length} live objects: ids ${ids}. ${fix}, or rename the declared object, so that exactly one matches.`;
}

/** The live object a declared one matches, when the name alone is not enough to tell. */
export interface Pick<T> {
  match: T | undefined;
  /** Several objects could be meant: the plan cannot go on. */
  ambiguous?: readonly T[];
  /** Archived objects with the same name, set aside for the active match. */
  archivedAlso: readonly T[];
}

/**
 * An active and an archived object with one name: the active one is meant. Intercom lists
 * archived objects, and archiving never resolves a clash, so they are set aside (and the
 * plan says so). Two active ones, or only archived ones, stay ambiguous.
 */
export function pickActive<T extends { archived: boolean }>(matches: readonly T[]): Pick<T> {
  if (matches.length <= 1) return { match: matches[0], archivedAlso: [] };
  const active = matches.filter((m) => !m.archived);
  if (active.length === 1) return { match: active[0], archivedAlso: matches.filter((m) => m.archived) };
  return { match: undefined, ambiguous: active.length > 1 ? active : matches, archivedAlso: [] };
}

/** The plan note for `pickActive` setting archived objects aside. */
export function archivedAlsoNote(what: string, chosen: { id: string }, archived: readonly { id: string }[]): string {
  const ids = archived.map((a) => a.id).join(', ');
  return `${what}: matched the active one (id ${chosen.id}); ${archived.length === 1 ? 'an archived one' : `${archived.length} archived ones`} with the same name (id ${ids}) ${archived.length === 1 ? 'is' : 'are'} left alone`;
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
