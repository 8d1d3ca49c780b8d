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
      return undefined;
    case 'done':
      return `  ${colorFor(change.action, style)(title)} ${style.dim(`done (id ${show(event.id)})`)}`;
    case 'recovered':
      return `  ${colorFor(change.action, style)(title)} ${style.dim(`done (id ${show(event.id)}; the answer was lost, found it by re-reading)`)}`;
    case 'failed':
      return `  ${style.red(`${title} failed: ${terminalLines(event.error.message)}`)}`;
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
