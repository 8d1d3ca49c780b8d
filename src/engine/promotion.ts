/**
 * One-step promotion (`plan --from staging -w production`): the desired state is the
 * source workspace's live state — exported in memory, as `export` writes it — restricted
 * to what the config file declares for the target workspace. So a promotion manages
 * exactly the objects (kinds, sections and objects, `workspaces:` honoured) that a plan
 * of the file would, with the source's values for every field export writes; `--prune`
 * archives the same objects a plan of the file would.
 *
 * An object the file declares for the target that the source does not have (not created
 * there yet, or declared only for other workspaces) is held back: never created,
 * changed or pruned by the promotion, with a note. Promoting must not delete from
 * production what the file still declares merely because staging lacks it.
 *
 * Objects are matched by name, so a name the source holds twice (Intercom allows it for
 * some kinds) cannot say which object is meant: that name is held back too, with what
 * it holds, in `plan --from` and in `diff` alike.
 */
import type { IntercomConfig } from '../config/config-types.js';
import type { Loose } from '../config/parts/loose.js';
import type { ExportedResources } from '../export/export-resources.js';
import type { PlanNote } from '../plan/plan-types.js';
import { nameKey } from '../plan/same-name.js';
import { describeNamedObject } from '../resources/ignore.js';
import { declaredIn, FORMER_NAME_KEYS, namedDeclarations, type NamedDeclaration } from '../resources/declared-names.js';
import { CHANGE_KIND_MODULES, kindOf, type Change } from '../resources/registry.js';
import type { Barrier } from './selection.js';

/** An object the file declares for the target that the promotion leaves alone. */
export interface HeldObject {
  kind: string;
  path: string[];
  /** Its name paths under former names: the target may still hold it under one. */
  former: string[][];
  /**
   * The source has none (`absent`), the file declares it only for other workspaces
   * (`scoped`), or the source holds its name (or its holder's: `within`) more than once
   * (`ambiguous`, `count` times).
   */
  why: 'absent' | 'scoped' | 'ambiguous';
  count?: number;
  /** For `ambiguous`: the source's object whose name it holds more than once, when that is its holder. */
  within?: { kind: string; path: string[] };
  /** Declared inside another held object (an attribute of a held type): that one's note covers it. */
  inside?: true;
}

/** What a plan needs to know about a promotion. */
export interface PromotionInput {
  /** The source workspace. */
  from: string;
  held: readonly HeldObject[];
}

export interface PromotedResources {
  resources: ExportedResources;
  /** The source objects promoted, by kind and name path (for their fingerprints). */
  promoted: { kind: string; path: string[] }[];
  held: HeldObject[];
}

/**
 * Restricts the source's exported resources to the objects `config` declares for the
 * `target` workspace. Each kept object takes its former names from the declaration, so a
 * target still holding it under an old name renames it instead of creating a second one.
 */
export function promoteResources(exported: ExportedResources, config: IntercomConfig, target: string, from: string): PromotedResources {
  const source = sourceNames(exported);
  // Kept objects, each with the keys it takes from its declaration (former names).
  const kept = new Map<unknown, Loose>();
  const promoted: PromotedResources['promoted'] = [];
  const held: HeldObject[] = [];
  const heldDeclarations = new Set<unknown>();
  for (const declared of namedDeclarations(config as unknown as Loose)) {
    if (!declaredIn(declared, target)) continue;
    const { kind, value } = declared.object;
    const found = source.named(kind, declared.path);
    const within = source.ambiguousHolder(kind, declared.path);
    const inside = declared.object.parent !== undefined && heldDeclarations.has(declared.object.parent.object);
    if (found.length !== 1 || within || inside) {
      const object: HeldObject = { kind, path: declared.path, former: declared.former, why: found.length > 1 || within ? 'ambiguous' : declaredIn(declared, from) ? 'absent' : 'scoped' };
      if (found.length > 1) object.count = found.length;
      else if (within) Object.assign(object, { count: within.count, within: { kind: within.kind, path: within.path } });
      if (inside) object.inside = true;
      heldDeclarations.add(declared.object);
      held.push(object);
      continue;
    }
    kept.set(found[0]!.object.value, Object.fromEntries(FORMER_NAME_KEYS.flatMap((name) => (value[name] !== undefined ? [[name, value[name]]] : []))));
    promoted.push({ kind, path: declared.path });
  }
  // Every source object the file does not declare goes, duplicates of a name included.
  const removed = new Set(source.all.map((d) => d.object.value).filter((value) => !kept.has(value)));
  return { resources: restricted(exported, removed, kept) as ExportedResources, promoted, held };
}

/**
 * `diff`: every object of the source is promoted, except a name the source holds more than
 * once, which is held back with what it holds (see the top of this file).
 */
export function withoutAmbiguousNames(exported: ExportedResources): { resources: ExportedResources; held: HeldObject[] } {
  const source = sourceNames(exported);
  const held = source.ambiguous.map((group): HeldObject => ({ kind: group.kind, path: group.path, former: [], why: 'ambiguous', count: group.count }));
  if (held.length === 0) return { resources: exported, held };
  const removed = new Set(
    source.all.filter((d) => source.named(d.object.kind, d.path).length > 1 || source.ambiguousHolder(d.object.kind, d.path)).map((d) => d.object.value),
  );
  return { resources: restricted(exported, removed, new Map()) as ExportedResources, held };
}

