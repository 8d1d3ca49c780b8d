import type { CollectionBody, LiveCollection, LiveHelpCenter } from '../../client/live-types.js';
import { newFields } from '../../plan/field-diff.js';
import { address, type ChangeBase, type FieldChange, type IdRef } from '../../plan/plan-types.js';
import type { KindPlanContext } from '../kind.js';
import { managedFields } from '../kit/managed-fields.js';
import { nameFormNote } from '../kit/match-by-name.js';
import { declaredNodes, type DeclaredNode } from './declared-tree.js';
import { defaultHelpCenter, placeCollections } from './help-centers.js';
import { ignoredCollections } from './ignored.js';
import { LiveCollectionTree } from './live-tree.js';
import { checkFinalDepth } from './final-depth.js';
import { changedTranslations, declaredTranslations } from './translations.js';
import { matchCollections } from './match.js';
import type { DesiredCollection } from './schema.js';
import { orderCollectionWrites } from './write-order.js';

export type CollectionOperation =
  | { type: 'create_collection'; helpCenterId: string; parent: IdRef | null; body: CollectionBody }
  | { type: 'update_collection'; collectionId: string; parent?: IdRef | null; body: CollectionBody }
  | { type: 'delete_collection'; collectionId: string };

export type CollectionChange = ChangeBase<'collection', CollectionOperation> & {
  /** Help center identifier. */
  help_center: string;
  /** Names from the top level down. */
  path: string[];
};

/** Intercom answers a missing description as null and untranslated content as nothing. */
export const COLLECTION_FIELDS = managedFields<DesiredCollection, LiveCollection, CollectionBody>()({
  name: {},
  description: { live: (c) => c.description ?? '' },
  translated_content: { live: (c) => c.translated_content ?? {} },
});

const TOP_LEVEL = '(top level)';

/**
 * Collections: creates and updates top-down (parents first), then deletions of unlisted
 * collections children-first — or `blocked` entries when deleting was not allowed.
 */
export function planCollections(declared: readonly DesiredCollection[], ctx: KindPlanContext): CollectionChange[] {
  const { issues } = ctx;
  const tree = new LiveCollectionTree(placeCollections(ctx.live.collections ?? [], ctx.live.helpCenters ?? []));
  const nodes = declaredNodes(declared, ctx);
  const ignored = ignoredCollections(tree, ctx.ignore);
  const matches = matchCollections(nodes, tree, issues, ignored);
  const changes: CollectionChange[] = [];
  const changeFor = new Map<string, CollectionChange>(); // live id → change touching it

  for (const node of nodes) {
    const current = matches.get(node);
    const formNote = current && nameFormNote(`collection "${node.names.join(' / ')}"`, node.decl.name, current);
    if (formNote) ctx.notes.push({ address: node.address, message: formNote });
    const change = current ? planUpdate(node, current, matches, tree) : planCreate(node, matches);
    if (!change) continue;
    changes.push(change);
    if (current) changeFor.set(current.id, change);
  }
  if (ctx.options.prune) changes.push(...planPrune(ctx.options.allowDelete, nodes, pruneScope(declared, nodes, ctx), matches, tree, changeFor, ignored));
  const deletedIds = new Set(changes.filter((c) => c.action === 'delete' && c.id !== undefined).map((c) => c.id!));
  checkFinalDepth(nodes, matches, tree, deletedIds, issues);
  orderCollectionWrites(changes, nodes, matches, tree);
  return changes;
}

/** The managed fields as declared; the default locale's translation is the name and description themselves. */
function desiredOf(node: DeclaredNode, current?: LiveCollection): Record<string, unknown> {
  return { ...COLLECTION_FIELDS.desired(node.decl), translated_content: declaredTranslations(node, current) };
}

function planCreate(node: DeclaredNode, matches: Map<DeclaredNode, LiveCollection>): CollectionChange {
  const body = COLLECTION_FIELDS.body(desiredOf(node));
  const parent = parentRef(node, matches);
  const fields: FieldChange[] = newFields({ ...body });
  if (node.parent) fields.push({ path: 'parent', after: node.parent.names.join(' / ') });
  const change: CollectionChange = {
    address: node.address,
    kind: 'collection',
    name: node.decl.name,
    help_center: node.helpCenter.identifier,
    path: node.names,
    action: 'create',
    fields,
    operation: { type: 'create_collection', helpCenterId: node.helpCenter.id, parent, body },
    source: node.configPath,
  };
  if (parent && 'address' in parent) change.dependsOn = [parent.address];
  return change;
}

