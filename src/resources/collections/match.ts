import type { LiveCollection } from '../../client/live-types.js';
import type { PlanIssues } from '../../plan/plan-issues.js';
import { duplicateMessage } from '../kit/match-by-name.js';
import type { DeclaredNode } from './declared-tree.js';
import type { LiveCollectionTree } from './live-tree.js';

/**
 * Finds the live collection for each declared one, top-down, in this order:
 * 1. same name under the (matched) parent; 2. a previous name there;
 * 3. at `previous_path`; 4. the same name anywhere else in the help center, when no
 * declared collection sits at that live one's place (it moved under another parent).
 * Every stage is a lookup in the tree's indexes, so matching stays linear in size.
 */
export function matchCollections(
  nodes: readonly DeclaredNode[],
  tree: LiveCollectionTree,
  issues: PlanIssues,
  ignored: ReadonlySet<LiveCollection> = new Set(),
): Map<DeclaredNode, LiveCollection> {
  const matches = new Map<DeclaredNode, LiveCollection>();
  // Ignored collections are never matched, so never renamed or moved.
  const claimed = new Set<LiveCollection>(ignored);
  // Only a declared collection found nowhere else reaches stage 4, which needs these.
  let reserved: Set<LiveCollection> | undefined;
  const free = (list: readonly LiveCollection[]) => (list.some((c) => claimed.has(c)) ? list.filter((c) => !claimed.has(c)) : list);

  const elsewhere = (node: DeclaredNode): readonly LiveCollection[] => {
    const hc = node.helpCenter.id;
    const names = [node.decl.name, ...(node.decl.previous_names ?? [])];
    const previousPath = node.decl.previous_path;
    const atPreviousPath = previousPath ? free(names.flatMap((n) => tree.atPath(hc, [...previousPath, n]))) : [];
    if (atPreviousPath.length > 0) return atPreviousPath;
    const taken = (reserved ??= reservedPlaces(nodes, tree));
    return free(tree.inHelpCenterNamed(hc, names)).filter((c) => !taken.has(c));
  };

  for (const node of nodes) {
    const hc = node.helpCenter.id;
    const previousNames = node.decl.previous_names ?? [];
    const parentKnown = !node.parent || matches.has(node.parent);
    const parentId = node.parent ? (matches.get(node.parent)?.id ?? null) : null;

    let found = parentKnown ? free(tree.childrenNamed(hc, parentId, node.decl.name)) : [];
    if (found.length === 0 && parentKnown && previousNames.length > 0) {
      found = free(tree.childrenNamedAny(hc, parentId, previousNames));
    }
    if (found.length === 0) found = elsewhere(node);

    if (found.length > 1) {
      issues.add([...node.configPath, 'name'], duplicateMessage(node.names.join(' / '), found));
    } else if (found[0]) {
      matches.set(node, found[0]);
      claimed.add(found[0]);
    }
  }
  return matches;
}

/**
 * Live collections that sit exactly where a declared collection is declared (its path of
 * names). Stage 4 leaves them alone: they belong to that declaration, not to a mover.
 * Nodes come parents first, so each node's places extend its parent's.
 */
function reservedPlaces(nodes: readonly DeclaredNode[], tree: LiveCollectionTree): Set<LiveCollection> {
  const reserved = new Set<LiveCollection>();
  const places = new Map<DeclaredNode, readonly LiveCollection[]>();
  for (const node of nodes) {
    const hc = node.helpCenter.id;
    const name = node.decl.name;
    const here = node.parent
      ? (places.get(node.parent) ?? []).flatMap((p) => tree.childrenNamed(hc, p.id, name))
      : tree.childrenNamed(hc, null, name);
    places.set(node, here);
    if (here.length === 1 && here[0]) reserved.add(here[0]);
  }
  return reserved;
}
