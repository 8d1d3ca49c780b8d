/**
 * The HTTP front: the request guard, admin routes, the request log, injected faults, held
 * requests and added latency around the API pipeline (`answerApiRequest`).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { answerAdminRequest, isAdminPath } from './admin-routes.js';
import type { AdminControls } from './admin-routes.js';
import { errorListBody } from './api-error.js';
import { answerApiRequest } from './api-handler.js';
import type { ApiContext } from './api-handler.js';
import type { SandboxClock } from './clock.js';
import { describeFault, HTML_405_PAGE, statusFaultError } from './faults.js';
import type { FaultBook } from './faults.js';
import type { Holds, HoldTicket } from './holds.js';
import { bodyForLog, BodyTooLargeError, readBody, sendHtml, sendJson, sendRedirect } from './http-io.js';
import { refusalReason, type RequestGuard } from './request-guard.js';
import type { RequestLog } from './request-log.js';
import type { FaultKind, RequestLogEntry } from './types.js';

export interface ServerParts {
  guard: RequestGuard;
  api: ApiContext;
  admin: AdminControls;
  faults: FaultBook;
  /** `hold(match)` holds, `hold` faults and answer watches. */
  holds: Holds;
  log: RequestLog;
  clock: SandboxClock;
  latencyMs(): number;
}

export function createSandboxServer(parts: ServerParts): Server {
  let processed = 0;
  const nextProcessed = () => ++processed;
  return createServer((req, res) => {
    handle(parts, req, res, nextProcessed).catch((error: unknown) => {
      // A bug in the sandbox: answer like Intercom's 500 instead of crashing the process.
      sendJson(res, 500, errorListBody('server_error', `Sandbox failure: ${(error as Error).message}`));
    });
  });
}

async function handle(parts: ServerParts, req: IncomingMessage, res: ServerResponse, nextProcessed: () => number): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname;

  const refused = refusalReason(parts.guard, req.headers);
  if (refused !== undefined) {
    // Not logged and nothing read: the request never reaches the workspace or the admin routes.
    sendJson(res, 403, errorListBody('forbidden', refused));
    return;
  }

  let rawBody: string;
  try {
    rawBody = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) sendJson(res, 400, errorListBody('parameter_invalid', error.message));
    return;
  }

  if (isAdminPath(path)) {
    const answer = await answerAdminRequest(parts.admin, method, path, req.headers, rawBody);
    sendJson(res, answer.status, answer.body);
    return;
  }

  const entry: RequestLogEntry = { method, path, query: url.search.replace(/^\?/, ''), status: 0, at: parts.clock.now() };
  const logged = bodyForLog(rawBody);
  if (logged !== undefined) entry.body = logged;
  const versionHeader = req.headers['intercom-version'];
  if (typeof versionHeader === 'string') entry.apiVersion = versionHeader;
  // Whoever watches answers hears of this one once it has been sent (none for a dropped request).
  res.once('finish', () => parts.holds.noteAnswered(entry));
  const holds: HoldTicket[] = [];
  try {
    // Held on arrival by `hold(match)`: not yet logged, not yet counted by fault rules.
    for (const ticket of parts.holds.onArrival(method, path)) {
      if (!(await waitUntilReleased(res, holds, ticket))) return;
    }
    let fault = parts.faults.next(method, path);
    if (fault) entry.fault = describeFault(fault);
    parts.log.add(entry);
    if (fault && 'type' in fault && fault.type === 'hold') {
      if (!(await waitUntilReleased(res, holds, parts.holds.onFault()))) return;
      fault = fault.then;
    }
    if (fault && (await answerWithFault(parts, fault, entry, res))) return;
    await answerNormally(parts, { method, path, url, req, rawBody, nextProcessed }, fault, entry, res, holds);
  } finally {
    // Waiters on the log see the final status (or 0 for a request that got no answer).
    parts.log.changed();
    for (const ticket of holds) ticket.finished();
  }
}

interface Received {
  method: string;
  path: string;
  url: URL;
  req: IncomingMessage;
  rawBody: string;
  /** Numbers the requests in the order the workspace processes them (`processed` in the log). */
  nextProcessed(): number;
}

async function answerNormally(
  parts: ServerParts,
  request: Received,
  fault: FaultKind | undefined,
  entry: RequestLogEntry,
  res: ServerResponse,
  holds: HoldTicket[],
): Promise<void> {
  const { method, path, url, req, rawBody, nextProcessed } = request;

  const answer = await answerApiRequest(parts.api, {
    method,
    path,
    query: url.searchParams,
    headers: req.headers,
    rawBody,
    onProcess: () => (entry.processed = nextProcessed()),
  });
  if (fault && 'type' in fault && fault.type === 'drop-after-commit') {
    // The write (if any) is persisted by now; the client never learns the outcome.
    res.socket?.destroy();
    return;
  }
  if (fault && 'type' in fault && fault.type === 'hold-after-commit' && !(await waitUntilReleased(res, holds, parts.holds.onFault()))) return;
  await parts.clock.sleep(parts.latencyMs());
  entry.status = answer.status;
  sendJson(res, answer.status, answer.body, answer.headers);
}

/**
 * The one way a request waits, however it is held: until released (true) or the sandbox
 * closes (false: the socket is dropped). A client that went away meanwhile changes
 * nothing: the work still happens, as on a real server.
 */
async function waitUntilReleased(res: ServerResponse, holds: HoldTicket[], ticket: HoldTicket): Promise<boolean> {
  holds.push(ticket);
  const proceed = await ticket.proceed;
  if (!proceed) res.socket?.destroy();
  return proceed;
}

/** Applies a fault that replaces the normal answer; false when the request must still run. */
async function answerWithFault(
  parts: ServerParts,
  fault: FaultKind,
  entry: RequestLogEntry,
  res: ServerResponse,
): Promise<boolean> {
  if (!('type' in fault)) {
    await parts.clock.sleep(parts.latencyMs());
    const [code, message] = statusFaultError(fault.status);
    entry.status = fault.status;
    sendJson(res, fault.status, errorListBody(code, message));
    return true;
  }
  switch (fault.type) {
    case 'drop-before':
      res.socket?.destroy();
      return true;
    case 'hang':
      // Never answered; `close()` destroys the socket.
      return true;
    case 'html-405':
      await parts.clock.sleep(parts.latencyMs());
      entry.status = 405;
      sendHtml(res, 405, HTML_405_PAGE);
      return true;
    case 'redirect':
      await parts.clock.sleep(parts.latencyMs());
      entry.status = fault.status ?? 307;
      sendRedirect(res, entry.status, fault.location);
      return true;
    case 'drop-after-commit':
    case 'hold-after-commit':
      return false;
    case 'hold':
      // Unwrapped by the caller before it gets here.
      return false;
  }
}
