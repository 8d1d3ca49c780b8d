import { isAlias, isMap, isPair, isSeq, type Document, type Node } from 'yaml';

/**
 * Values a YAML file may hold once aliases are expanded. A hand-written config of
 * thousands of objects stays far below; 160 KB of nested aliases can reach millions
 * (the "billion laughs" pattern), which would then be validated and planned in memory.
 */
export const MAX_EXPANDED_NODES = 500_000;

export interface ExpansionOverflow {
  /** Where the running count first went past the limit: usually an alias. */
  node: Node;
  /** The count at that point (at least limit + 1; Infinity for absurd nesting). */
  count: number;
}

/**
 * Counts the nodes (mappings, lists, keys and scalars) the document becomes when every
 * alias is replaced by what it points at, in document order, and reports the first node
 * at which the count exceeds `limit`. Costs one pass over the written nodes: the size of
 * each anchored block is computed once. Recursive aliases must have been ruled out.
 */
export function findExpansionOverflow(doc: Document, limit = MAX_EXPANDED_NODES): ExpansionOverflow | undefined {
  const sizes = new Map<Node, number>();
  const sizeOf = (node: Node): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      return target ? sizeOf(target) : 1;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let size = 1;
    for (const child of childrenOf(node)) size += sizeOf(child);
    sizes.set(node, size);
    return size;
  };

  let count = 0;
  const walk = (node: Node): ExpansionOverflow | undefined => {
    if (isAlias(node)) {
      count += sizeOf(node);
      return count > limit ? { node, count } : undefined;
    }
    count += 1;
    if (count > limit) return { node, count };
    for (const child of childrenOf(node)) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  return doc.contents ? walk(doc.contents as Node) : undefined;
}

function childrenOf(node: Node): Node[] {
  if (!isMap(node) && !isSeq(node)) return [];
  const out: Node[] = [];
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      if (item.key && typeof item.key === 'object') out.push(item.key as Node);
      if (item.value && typeof item.value === 'object') out.push(item.value as Node);
    } else if (item && typeof item === 'object') {
      out.push(item as Node);
    }
  }
  return out;
}
