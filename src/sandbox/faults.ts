/**
 * Fault injection: rules that make chosen requests fail the way real networks and
 * Intercom's edge do, so client retry and unknown-outcome paths can be tested.
 */
import type { FaultKind, FaultRule, RequestMatch } from './types.js';

interface ActiveRule {
  rule: FaultRule;
  /** Matching requests seen so far. */
  seen: number;
}

export class FaultBook {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    const nth = rule.nth ?? 1;
    const times = rule.times ?? 1;
    if (!Number.isInteger(nth) || nth < 1) throw new RangeError(`Fault nth must be a positive integer, got ${nth}`);
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`Fault times must be a positive integer, got ${times}`);
    this.rules.push({ rule, seen: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * Counts the request against every matching rule and returns the fault of the first rule
   * whose window (nth … nth+times-1) it falls in.
   */
  next(method: string, path: string): FaultKind | undefined {
    let chosen: FaultKind | undefined;
    for (const active of this.rules) {
      if (!matchesRequest(active.rule, method, path)) continue;
      active.seen += 1;
      const nth = active.rule.nth ?? 1;
      const times = active.rule.times ?? 1;
      if (chosen === undefined && active.seen >= nth && active.seen < nth + times) chosen = active.rule.fault;
    }
    return chosen;
  }
}

/** API paths are short; a regex is never run on a longer (possibly crafted) one. */
export const MAX_REGEX_PATH_LENGTH = 256;

/** Whether a rule (of a fault or a hold) applies to a request: same method and path, when it names them. */
export function matchesRequest(rule: RequestMatch, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (typeof rule.path === 'string') return rule.path === path;
  if (path.length > MAX_REGEX_PATH_LENGTH) return false;
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}

export function describeFault(fault: FaultKind): string {
  if (!('type' in fault)) return `status-${fault.status}`;
  return fault.type === 'redirect' ? `redirect-${fault.status ?? 307}` : fault.type;
}

const STATUS_ERRORS: Record<number, [string, string]> = {
  408: ['request_timeout', 'The request timed out.'],
  500: ['server_error', 'An unexpected error occurred.'],
  502: ['server_error', 'Bad gateway.'],
  503: ['service_unavailable', 'The service is temporarily unavailable.'],
};

export function statusFaultError(status: number): [code: string, message: string] {
  return STATUS_ERRORS[status] ?? ['server_error', 'An unexpected error occurred.'];
}

/** The HTML page Intercom's edge sometimes answers with (a bot check), not JSON. */
export const HTML_405_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>405 Not Allowed</title></head>
<body><h1>405 Not Allowed</h1><p>Please verify you are a human to continue.</p></body>
</html>
`;