interface AmbiguousName {
  kind: string;
  path: string[];
  count: number;
}

/** The source's objects by name (as Intercom compares names), and the names it holds more than once. */
function sourceNames(exported: ExportedResources) {
  const all = namedDeclarations(exported as Loose);
  const byName = new Map<string, NamedDeclaration[]>();
  for (const d of all) {
    const key = nameKeyOf(d.object.kind, d.path);
    const group = byName.get(key);
    if (group) group.push(d);
    else byName.set(key, [d]);
  }
  const ambiguous: AmbiguousName[] = [...byName.values()].filter((g) => g.length > 1).map((g) => ({ kind: g[0]!.object.kind, path: g[0]!.path, count: g.length }));
  return {
    all,
    ambiguous,
    named: (kind: string, path: readonly string[]): NamedDeclaration[] => byName.get(nameKeyOf(kind, path)) ?? [],
    /** The ambiguous name that holds an object of `kind` at `path` (a type's attribute, a collection's article). */
    ambiguousHolder: (kind: string, path: readonly string[]): AmbiguousName | undefined => ambiguous.find((name) => holds(name, kind, path)),
  };
}

/** Whether `holder` holds an object of `kind` at `path`: a kind it holds, under its name path. */
function holds(holder: { kind: string; path: readonly string[] }, kind: string, path: readonly string[]): boolean {
  if (path.length <= holder.path.length || !kindsHeldBy(holder.kind).has(kind)) return false;
  return holder.path.every((name, i) => nameKey(name) === nameKey(path[i]!));
}

/** The kinds whose objects `kind`'s objects hold, by name path (see `heldBy`). */
function kindsHeldBy(kind: string): ReadonlySet<string> {
  return HELD_KINDS.get(kind) ?? NONE;
}

const HELD_KINDS = new Map<string, Set<string>>();
for (const module of CHANGE_KIND_MODULES) {
  if (module.heldBy !== undefined) HELD_KINDS.set(module.heldBy, (HELD_KINDS.get(module.heldBy) ?? new Set()).add(module.name));
}
const NONE: ReadonlySet<string> = new Set();

function nameKeyOf(kind: string, path: readonly string[]): string {
  return JSON.stringify([kind, ...path.map(nameKey)]);
}

/** A copy of `data` without the array entries in `removed` (and what they hold), kept objects with their added keys. */
function restricted(data: unknown, removed: ReadonlySet<unknown>, kept: ReadonlyMap<unknown, Loose>): unknown {
  if (Array.isArray(data)) return data.filter((item) => !removed.has(item)).map((item) => restricted(item, removed, kept));
  if (data === null || typeof data !== 'object') return data;
  const copy = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, restricted(v, removed, kept)]));
  return { ...copy, ...kept.get(data) };
}

/**
 * Changes to held objects stay out of the plan, whatever the selection; for a name the
 * source holds more than once, so do changes to what the target holds under it
 * (attributes, child collections, articles), which the source cannot say anything about.
 */
export function heldBarrier(promotion: PromotionInput): Barrier {
  const reasons = new Map<string, string>();
  const holders: { kind: string; path: string[]; reason: string }[] = [];
  for (const object of promotion.held) {
    const reason = `${heldReason(object, promotion.from)}, so it is not promoted`;
    for (const path of [object.path, ...object.former]) reasons.set(JSON.stringify([object.kind, ...path]), reason);
    if (object.why === 'ambiguous' && !object.within) holders.push({ kind: object.kind, path: object.path, reason });
  }
  return (change: Change) => {
    const path = kindOf(change).namePath(change as never);
    return reasons.get(JSON.stringify([change.kind, ...path])) ?? holders.find((holder) => holds(holder, change.kind, path))?.reason;
  };
}

function heldReason(object: HeldObject, from: string): string {
  if (object.why === 'ambiguous') {
    const count = object.count ?? 'several';
    return object.within
      ? `its ${describeNamedObject(object.within)} is one of ${count} with that name in workspace "${from}", and names are how objects are matched`
      : `workspace "${from}" has ${count} with this name, and names are how objects are matched`;
  }
  return object.why === 'absent' ? `workspace "${from}" has none` : `the config declares it only for other workspaces than "${from}"`;
}

/** One note per held object, but none for those inside a held one: their parent's note covers them. */
export function heldNotes(promotion: PromotionInput, target: string): PlanNote[] {
  return promotion.held
    .filter((object) => !object.inside)
    .map((object) => ({
      message:
        `${describeNamedObject(object)} is not promoted: ${heldReason(object, promotion.from)}; "${target}" keeps its own, if it has one, as it is` +
        (object.why === 'ambiguous' ? `. Rename or archive all but one of them in "${promotion.from}" to promote it.` : '.'),
    }));
}
