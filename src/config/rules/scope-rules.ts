import { closestMatch } from '../did-you-mean.js';
import type { ConfigPath, Finding } from '../findings.js';
import { at, listOf, quote } from '../findings.js';
import { duplicateTexts } from './duplicate-texts.js';
import { isRecord, records, texts, type Loose, type RuleContext } from './loose.js';

/** Every `workspaces: [...]` list on a resource names declared workspaces, each once. */
export function checkScopeReferences(data: Loose, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const check = (resource: Loose, path: ConfigPath): void => {
    const list = resource['workspaces'];
    if (!Array.isArray(list)) return;
    findings.push(...duplicateTexts(list, [...path, 'workspaces'], 'workspace'));
    for (const [i, name] of texts(list)) {
      if (name === '' || context.workspaceNames.includes(name)) continue;
      const guess = closestMatch(name, context.workspaceNames);
      const hint = guess !== undefined ? `did you mean ${quote(guess)}?` : `declared workspaces are ${listOf(context.workspaceNames) || '(none)'}`;
      findings.push(at([...path, 'workspaces', i], `workspace ${quote(name)} is not declared under \`workspaces:\`; ${hint}`));
    }
  };
  for (const [i, state] of records(data['ticket_states'])) check(state, ['ticket_states', i]);
  for (const [i, type] of records(data['ticket_types'])) {
    check(type, ['ticket_types', i]);
    for (const [j, attribute] of records(type['attributes'])) check(attribute, ['ticket_types', i, 'attributes', j]);
  }
  const visitCollections = (list: unknown, path: ConfigPath): void => {
    for (const [i, collection] of records(list)) {
      check(collection, [...path, i]);
      visitCollections(collection['collections'], [...path, i, 'collections']);
    }
  };
  const helpCenter = data['help_center'];
  if (isRecord(helpCenter)) visitCollections(helpCenter['collections'], ['help_center', 'collections']);
  return findings;
}

/**
 * A child (attribute, sub-collection) cannot exist where its parent does not, so its
 * `workspaces:` must be a subset of the parent's.
 */
export function checkScopeWithinParent(
  scope: string[] | undefined,
  parentScope: string[] | undefined,
  path: ConfigPath,
  parentNoun: string,
): Finding[] {
  if (parentScope === undefined) return [];
  if (scope === undefined) return [];
  const outside = scope.filter((name) => !parentScope.includes(name));
  if (outside.length === 0) return [];
  return [
    at(path, `lists ${listOf(outside.map(quote))}, but its ${parentNoun} exists only in ${listOf(parentScope.map(quote))}; a child cannot exist where its parent does not`),
  ];
}
