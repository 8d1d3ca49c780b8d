/**
 * Declared objects with the names that identify them: their name path (what `ignore:`
 * patterns and selectors match), the paths they had under former names, and the
 * workspaces they exist in. Works on the raw file as on a validated or exported config,
 * since every kind lists its objects from plain data (`declaredObjects`).
 */
import { scopeOf, text, texts, type Loose } from '../config/parts/loose.js';
import type { DeclaredObject } from './kind.js';
import { KINDS } from './registry.js';

/** Keys holding an object's former names (`previous_titles` for articles). */
export const FORMER_NAME_KEYS = ['previous_names', 'previous_titles'] as const;

export interface NamedDeclaration {
  object: DeclaredObject;
  /** Its name path, e.g. `["Bug report", "Severity"]` for an attribute. */
  path: string[];
  /** Its name path under each former name. */
  former: string[][];
  /** The workspaces it exists in: its own `workspaces:`, else its parent's; undefined: all. */
  scope: string[] | undefined;
}

/** Every object of every kind declared in `data`, parents before their children. */
export function namedDeclarations(data: Loose): NamedDeclaration[] {
  const named = new Map<DeclaredObject, NamedDeclaration>();
  for (const object of KINDS.flatMap((kind) => kind.declaredObjects(data))) {
    const parent = object.parent ? named.get(object.parent.object) : undefined;
    const path = object.namePath ?? [...(parent?.path ?? []), text(object.value['name']) ?? ''];
    const former = FORMER_NAME_KEYS.flatMap((key) => texts(object.value[key]).map(([, name]) => [...path.slice(0, -1), name]));
    named.set(object, { object, path, former, scope: scopeOf(object.value) ?? parent?.scope });
  }
  return [...named.values()];
}

/** Whether a declaration exists in a workspace. */
export function declaredIn(declaration: NamedDeclaration, workspace: string): boolean {
  return declaration.scope === undefined || declaration.scope.includes(workspace);
}