function planUpdate(
  node: DeclaredNode,
  current: LiveCollection,
  matches: Map<DeclaredNode, LiveCollection>,
  tree: LiveCollectionTree,
): CollectionChange | undefined {
  const fields = COLLECTION_FIELDS.changes(COLLECTION_FIELDS.live(current), desiredOf(node, current));
  const parent = parentRef(node, matches);
  const wantedParentId = parent && 'id' in parent ? parent.id : parent ? undefined : null;
  const moves = wantedParentId !== current.parent_id;
  if (fields.length === 0 && !moves) return undefined;
  const body: CollectionBody = {};
  const changed = new Set(fields.map((f) => f.path.split('.')[0]));
  if (changed.has('name')) body.name = node.decl.name;
  if (changed.has('description')) body.description = node.decl.description ?? '';
  if (changed.has('translated_content')) body.translated_content = changedTranslations(fields, current, node);
  if (moves) {
    const before = tree.pathOf(current).slice(0, -1);
    fields.push({
      path: 'parent',
      before: before.length ? before.join(' / ') : TOP_LEVEL,
      after: node.parent ? node.parent.names.join(' / ') : TOP_LEVEL,
    });
  }
  const change: CollectionChange = {
    address: node.address,
    kind: 'collection',
    name: node.decl.name,
    help_center: node.helpCenter.identifier,
    path: node.names,
    action: 'update',
    id: current.id,
    fields,
    operation: moves
      ? { type: 'update_collection', collectionId: current.id, parent, body }
      : { type: 'update_collection', collectionId: current.id, body },
    source: node.configPath,
  };
  if (moves && parent && 'address' in parent) change.dependsOn = [parent.address];
  return change;
}

/**
 * The help centers prune works in: those the declared collections live in. `collections: []`
 * declares that the default help center has none (a top-level collection without
 * `help_center:` lives there), as `attributes: []` does for a type's attributes.
 */
function pruneScope(declared: readonly DesiredCollection[], nodes: readonly DeclaredNode[], ctx: KindPlanContext): LiveHelpCenter[] {
  const scope = new Map(nodes.map((n) => [n.helpCenter.id, n.helpCenter]));
  const fallback = declared.length === 0 ? defaultHelpCenter(ctx.live.helpCenters ?? []) : undefined;
  if (fallback) scope.set(fallback.id, fallback);
  return [...scope.values()];
}

function planPrune(
  allowDelete: boolean,
  nodes: readonly DeclaredNode[],
  helpCenters: readonly LiveHelpCenter[],
  matches: Map<DeclaredNode, LiveCollection>,
  tree: LiveCollectionTree,
  changeFor: Map<string, CollectionChange>,
  ignored: ReadonlySet<LiveCollection>,
): CollectionChange[] {
  const claimed = new Set([...matches.values(), ...ignored]);
  const holding = holdersOf(ignored, tree);
  const unlisted = helpCenters
    .flatMap((hc) => tree.inHelpCenter(hc.id).filter((c) => !claimed.has(c)).map((c) => ({ c, hc, path: tree.pathOf(c) })))
    // Deepest first, so children go before their parents.
    .sort((a, b) => b.path.length - a.path.length || a.c.id.localeCompare(b.c.id));

  const changes: CollectionChange[] = [];
  for (const { c, hc, path } of unlisted) {
    const change: CollectionChange = {
      address: `${address('collection', hc.identifier, ...path)}#${c.id}`,
      kind: 'collection',
      name: c.name,
      id: c.id,
      help_center: hc.identifier,
      path,
      action: 'blocked',
      reason: 'not in the config; deleting a collection needs --allow-delete',
    };
    const kept = holding.get(c);
    if (kept) {
      change.reason = `not in the config, but it holds "${tree.pathOf(kept).join(' / ')}", which \`ignore:\` keeps; a collection goes only with everything in it`;
    } else if (allowDelete) {
      change.action = 'delete';
      change.reason = 'not in the config (prune --allow-delete)';
      change.operation = { type: 'delete_collection', collectionId: c.id };
      const dependsOn = tree
        .childrenAnywhere(c.id)
        .map((child) => changeFor.get(child.id)?.address)
        .filter((a): a is string => a !== undefined);
      if (dependsOn.length) change.dependsOn = dependsOn;
    }
    changes.push(change);
    changeFor.set(c.id, change);
  }
  return changes;
}

/** The declared parent as a live id, or as the address of its create; null at the top level. */
function parentRef(node: DeclaredNode, matches: Map<DeclaredNode, LiveCollection>): IdRef | null {
  if (!node.parent) return null;
  const live = matches.get(node.parent);
  return live ? { id: live.id } : { address: node.parent.address };
}

/** Each collection that holds an ignored one (at any depth), with one it holds. */
function holdersOf(ignored: ReadonlySet<LiveCollection>, tree: LiveCollectionTree): Map<LiveCollection, LiveCollection> {
  const out = new Map<LiveCollection, LiveCollection>();
  for (const kept of ignored) {
    const seen = new Set<string>([kept.id]);
    for (let p = kept.parent_id ? tree.get(kept.parent_id) : undefined; p && !seen.has(p.id); p = p.parent_id ? tree.get(p.parent_id) : undefined) {
      seen.add(p.id);
      if (!out.has(p)) out.set(p, kept);
    }
  }
  return out;
}
