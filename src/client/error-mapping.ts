/**
 * Turns failed exchanges into the typed errors of src/errors.ts. Every text that came from
 * the server passes through `redact`, and only the path (never the full URL) is named.
 */
import { IntercomApiError, NetworkError } from '../errors.js';

export interface RequestContext {
  method: string;
  /** Path and query as shown to people, e.g. `/help_center/collections?page=2&per_page=150`. */
  path: string;
  /** Host of the base URL, for network errors. */
  host: string;
  redact: (text: string) => string;
  /** Removes the token from a parsed success answer (`raw`: its text); see Redactor.value. */
  redactBody?: (value: unknown, raw: string) => unknown;
}

const MAX_MESSAGE_LENGTH = 300;

/** The body as JSON, or `undefined` when it is empty or not JSON (an HTML page, say). */
export function parseJsonBody(text: string): { value: unknown } | undefined {
  if (text.trim().length === 0) return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

interface ErrorListBody {
  type: 'error.list';
  request_id?: unknown;
  errors?: { code?: unknown; message?: unknown }[];
}

function isErrorList(body: unknown): body is ErrorListBody {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'error.list';
}

/** Intercom puts the id in the error body; some answers only carry it as a header. */
export function requestIdOf(ctx: RequestContext, headers: Headers, body: unknown): string | undefined {
  const fromBody = isErrorList(body) && typeof body.request_id === 'string' ? body.request_id : '';
  const id = fromBody || headers.get('x-request-id');
  // It is server text that ends up in messages: treat it like any other.
  return id ? clip(ctx.redact(id)) : undefined;
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

/** An HTTP error answer (`json` undefined = the body was not JSON). */
export function apiErrorFromResponse(
  ctx: RequestContext,
  status: number,
  headers: Headers,
  json: { value: unknown } | undefined,
): IntercomApiError {
  const requestId = requestIdOf(ctx, headers, json?.value);
  let code: string;
  let message: string;
  if (!json) {
    code = 'non_json_response';
    message = `expected a JSON answer, got ${headers.get('content-type') ?? 'no content type'}`;
  } else if (isErrorList(json.value)) {
    const first = json.value.errors?.[0];
    code = typeof first?.code === 'string' ? first.code : `http_${status}`;
    message = typeof first?.message === 'string' ? first.message : 'no message';
  } else {
    code = `http_${status}`;
    const text = (json.value as { message?: unknown } | null)?.message;
    message = typeof text === 'string' ? text : 'the answer was not an Intercom error list';
  }
  const hint = hintFor(status, code);
  return new IntercomApiError({
    status,
    code: clip(ctx.redact(code)),
    message: clip(ctx.redact(message)),
    requestId,
    method: ctx.method,
    path: ctx.path,
    ...(hint ? { hint } : {}),
  });
}

function hintFor(status: number, code: string): string | undefined {
  if (status === 401) {
    return 'Check that the token is valid and not revoked, and that the workspace region (or url) is the one the Intercom app belongs to.';
  }
  if (code === 'api_plan_restricted') {
    return "This workspace's Intercom plan does not include the feature. Limit those resources to other workspaces with `workspaces:`, or change the plan.";
  }
  if (status === 403) return "The token's app lacks a permission for this call; check the app's scopes in the Intercom Developer Hub.";
  if (code === 'intercom_version_invalid') return 'Set `api_version` to a version that has this endpoint (2.12 or later for ticket states).';
  if (status === 429) return "The workspace's rate limit stayed exhausted; another app may be using the shared quota. Try again in a minute.";
  if (code === 'non_json_response') {
    return 'A proxy or Intercom edge protection answered with a page instead of JSON. Try again later; check the workspace url if it persists.';
  }
  if (status >= 500) return 'Intercom had a server error. Try again later; quote the request id if you contact Intercom support.';
  return undefined;
}

/** A 3xx: never followed, since the request (and its token) would go where nobody configured. */
export function redirectError(ctx: RequestContext, status: number, headers: Headers): IntercomApiError {
  const location = headers.get('location');
  let target = 'another address';
  if (location) {
    try {
      target = new URL(location, `https://${ctx.host}`).origin;
    } catch {
      target = 'an invalid address';
    }
  }
  return new IntercomApiError({
    status,
    code: 'redirect_not_followed',
    message: clip(ctx.redact(`the answer redirects to ${target}; intercom-config never follows redirects, so nothing was sent there`)),
    requestId: requestIdOf(ctx, headers, undefined),
    method: ctx.method,
    path: ctx.path,
    hint: 'Check the workspace region or url: it should name the API host itself (e.g. https://api.eu.intercom.io), not an address that forwards.',
  });
}

/** A 2xx answer whose JSON does not have the shape we rely on. */
export function unexpectedResponse(
  ctx: RequestContext,
  status: number,
  requestId: string | undefined,
  where: string,
  detail: string,
): IntercomApiError {
  return new IntercomApiError({
    status,
    code: 'unexpected_response',
    message: clip(ctx.redact(`unexpected answer at ${where}: ${detail}`)),
    requestId,
    method: ctx.method,
    path: ctx.path,
    hint: 'Intercom answered in a shape intercom-config does not understand. Check `api_version`; if it persists, report it with the request id.',
  });
}

export function connectionError(ctx: RequestContext, code: string, detail: string, attempts: number): NetworkError {
  return new NetworkError(
    ctx.redact(`Could not reach Intercom at ${ctx.host} (${ctx.method} ${ctx.path}): ${detail} [${code}]${tries(attempts)}`),
    { hint: connectionHint(code) },
  );
}

export function timeoutError(ctx: RequestContext, afterMs: number, attempts: number): NetworkError {
  return new NetworkError(
    `Intercom at ${ctx.host} did not answer ${ctx.method} ${ctx.path} within ${afterMs / 1000} s${tries(attempts)}`,
    { hint: 'Check the network connection and any proxy; Intercom may be slow right now, so try again.' },
  );
}

export function interruptedError(ctx: RequestContext, status: number, attempts: number): NetworkError {
  return new NetworkError(
    `The connection to Intercom at ${ctx.host} broke while reading the ${status} answer to ${ctx.method} ${ctx.path}${tries(attempts)}`,
    { hint: 'Check the network connection and any proxy, then run the command again.' },
  );
}

function tries(attempts: number): string {
  return attempts > 1 ? ` (${attempts} attempts)` : '';
}

function connectionHint(code: string): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return 'The host name did not resolve: check the workspace region or url, and DNS.';
  }
  if (code === 'ECONNREFUSED') {
    return 'Nothing accepted the connection: check the workspace url (is the sandbox running?) and proxy settings.';
  }
  if (code.includes('CERT')) return 'The TLS certificate was rejected: check the url and any proxy that intercepts HTTPS.';
  return 'Check the network connection, proxy and firewall, then run the command again.';
}
