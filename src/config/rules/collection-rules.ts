import { MAX_COLLECTION_DEPTH } from '../api-versions.js';
import type { ConfigPath, Finding } from '../findings.js';
import { at } from '../findings.js';
import { findNameClashes } from './name-clashes.js';
import { isRecord, records, scopeOf, text, type Loose, type RuleContext } from './loose.js';
import { checkScopeWithinParent } from './scope-rules.js';

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
  for (const [index, collection] of top) {
    findings.push(...checkChildren(collection, [...path, index], 1, scopeOf(collection), context));
  }
  return findings;
}

/** `parentScope`: the workspaces the parent exists in, inherited from its ancestors when it has no list. */
function checkChildren(parent: Loose, parentPath: ConfigPath, parentDepth: number, parentScope: string[] | undefined, context: RuleContext): Finding[] {
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
    findings.push(...checkScopeWithinParent(scopeOf(child), parentScope, [...childPath, 'workspaces'], 'parent collection'));
    findings.push(...checkChildren(child, childPath, depth, scopeOf(child) ?? parentScope, context));
  }
  return findings;
}
