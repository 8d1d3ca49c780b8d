import type { ConfigPath, Finding } from '../../config/parts/findings.js';
import { at } from '../../config/parts/findings.js';
import { isRecord, records, text, type Loose, type RuleContext } from '../../config/parts/loose.js';
import { findNameClashes } from '../../config/parts/name-clashes.js';
import type { DeclaredObject } from '../kind.js';
import { MAX_COLLECTION_DEPTH } from './schema.js';

const COLLECTION_NAMES = { noun: 'collection', key: 'name', previousKey: 'previous_names' };

/** Collections: unique among siblings, at most three levels, help center named only at the top. */
export function checkCollections(data: Loose, context: RuleContext): Finding[] {
  const helpCenter = data['help_center'];
  if (!isRecord(helpCenter)) return [];
  const path: ConfigPath = ['help_center', 'collections'];
  const top = records(helpCenter['collections']);
  const findings: Finding[] = [];
  // Top-level siblings are those in the same help center (unnamed = the default one).
  const byHelpCenter = new Map<string, Array<[number, Loose]>>();
  for (const entry of top) {
    const key = text(entry[1]['help_center']) ?? '';
    byHelpCenter.set(key, [...(byHelpCenter.get(key) ?? []), entry]);
  }
  for (const siblings of byHelpCenter.values()) findings.push(...findNameClashes(siblings, path, COLLECTION_NAMES, context));
  for (const [index, collection] of top) findings.push(...checkChildren(collection, [...path, index], 1, context));
  return findings;
}

function checkChildren(parent: Loose, parentPath: ConfigPath, parentDepth: number, context: RuleContext): Finding[] {
  const path = [...parentPath, 'collections'];
  const children = records(parent['collections']);
  const depth = parentDepth + 1;
  if (children.length === 0) return [];
  if (depth > MAX_COLLECTION_DEPTH) {
    return children.map(([index]) =>
      at(
        [...path, index],
        `this collection is nested ${depth} levels deep; Intercom allows at most ${MAX_COLLECTION_DEPTH} (collection, sub-collection, sub-sub-collection), so move it up a level`,
      ),
    );
  }
  const findings = findNameClashes(children, path, COLLECTION_NAMES, context);
  for (const [index, child] of children) {
    const childPath = [...path, index];
    if (child['help_center'] !== undefined) {
      findings.push(at([...childPath, 'help_center'], 'only top-level collections name a help center; a child is always in its parent\'s help center, so remove it', 'key'));
    }
    findings.push(...checkChildren(child, childPath, depth, context));
  }
  return findings;
}

/** Every declared collection, top-down, each child with its parent. */
export function declaredCollections(data: Loose): DeclaredObject[] {
  const helpCenter = data['help_center'];
  if (!isRecord(helpCenter)) return [];
  const out: DeclaredObject[] = [];
  const visit = (list: unknown, path: ConfigPath, parent: DeclaredObject | undefined): void => {
    for (const [i, value] of records(list)) {
      const object: DeclaredObject = { kind: 'collection', path: [...path, i], value };
      if (parent) object.parent = { object: parent, noun: 'parent collection' };
      out.push(object);
      visit(value['collections'], [...path, i, 'collections'], object);
    }
  };
  visit(helpCenter['collections'], ['help_center', 'collections'], undefined);
  return out;
}
