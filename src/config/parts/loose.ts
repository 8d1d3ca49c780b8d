/**
 * Defensive readers for the not-yet-validated config. Cross-value rules run on the raw
 * data even when the schema found problems elsewhere, so that one run reports everything;
 * values of the wrong shape are skipped here (the schema reports them).
 */
import type { SourceLocator } from './findings.js';

export type Loose = Record<string, unknown>;

export function isRecord(value: unknown): value is Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Array entries that are mappings, with their index. */
export function records(value: unknown): Array<[number, Loose]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, Loose]> = [];
  value.forEach((item, index) => {
    if (isRecord(item)) out.push([index, item]);
  });
  return out;
}

/** Array entries that are texts, with their index. */
export function texts(value: unknown): Array<[number, string]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, string]> = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') out.push([index, item]);
  });
  return out;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A resource's `workspaces:` list; undefined means every workspace. */
export function scopeOf(resource: Loose): string[] | undefined {
  return Array.isArray(resource['workspaces']) ? texts(resource['workspaces']).map(([, name]) => name) : undefined;
}

/** Whether two resources can exist in the same workspace. */
export function scopesOverlap(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return a.some((name) => b.includes(name));
}

/** Everything a rule needs besides the data. */
export interface RuleContext {
  locator: SourceLocator;
  /** Workspace names declared under `workspaces:` */
  workspaceNames: string[];
}

export function lineOf(context: RuleContext, path: (string | number)[]): number {
  return context.locator.value(path)?.line ?? 0;
}
