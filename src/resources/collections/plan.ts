import type { CollectionBody, LiveCollection } from '../../client/live-types.js';
import { diffFields, newFields } from '../../plan/field-diff.js';
import { address, duplicateMessage, type PlanInput, type PlanIssues } from '../../plan/plan-context.js';
import type { Change, FieldChange, IdRef } from '../../plan/plan-types.js';
import { declaredNodes, type DeclaredNode } from './declared-tree.js';
import { LiveCollectionTree } from './live-tree.js';
import { checkFinalDepth } from './final-depth.js';
import { matchCollections } from './match.js';
import { orderCollectionWrites } from './write-order.js';

const TOP_LEVEL = '(top level)';

/**
 * Collections: creates and updates top-down (parents first), then deletions of unlisted
 * collections children-first — or `blocked` entries when deleting was not allowed.
 */
export function planCollections(input: PlanInput, issues: PlanIssues): Change[] {
  if (input.config.help_center?.collections === undefined) return [];
  const tree = new LiveCollectionTree(input.live.collections ?? []);
  const nodes = declaredNodes(input, issues);
  const matches = matchCollections(nodes, tree, issues);
  const changes: Change[] = [];
  const changeFor = new Map<string, Change>(); // live id → change touching it

  for (const node of nodes) {
    const current = matches.get(node);
    const change = current ? planUpdate(node, current, matches, tree) : planCreate(node, matches);
    if (!change) continue;
    changes.push(change);
    if (current) changeFor.set(current.id, change);
  }
  if (input.options.prune) changes.push(...planPrune(input, nodes, matches, tree, changeFor));
  const deletedIds = new Set(changes.filter((c) => c.action === 'delete' && c.id !== undefined).map((c) => c.id!));
  checkFinalDepth(nodes, matches, tree, deletedIds, issues);
  orderCollectionWrites(changes, nodes, matches, tree);
  return changes;
}

function planCreate(node: DeclaredNode, matches: Map<DeclaredNode, LiveCollection>): Change {
  const body: CollectionBody = { name: node.decl.name };
  if (node.decl.description !== undefined) body.description = node.decl.description;
  if (node.decl.translated_content !== undefined) body.translated_content = node.decl.translated_content;
  const parent = parentRef(node, matches);
  const fields: FieldChange[] = newFields({ ...body });
  if (node.parent) fields.push({ path: 'parent', after: node.parent.names.join(' / ') });
  const change: Change = {
    address: node.address,
    kind: 'collection',
    name: node.decl.name,
    help_center: node.helpCenter.identifier,
    path: node.names,
    action: 'create',
    fields,
    operation: { type: 'create_collection', helpCenterId: node.helpCenter.id, parent, body },
  };
  if (parent && 'address' in parent) change.dependsOn = [parent.address];
  return change;
}

function planUpdate(
  node: DeclaredNode,
  current: LiveCollection,
  matches: Map<DeclaredNode, LiveCollection>,
  tree: LiveCollectionTree,
): Change | undefined {
  const fields = diffFields(
    { name: current.name, description: current.description ?? '', translated_content: current.translated_content ?? {} },
    { name: node.decl.name, description: node.decl.description, translated_content: node.decl.translated_content },
  );
  const parent = parentRef(node, matches);
  const wantedParentId = parent && 'id' in parent ? parent.id : parent ? undefined : null;
  const moves = wantedParentId !== current.parent_id;
  if (fields.length === 0 && !moves) return undefined;
  const body: CollectionBody = {};
  const changed = new Set(fields.map((f) => f.path.split('.')[0]));
  if (changed.has('name')) body.name = node.decl.name;
  if (changed.has('description')) body.description = node.decl.description ?? '';
  // Translations go as the whole merged map, so the result is the same whether
  // Intercom merges or replaces translated_content on update.
  if (changed.has('translated_content')) body.translated_content = mergeTranslations(current, node);
  if (moves) {
    const before = tree.pathOf(current).slice(0, -1);
    fields.push({
      path: 'parent',
      before: before.length ? before.join(' / ') : TOP_LEVEL,
      after: node.parent ? node.parent.names.join(' / ') : TOP_LEVEL,
    });
  }
  const change: Change = {
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
  };
  if (moves && parent && 'address' in parent) change.dependsOn = [parent.address];
  return change;
}

function planPrune(
  input: PlanInput,
  nodes: readonly DeclaredNode[],
  matches: Map<DeclaredNode, LiveCollection>,
  tree: LiveCollectionTree,
  changeFor: Map<string, Change>,
): Change[] {
  const claimed = new Set(matches.values());
  const mentioned = new Map(nodes.map((n) => [n.helpCenter.id, n.helpCenter]));
  const unlisted = [...mentioned.values()]
    .flatMap((hc) => tree.inHelpCenter(hc.id).filter((c) => !claimed.has(c)).map((c) => ({ c, hc, path: tree.pathOf(c) })))
    // Deepest first, so children go before their parents.
    .sort((a, b) => b.path.length - a.path.length || a.c.id.localeCompare(b.c.id));

  const changes: Change[] = [];
  for (const { c, hc, path } of unlisted) {
    const change: Change = {
      address: `${address('collection', hc.identifier, ...path)}#${c.id}`,
      kind: 'collection',
      name: c.name,
      id: c.id,
      help_center: hc.identifier,
      path,
      action: 'blocked',
      reason: 'not in the config; deleting a collection needs --allow-delete',
    };
    if (input.options.allowDelete) {
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

function mergeTranslations(current: LiveCollection, node: DeclaredNode): Record<string, unknown> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const [locale, content] of Object.entries(current.translated_content ?? {})) merged[locale] = { ...content };
  for (const [locale, content] of Object.entries(node.decl.translated_content ?? {})) {
    merged[locale] = { ...(merged[locale] ?? {}), ...content };
  }
  return merged;
}
