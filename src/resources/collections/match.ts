import type { LiveCollection } from '../../client/live-types.js';
import { duplicateMessage, type PlanIssues } from '../../plan/plan-context.js';
import type { DeclaredNode } from './declared-tree.js';
import type { LiveCollectionTree } from './live-tree.js';

/**
 * Finds the live collection for each declared one, top-down, in this order:
 * 1. same name under the (matched) parent; 2. a previous name there;
 * 3. at `previous_path`; 4. the same name anywhere else in the help center, when no
 * declared collection sits at that live one's place (it moved under another parent).
 */
export function matchCollections(
  nodes: readonly DeclaredNode[],
  tree: LiveCollectionTree,
  issues: PlanIssues,
): Map<DeclaredNode, LiveCollection> {
  const matches = new Map<DeclaredNode, LiveCollection>();
  const claimed = new Set<LiveCollection>();
  const reserved = new Set<LiveCollection>();
  for (const node of nodes) {
    const here = tree.atPath(node.helpCenter.id, node.names);
    if (here.length === 1 && here[0]) reserved.add(here[0]);
  }

  for (const node of nodes) {
    const names = [node.decl.name, ...(node.decl.previous_names ?? [])];
    const free = (list: readonly LiveCollection[]) => list.filter((c) => !claimed.has(c));
    const parentKnown = !node.parent || matches.has(node.parent);
    const siblings = parentKnown ? free(tree.childrenOf(node.helpCenter.id, node.parent ? matches.get(node.parent)!.id : null)) : [];

    const stages: (() => LiveCollection[])[] = [
      () => siblings.filter((c) => c.name === node.decl.name),
      () => siblings.filter((c) => names.slice(1).includes(c.name)),
      () =>
        node.decl.previous_path
          ? free(names.flatMap((n) => tree.atPath(node.helpCenter.id, [...node.decl.previous_path!, n])))
          : [],
      () => free(tree.inHelpCenter(node.helpCenter.id)).filter((c) => names.includes(c.name) && !reserved.has(c)),
    ];
    for (const stage of stages) {
      const found = stage();
      if (found.length === 0) continue;
      if (found.length > 1) {
        issues.add([...node.configPath, 'name'], duplicateMessage(node.names.join(' / '), found));
      } else {
        matches.set(node, found[0]!);
        claimed.add(found[0]!);
      }
      break;
    }
  }
  return matches;
}
