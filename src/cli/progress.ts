import type { ApplyEvent } from '../apply/apply-plan.js';
import type { ClientEvent } from '../client/intercom-client.js';
import { describeChange } from '../render/describe-change.js';
import { terminalInline as show, terminalLines } from '../render/escape-terminal.js';
import { ACTION_SYMBOLS, colorFor, type Style } from '../render/style.js';

/** Progress lines for stderr while apply runs; names and messages go through `show`. */
export function applyProgressLine(event: ApplyEvent, style: Style): string | undefined {
  const { change } = event;
  const title = `${ACTION_SYMBOLS[change.action]} ${show(describeChange(change))}`;
  switch (event.type) {
    case 'start':
    case 'skipped':
      return undefined;
    case 'done':
      return `  ${colorFor(change.action, style)(title)} ${style.dim(`done (id ${show(event.id)})`)}`;
    case 'recovered':
      return `  ${colorFor(change.action, style)(title)} ${style.dim(`done (id ${show(event.id)}; the answer was lost, found it by re-reading)`)}`;
    case 'failed':
      return `  ${style.red(`${title} failed: ${terminalLines(event.error.message)}`)}`;
  }
}

export type RateLimitEvent = Extract<ClientEvent, { type: 'rate-limited' }>;

/**
 * What a rate-limit wait means, said whatever the flags: otherwise a run goes silent for
 * up to a minute. A reset further away than the longest wait is said as such, since it
 * usually means this machine's clock is off, not that Intercom wants an hour.
 */
export function rateLimitLine(event: RateLimitEvent, timeZone?: string): string {
  const wait = formatSeconds(event.waitMs);
  if (event.cappedFromMs !== undefined) {
    return `Intercom's rate-limit reset is ${formatSeconds(event.cappedFromMs)} away (clock skew?); waiting ${wait} then retrying`;
  }
  const resets = event.resetAt === undefined ? '' : ` (window resets at ${clockTime(event.resetAt * 1000, timeZone)})`;
  return `waiting ${wait} for Intercom's rate limit${resets}`;
}

/** `7 s`, `3,540 s`: whole seconds (at least one), with thousands separated. */
function formatSeconds(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000)).toLocaleString('en-US')} s`;
}

/** `14:03:07`, in `timeZone` (an IANA name) or the local one. */
function clockTime(epochMs: number, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat('en-GB', timeZone ? { ...options, timeZone } : options).format(epochMs);
  } catch {
    // An unknown TZ name is the environment's problem, not a reason to stop: local time then.
    return new Intl.DateTimeFormat('en-GB', options).format(epochMs);
  }
}

/** `--debug` request traces; the client never puts the token in events. */
export function debugLine(event: ClientEvent): string {
  return show(debugText(event));
}

function debugText(event: ClientEvent): string {
  switch (event.type) {
    case 'request':
      return `[debug] → ${event.method} ${event.path}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`;
    case 'response':
      return `[debug] ← ${event.status} ${event.method} ${event.path} in ${event.ms} ms${event.requestId ? ` (request id ${event.requestId})` : ''}`;
    case 'retry':
      return `[debug] retry ${event.method} ${event.path} in ${event.waitMs} ms: ${event.reason}`;
    case 'rate-limited':
      return `[debug] rate limit: waiting ${event.waitMs} ms for the next window`;
  }
}
