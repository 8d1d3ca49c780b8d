import type { LiveCollection } from '../../client/live-types.js';
import type { DeclaredNode } from './declared-tree.js';
import type { LiveCollectionTree } from './live-tree.js';
import type { CollectionChange } from './plan.js';

/**
 * Orders collection writes so that each one is valid when it runs, not only the end
 * state: Intercom refuses any write that would nest collections more than three levels
 * deep, or move a collection into its own sub-collections, even for a moment. Adds
 * `dependsOn` edges (never one that would close a cycle):
 * - a create or move under a parent that itself moves up waits for that move, so the
 *   parent is no deeper than it will end up;
 * - a move that takes a collection deeper, or under one of its own sub-collections, waits
 *   for every move and delete among its sub-collections, so its subtree is no taller than
 *   it will end up (and the new parent is out of it).
 */
export function orderCollectionWrites(
  changes: readonly CollectionChange[],
  nodes: readonly DeclaredNode[],
  matches: ReadonlyMap<DeclaredNode, LiveCollection>,
  tree: LiveCollectionTree,
): void {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const moveOrDeleteOf = new Map<string, CollectionChange>();
  for (const change of changes) {
    const op = change.operation;
    const moves = op?.type === 'update_collection' && op.parent !== undefined;
    if (change.id !== undefined && (moves || op?.type === 'delete_collection')) moveOrDeleteOf.set(change.id, change);
  }
  const depthNow = (live: LiveCollection) => tree.pathOf(live).length;

  for (const node of nodes) {
    const change = byAddress.get(node.address);
    const op = change?.operation;
    if (!change || !(op?.type === 'create_collection' || (op?.type === 'update_collection' && op.parent !== undefined))) continue;

    for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) {
      const live = matches.get(ancestor);
      const move = live && moveOrDeleteOf.get(live.id);
      if (live && move && ancestor.names.length < depthNow(live)) addEdge(change, move, byAddress);
    }

    const live = matches.get(node);
    if (op.type !== 'update_collection' || !live) continue;
    const descendants = descendantsOf(tree, live);
    const intoOwnSubtree = ancestorsOf(node).some((a) => {
      const l = matches.get(a);
      return l !== undefined && descendants.includes(l);
    });
    if (!intoOwnSubtree && node.names.length <= depthNow(live)) continue;
    for (const d of descendants) {
      const settling = moveOrDeleteOf.get(d.id);
      if (settling) addEdge(change, settling, byAddress);
    }
  }
}

function ancestorsOf(node: DeclaredNode): DeclaredNode[] {
  const out: DeclaredNode[] = [];
  for (let a = node.parent; a; a = a.parent) out.push(a);
  return out;
}

function descendantsOf(tree: LiveCollectionTree, live: LiveCollection): LiveCollection[] {
  const out: LiveCollection[] = [];
  const visit = (parent: LiveCollection): void => {
    for (const child of tree.childrenOf(parent.help_center_id ?? '', parent.id)) {
      if (out.includes(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(live);
  return out;
}

/** `from` waits for `to`, unless `to` already (indirectly) waits for `from`. */
function addEdge(from: CollectionChange, to: CollectionChange, byAddress: ReadonlyMap<string, CollectionChange>): void {
  if (from === to || from.dependsOn?.includes(to.address) || reaches(to, from.address, byAddress)) return;
  from.dependsOn = [...(from.dependsOn ?? []), to.address];
}

function reaches(start: CollectionChange, target: string, byAddress: ReadonlyMap<string, CollectionChange>): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const change = stack.pop()!;
    for (const next of change.dependsOn ?? []) {
      if (next === target) return true;
      const found = byAddress.get(next);
      if (found && !seen.has(next)) {
        seen.add(next);
        stack.push(found);
      }
    }
  }
  return false;
}
