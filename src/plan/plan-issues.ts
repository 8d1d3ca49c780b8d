import type { ConfigPath } from '../config/parts/findings.js';
import type { ConfigIssue, SourceLocation } from '../errors.js';

export type { ConfigPath } from '../config/parts/findings.js';

/** Collects every problem a plan runs into, so the user sees them all at once. */
export class PlanIssues {
  readonly list: ConfigIssue[] = [];

  /** `locate` is optional so plans can be made from configs built in memory. */
  constructor(private readonly locate?: (path: ConfigPath) => SourceLocation | undefined) {}

  /** `path` undefined: a problem with no declaration to point at (a prune, a command-line flag). */
  add(path: ConfigPath | undefined, message: string): void {
    const location = path && this.locate?.(path);
    this.list.push(location ? { path: path!, message, location } : { path: path ?? [], message });
  }
}
