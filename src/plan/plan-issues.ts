import type { ConfigPath } from '../config/parts/findings.js';
import type { ConfigIssue, SourceLocation } from '../errors.js';

export type { ConfigPath } from '../config/parts/findings.js';

/** Collects every problem a plan runs into, so the user sees them all at once. */
export class PlanIssues {
  readonly list: ConfigIssue[] = [];

  /** `locate` is optional so plans can be made from configs built in memory. */
  constructor(private readonly locate?: (path: ConfigPath) => SourceLocation | undefined) {}

  add(path: ConfigPath, message: string): void {
    const location = this.locate?.(path);
    this.list.push(location ? { path, message, location } : { path, message });
  }
}
