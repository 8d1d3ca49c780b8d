/**
 * The HTTP layer: one ky instance for the workspace, and `attempt()`, which performs a
 * single try of a request and describes what happened without judging it. Retrying,
 * throttling and error mapping are decided elsewhere (request-scheduler.ts).
 */
import ky, { type KyInstance } from 'ky';
import { TOOL_VERSION } from '../version.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Path below the base URL without a leading slash, e.g. `ticket_types/12`. */
  path: string;
  searchParams?: Record<string, string | number>;
  json?: unknown;
  /** Intercom-Version for this request only, instead of the workspace's. */
  apiVersion?: string;
}

/** What one attempt ended with. `sent` says whether the server may have seen the request. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  /** Status and headers arrived, then the connection broke before the body was complete. */
  | { kind: 'body-interrupted'; status: number; headers: Headers; detail: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'network'; sent: 'no' | 'maybe'; permanent: boolean; code: string; detail: string };

/** The timer `attempt()` arms its deadline with; tests pass one they fire themselves. */
export interface DeadlineTimers {
  setTimeout(expire: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_TIMERS: DeadlineTimers = {
  setTimeout: (expire, ms) => setTimeout(expire, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface HttpOptions {
  baseUrl: string;
  token: string;
  apiVersion: string;
  fetch?: typeof fetch;
}

export function createHttp(options: HttpOptions): KyInstance {
  return ky.create({
    prefixUrl: options.baseUrl,
    headers: {
      Authorization: `Bearer ${options.token}`,
      'Intercom-Version': options.apiVersion,
      Accept: 'application/json',
      'User-Agent': `intercom-config/${TOOL_VERSION}`,
    },
    // Retries live in request-scheduler.ts: they depend on whether a POST may have been
    // performed, which ky's generic retry cannot know.
    retry: 0,
    // ky's timeout stops once headers arrive; a body that stalls would hang forever.
    // attempt() sets one deadline that covers headers and body.
    timeout: false,
    // Every status is classified in one place (retry-policy.ts), so nothing throws here.
    throwHttpErrors: false,
    // Never follow a redirect: it would carry the request (and a create's body) to an
    // address nobody configured. A 3xx is handed back and refused in retry-policy.ts.
    redirect: 'manual',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    // No afterResponse hook: ky hands each hook a clone of the response (a tee of its
    // body), which measured ~10% of the client's CPU per request. attempt() reads the
    // rate-limit headers from the response itself.
  });
}

/**
 * Performs one try of `request` with a deadline of `timeoutMs` for the whole exchange.
 * `onHeaders` sees every response's headers before its body is read.
 */
export async function attempt(
  http: KyInstance,
  request: HttpRequest,
  timeoutMs: number,
  onHeaders: (headers: Headers) => void,
  timers: DeadlineTimers = SYSTEM_TIMERS,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  const deadline = timers.setTimeout(() => controller.abort(new Error('deadline')), timeoutMs);
  let response: Response;
  try {
    response = await http(request.path, {
      method: request.method,
      signal: controller.signal,
      ...(request.searchParams ? { searchParams: request.searchParams } : {}),
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.apiVersion !== undefined ? { headers: { 'Intercom-Version': request.apiVersion } } : {}),
    });
  } catch (error) {
    timers.clearTimeout(deadline);
    if (controller.signal.aborted) return { kind: 'timeout', afterMs: timeoutMs };
    return describeNetworkFailure(error);
  }
  onHeaders(response.headers);
  try {
    const text = await response.text();
    return { kind: 'response', status: response.status, headers: response.headers, text };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout', afterMs: timeoutMs };
    return { kind: 'body-interrupted', status: response.status, headers: response.headers, detail: errorCode(error) ?? 'body cut off' };
  } finally {
    timers.clearTimeout(deadline);
  }
}

/**
 * Failures that happen before a single byte of the request can reach the server: a
 * request that failed this way was certainly not performed, so even a POST may be sent again.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Failures that trying again cannot fix: an unknown host name or a certificate problem. */
const PERMANENT_CODES = new Set([
  'ENOTFOUND',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function describeNetworkFailure(error: unknown): AttemptOutcome {
  const code = errorCode(error) ?? 'UNKNOWN';
  return {
    kind: 'network',
    sent: NOT_SENT_CODES.has(code) ? 'no' : 'maybe',
    permanent: PERMANENT_CODES.has(code),
    code,
    detail: innermostMessage(error),
  };
}

/** fetch wraps socket errors (`TypeError: fetch failed` → cause → maybe AggregateError). */
function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function innermostMessage(error: unknown): string {
  let message = 'request failed';
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const text = (current as { message?: unknown }).message;
    if (typeof text === 'string' && text.length > 0) message = text;
    current = (current as { cause?: unknown }).cause;
  }
  return message;
}
