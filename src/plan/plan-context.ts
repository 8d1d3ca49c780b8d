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
  let out = kind;
  for (const name of names) out += `[${JSON.stringify(name)}]`;
  return out;
}

/**
 * Live objects by name, for matching declared ones: exact name first, else a previous
 * name, skipping objects already claimed. Built once per list, so matching n declared
 * objects against n live ones costs n lookups rather than n scans.
 */
export class NameIndex<T extends { name: string }> {
  private readonly byName = new Map<string, T[]>();

  constructor(private readonly live: readonly T[]) {
    for (const item of live) {
      const list = this.byName.get(item.name);
      if (list) list.push(item);
      else this.byName.set(item.name, [item]);
    }
  }

  /** Unclaimed live objects named `name`, else those bearing one of `previousNames`, in listing order. */
  match(name: string, previousNames: readonly string[] | undefined, claimed: ReadonlySet<T>): readonly T[] {
    const exact = unclaimed(this.byName.get(name), claimed);
    if (exact.length > 0 || !previousNames?.length) return exact;
    const previous = new Set(previousNames.flatMap((n) => unclaimed(this.byName.get(n), claimed)));
    return this.live.filter((item) => previous.has(item));
  }
}

function unclaimed<T>(list: readonly T[] | undefined, claimed: ReadonlySet<T>): readonly T[] {
  if (!list) return [];
  return list.some((item) => claimed.has(item)) ? list.filter((item) => !claimed.has(item)) : list;
}

export function duplicateMessage(what: string, matches: readonly { id: string; name: string }[]): string {
  const ids = matches.map((m) => `${m.id} ("${m.name}")`).join(' and ');
  return `"${what}" matches ${matches.length} live objects: ids ${ids}. Rename or archive all but one in Intercom, or rename the declared object, so that exactly one matches.`;
}

export function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
