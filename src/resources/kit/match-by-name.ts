import { differsOnlyInForm, formDifference, nameKey } from '../../plan/same-name.js';

/**
 * Live objects by name, for matching declared ones: the name first, else a previous name,
 * skipping objects already claimed. Names compare as Intercom compares them (case and
 * Unicode form aside, src/plan/same-name.ts); among several that do, those spelt exactly
 * as declared win. Built once per list, so matching n declared objects against n live ones
 * costs n lookups rather than n scans.
 */
export class NameIndex<T extends { name: string }> {
  private readonly byName = new Map<string, T[]>();

  constructor(private readonly live: readonly T[]) {
    for (const item of live) {
      const key = nameKey(item.name);
      const list = this.byName.get(key);
      if (list) list.push(item);
      else this.byName.set(key, [item]);
    }
  }

  /** Unclaimed live objects named `name`, else those bearing one of `previousNames`, in listing order. */
  match(name: string, previousNames: readonly string[] | undefined, claimed: ReadonlySet<T>): readonly T[] {
    const exact = this.named(name, claimed);
    if (exact.length > 0 || !previousNames?.length) return exact;
    const previous = new Set(previousNames.flatMap((n) => this.named(n, claimed)));
    return this.live.filter((item) => previous.has(item));
  }

  private named(name: string, claimed: ReadonlySet<T>): readonly T[] {
    return preferExact(name, unclaimed(this.byName.get(nameKey(name)), claimed), (item) => item.name);
  }
}

function unclaimed<T>(list: readonly T[] | undefined, claimed: ReadonlySet<T>): readonly T[] {
  if (!list) return [];
  return list.some((item) => claimed.has(item)) ? list.filter((item) => !claimed.has(item)) : list;
}

/**
 * Of objects whose names are one name to Intercom, those spelt exactly `name` when there
 * are any: "Bug" and "bug" both live, the declared "Bug" means the first.
 */
export function preferExact<T>(name: string, found: readonly T[], nameOf: (item: T) => string): readonly T[] {
  if (found.length <= 1) return found;
  const exact = found.filter((item) => nameOf(item) === name);
  return exact.length > 0 ? exact : found;
}

/**
 * The plan note for a declared object matched by a live one whose name differs only in case
 * or Unicode form: one object to Intercom, so it is updated (renamed, where Intercom can),
 * never created a second time.
 */
export function nameFormNote(what: string, declared: string, live: { id: string; name: string }): string | undefined {
  if (!differsOnlyInForm(declared, live.name)) return undefined;
  return `${what}: matched the live "${live.name}" (id ${live.id}), whose name differs only in ${formDifference(declared, live.name)}; Intercom treats the two as one name`;
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
  return [...items].sort(byAge).at(-1);
}

/** The first made of several objects: Intercom's ids grow, so the smallest (compared as text when not numeric). */
export function oldest<T extends { id: string }>(items: readonly T[]): T | undefined {
  return [...items].sort(byAge)[0];
}

function byAge(a: { id: string }, b: { id: string }): number {
  return Number(a.id) - Number(b.id) || a.id.localeCompare(b.id);
}

/** Code-point order on a key, so exports are the same on every machine. */
export const byName =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
