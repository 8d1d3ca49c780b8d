import type { LiveCollection } from '../../client/live-types.js';
import type { PlanIssues } from '../../plan/plan-issues.js';
import type { DeclaredNode } from './declared-tree.js';
import type { LiveCollectionTree } from './live-tree.js';
import { MAX_COLLECTION_DEPTH } from './schema.js';

/**
 * A live collection that the config does not list stays under its live parent, so it
 * moves along when that parent moves. If that would put it deeper than Intercom allows,
 * no order of writes can reach the config: refuse at plan time, before any write.
 * (Declared collections are already limited to three levels by the config rules.)
 */
export function checkFinalDepth(
  nodes: readonly DeclaredNode[],
  matches: ReadonlyMap<DeclaredNode, LiveCollection>,
  tree: LiveCollectionTree,
  deletedIds: ReadonlySet<string>,
  issues: PlanIssues,
): void {
  const nodeOf = new Map<LiveCollection, DeclaredNode>();
  for (const node of nodes) {
    const live = matches.get(node);
    if (live) nodeOf.set(live, node);
  }
  for (const node of nodes) {
    const live = matches.get(node);
    if (!live) continue;
    // Unlisted live collections below this one, with their depth in the final tree.
    const deepest = deepestUnlisted(tree, live, node.names.length, nodeOf, deletedIds);
    if (!deepest || deepest.depth <= MAX_COLLECTION_DEPTH) continue;
    issues.add(
      [...node.configPath, 'name'],
      `collection "${node.names.join(' / ')}" would bring along "${deepest.collection.name}", which is in Intercom but not in the config, ` +
        `and put it ${deepest.depth} levels deep; Intercom allows at most ${MAX_COLLECTION_DEPTH}. Declare "${deepest.collection.name}" ` +
        'where it should go, or delete it (plan with --prune --allow-delete)',
    );
  }
}

function deepestUnlisted(
  tree: LiveCollectionTree,
  parent: LiveCollection,
  parentDepth: number,
  nodeOf: ReadonlyMap<LiveCollection, DeclaredNode>,
  deletedIds: ReadonlySet<string>,
): { collection: LiveCollection; depth: number } | undefined {
  let deepest: { collection: LiveCollection; depth: number } | undefined;
  for (const child of tree.childrenOf(parent.help_center_id ?? '', parent.id)) {
    // Listed children go where the config puts them; deleted ones go away.
    if (nodeOf.has(child) || deletedIds.has(child.id)) continue;
    const here = { collection: child, depth: parentDepth + 1 };
    const below = deepestUnlisted(tree, child, parentDepth + 1, nodeOf, deletedIds);
    const candidate = below && below.depth > here.depth ? below : here;
    if (!deepest || candidate.depth > deepest.depth) deepest = candidate;
  }
  return deepest;
}
