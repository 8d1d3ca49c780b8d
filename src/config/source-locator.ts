import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../errors.js';
import type { ConfigPath, SourceLocator } from './parts/findings.js';

export type { SourceLocator } from './parts/findings.js';

interface Step {
  key?: Node;
  value: Node;
}

export function createLocator(doc: Document, lineCounter: LineCounter, file: string, source: string): SourceLocator {
  const position = (node: Node | undefined): SourceLocation | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  // Steps from the root as far along `path` as the document goes.
  const walk = (path: ConfigPath): Step[] => {
    const root = doc.contents;
    if (!root) return [];
    const steps: Step[] = [{ value: root }];
    let node: Node = root;
    for (const segment of path) {
      const next = child(doc, node, segment);
      if (!next) break;
      steps.push(next);
      node = next.value;
    }
    return steps;
  };

  return {
    value(path) {
      const steps = walk(path);
      for (let i = steps.length - 1; i >= 0; i--) {
        const found = position(steps[i]?.value) ?? position(steps[i]?.key);
        if (found) return found;
      }
      return { file, line: 1, column: 1 };
    },
    key(path) {
      const steps = walk(path);
      const last = steps.length === path.length + 1 ? steps[steps.length - 1] : undefined;
      return position(last?.key) ?? this.value(path);
    },
    text(path) {
      const steps = walk(path);
      if (steps.length !== path.length + 1) return undefined;
      const range = steps[steps.length - 1]?.value.range;
      return range ? source.slice(range[0], range[1]).trim() : undefined;
    },
  };
}

function child(doc: Document, parent: Node, segment: string | number): Step | undefined {
  const node = isAlias(parent) ? (parent.resolve(doc) as Node | undefined) : parent;
  if (!node) return undefined;
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item && typeof item === 'object' ? { value: item as Node } : undefined;
  }
  if (!isMap(node)) return undefined;
  const merged: Node[] = [];
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    if (isMergeKey(key.value)) {
      if (pair.value) merged.push(pair.value as Node);
      continue;
    }
    if (String(key.value) === String(segment)) {
      // `key:` with nothing after it has no value node; point at the key instead.
      const value = (pair.value as Node | null) ?? key;
      return { key, value };
    }
  }
  // A key that came in through `<<: *anchor` lives where the anchor was written.
  for (const source of merged) {
    const sources = isSeq(source) ? (source.items as Node[]) : [source];
    for (const item of sources) {
      const found = child(doc, item, segment);
      if (found) return found;
    }
  }
  return undefined;
}

function isMergeKey(value: unknown): boolean {
  return value === '<<' || typeof value === 'symbol';
}

/** A locator built on first use: finding positions needs the full parse, which most loads never do. */
export function lazyLocator(build: () => SourceLocator): SourceLocator {
  let locator: SourceLocator | undefined;
  const get = (): SourceLocator => (locator ??= build());
  return {
    value: (path) => get().value(path),
    key: (path) => get().key(path),
    text: (path) => get().text(path),
  };
}
