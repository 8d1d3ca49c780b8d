import type { IntercomConfig, WorkspaceScoped } from '../config/config-types.js';
import type { ConfigIssue, SourceLocation } from '../errors.js';
import type { LiveState } from '../live/live-state.js';
import type { PlanOptions } from './plan-types.js';

export type ConfigPath = (string | number)[];

/** Everything a resource planner may look at. Planners are pure functions of this. */
export interface PlanInput {
  config: IntercomConfig;
  workspace: string;
  apiVersion: string;
  live: LiveState;
  options: PlanOptions;
  /** Source positions for messages; optional so plans can be made from configs built in memory. */
  locate?: (path: ConfigPath) => SourceLocation | undefined;
}

/** Collects every problem so the user sees them all at once. */
export class PlanIssues {
  readonly list: ConfigIssue[] = [];

  constructor(private readonly locate?: (path: ConfigPath) => SourceLocation | undefined) {}

  add(path: ConfigPath, message: string): void {
    const location = this.locate?.(path);
    this.list.push(location ? { path, message, location } : { path, message });
  }
}

/** A resource without `workspaces:` exists everywhere. */
export function inWorkspace(resource: WorkspaceScoped, workspace: string): boolean {
  return resource.workspaces === undefined || resource.workspaces.includes(workspace);
}

export function address(kind: string, ...names: string[]): string {
  return `${kind}${names.map((n) => `[${JSON.stringify(n)}]`).join('')}`;
}

/** Live objects matching a declared name (or its previous names), exact name first. */
export function matchByName<T extends { name: string }>(
  live: readonly T[],
  name: string,
  previousNames: readonly string[] | undefined,
  claimed: ReadonlySet<T>,
): T[] {
  const free = live.filter((item) => !claimed.has(item));
  const exact = free.filter((item) => item.name === name);
  if (exact.length > 0 || !previousNames?.length) return exact;
  return free.filter((item) => previousNames.includes(item.name));
}

export function duplicateMessage(what: string, matches: readonly { id: string; name: string }[]): string {
  const ids = matches.map((m) => `${m.id} ("${m.name}")`).join(' and ');
  return `"${what}" matches ${matches.length} live objects: ids ${ids}. Rename or archive all but one in Intercom, or rename the declared object, so that exactly one matches.`;
}

export function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
