import { closestMatch } from '../did-you-mean.js';
import type { ConfigPath, Finding } from '../parts/findings.js';
import { at, listOf, quote } from '../parts/findings.js';
import { duplicateTexts } from '../parts/duplicate-texts.js';
import { scopeOf, texts, type Loose, type RuleContext } from '../parts/loose.js';
import type { DeclaredObject } from '../../resources/kind.js';
import { KINDS } from '../../resources/registry.js';

/**
 * Every `workspaces: [...]` list on a declared object of any kind names declared
 * workspaces, each once; an object declared inside another (an attribute in its ticket
 * type, a sub-collection in its parent) lists none its parent does not exist in.
 */
export function checkScopes(data: Loose, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const object of KINDS.flatMap((kind) => kind.declaredObjects(data))) {
    // Most objects of a large file have no list: nothing to check.
    if (object.value['workspaces'] === undefined) continue;
    findings.push(...checkReferences(object.value, object.path, context));
    if (object.parent) {
      findings.push(
        ...checkScopeWithinParent(scopeOf(object.value), effectiveScope(object.parent.object), [...object.path, 'workspaces'], object.parent.noun),
      );
    }
  }
  return findings;
}

function checkReferences(resource: Loose, path: ConfigPath, context: RuleContext): Finding[] {
  const list = resource['workspaces'];
  if (!Array.isArray(list)) return [];
  const findings = duplicateTexts(list, [...path, 'workspaces'], 'workspace');
  for (const [i, name] of texts(list)) {
    if (name === '' || context.workspaceNames.includes(name)) continue;
    const guess = closestMatch(name, context.workspaceNames);
    const hint = guess !== undefined ? `did you mean ${quote(guess)}?` : `declared workspaces are ${listOf(context.workspaceNames) || '(none)'}`;
    findings.push(at([...path, 'workspaces', i], `workspace ${quote(name)} is not declared under \`workspaces:\`; ${hint}`));
  }
  return findings;
}

/** The workspaces an object exists in: its own list, else its parent's (undefined: all). */
function effectiveScope(object: DeclaredObject): string[] | undefined {
  return scopeOf(object.value) ?? (object.parent ? effectiveScope(object.parent.object) : undefined);
}

/**
 * A child (attribute, sub-collection) cannot exist where its parent does not, so its
 * `workspaces:` must be a subset of the parent's.
 */
function checkScopeWithinParent(
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
