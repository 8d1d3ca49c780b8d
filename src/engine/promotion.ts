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
 */
import type { IntercomConfig } from '../config/config-types.js';
import type { Loose } from '../config/parts/loose.js';
import type { ExportedResources } from '../export/export-resources.js';
import type { PlanNote } from '../plan/plan-types.js';
import { describeNamedObject } from '../resources/ignore.js';
import { declaredIn, FORMER_NAME_KEYS, namedDeclarations } from '../resources/declared-names.js';
import { kindOf, type Change } from '../resources/registry.js';
import type { Barrier } from './selection.js';

/** An object the file declares for the target that the promotion leaves alone. */
export interface HeldObject {
  kind: string;
  path: string[];
  /** Its name paths under former names: the target may still hold it under one. */
  former: string[][];
  /** The source has none (`absent`), or the file declares it only for other workspaces (`scoped`). */
  why: 'absent' | 'scoped';
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
  const key = (kind: string, path: readonly string[]) => JSON.stringify([kind, ...path]);
  const source = new Map(namedDeclarations(exported as Loose).map((d) => [key(d.object.kind, d.path), d]));
  // Kept objects, each with the keys it takes from its declaration (former names).
  const kept = new Map<unknown, Loose>();
  const promoted: PromotedResources['promoted'] = [];
  const held: HeldObject[] = [];
  const heldDeclarations = new Set<unknown>();
  for (const declared of namedDeclarations(config as unknown as Loose)) {
    if (!declaredIn(declared, target)) continue;
    const { kind, value } = declared.object;
    const found = source.get(key(kind, declared.path));
    if (found === undefined) {
      const object: HeldObject = { kind, path: declared.path, former: declared.former, why: declaredIn(declared, from) ? 'absent' : 'scoped' };
      if (declared.object.parent && heldDeclarations.has(declared.object.parent.object)) object.inside = true;
      heldDeclarations.add(declared.object);
      held.push(object);
      continue;
    }
    kept.set(found.object.value, Object.fromEntries(FORMER_NAME_KEYS.flatMap((name) => (value[name] !== undefined ? [[name, value[name]]] : []))));
    promoted.push({ kind, path: declared.path });
  }
  const removed = new Set([...source.values()].map((d) => d.object.value).filter((value) => !kept.has(value)));
  return { resources: restricted(exported, removed, kept) as ExportedResources, promoted, held };
}

/** A copy of `data` without the array entries in `removed` (and what they hold), kept objects with their added keys. */
function restricted(data: unknown, removed: ReadonlySet<unknown>, kept: ReadonlyMap<unknown, Loose>): unknown {
  if (Array.isArray(data)) return data.filter((item) => !removed.has(item)).map((item) => restricted(item, removed, kept));
  if (data === null || typeof data !== 'object') return data;
  const copy = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, restricted(v, removed, kept)]));
  return { ...copy, ...kept.get(data) };
}

/** Changes to held objects stay out of the plan, whatever the selection. */
export function heldBarrier(promotion: PromotionInput): Barrier {
  const reasons = new Map<string, string>();
  for (const object of promotion.held) {
    const reason = `${heldReason(object, promotion.from)}, so it is not promoted`;
    for (const path of [object.path, ...object.former]) reasons.set(JSON.stringify([object.kind, ...path]), reason);
  }
  return (change: Change) => reasons.get(JSON.stringify([change.kind, ...kindOf(change).namePath(change as never)]));
}

function heldReason(object: HeldObject, from: string): string {
  return object.why === 'absent' ? `workspace "${from}" has none` : `the config declares it only for other workspaces than "${from}"`;
}

/** One note per held object, but none for those inside a held one: their parent's note covers them. */
export function heldNotes(promotion: PromotionInput, target: string): PlanNote[] {
  return promotion.held
    .filter((object) => !object.inside)
    .map((object) => ({ message: `${describeNamedObject(object)} is not promoted: ${heldReason(object, promotion.from)}; "${target}" keeps its own, if it has one, as it is.` }));
}
