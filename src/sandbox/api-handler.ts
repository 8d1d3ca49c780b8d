/**
 * One API request, as Intercom processes it: token, rate limit, version, route, body,
 * handler, then persistence of whatever the handler changed. Returns the answer; the
 * server decides how (and whether) to send it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, errorListBody } from './api-error.js';
import { atLeast, parseApiVersion } from './api-version.js';
import type { ApiVersion } from './api-version.js';
import { bearerToken, isAuthorized } from './auth.js';
import type { StateStore } from './persistence.js';
import type { RateLimiter } from './rate-limit.js';
import { API_ROUTES, matchRoute } from './router.js';
import type { ApiSettings } from './routes/route-types.js';
import type { Workspace } from './workspace.js';

export interface ApiContext {
  ws: Workspace;
  store: StateStore;
  limiter: RateLimiter;
  settings: ApiSettings;
  token: string | undefined;
  defaultVersion: ApiVersion;
  /** Awaited just before a request is processed (`request_order: shuffled` delays here). */
  pace?: () => Promise<void>;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Called when the request is processed, after any pacing delay. */
  onProcess?: () => void;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

function errorAnswer(status: number, code: string, message: string, headers: Record<string, string> = {}): ApiAnswer {
  return { status, body: errorListBody(code, message), headers };
}

export async function answerApiRequest(ctx: ApiContext, request: ApiRequest): Promise<ApiAnswer> {
  const token = bearerToken(request.headers);
  // No rate-limit headers without valid credentials, as Intercom documents.
  if (!isAuthorized(token, ctx.token)) return errorAnswer(401, 'unauthorized', 'Access Token Invalid');

  const verdict = ctx.limiter.take(token);
  const headers = verdict?.headers ?? {};
  if (verdict && !verdict.allowed) return errorAnswer(429, 'rate_limit_exceeded', verdict.message, headers);

  const versionHeader = headerValue(request.headers['intercom-version']);
  const version = versionHeader === undefined ? ctx.defaultVersion : parseApiVersion(versionHeader);
  if (!version) {
    const message = `The requested API version '${versionHeader}' is not valid.`;
    return errorAnswer(400, 'intercom_version_invalid', message, headers);
  }
  if (!acceptsJson(headerValue(request.headers.accept))) {
    return errorAnswer(406, 'not_acceptable', 'This endpoint only answers with application/json.', headers);
  }

  const match = matchRoute(API_ROUTES, request.method, request.path);
  if (match.kind !== 'found') return errorAnswer(404, 'not_found', 'Resource Not Found', headers);
  const { route, params } = match;
  if (route.minVersion !== undefined && !atLeast(version, route.minVersion)) {
    const message = 'Requested resource is not available in current API version.';
    return errorAnswer(400, 'intercom_version_invalid', message, headers);
  }

  let body: Record<string, unknown> = {};
  if (request.method === 'POST' || request.method === 'PUT') {
    const parsed = parseJsonObject(request.rawBody);
    if (parsed instanceof ApiError) return errorAnswer(parsed.status, parsed.code, parsed.message, headers);
    body = parsed;
  }

  if (ctx.pace) await ctx.pace();
  request.onProcess?.();
  const revisionBefore = ctx.ws.revision;
  let answer: ApiAnswer;
  try {
    const result = route.handle({ ws: ctx.ws, params, query: request.query, body, version, settings: ctx.settings });
    answer = { status: result.status, body: result.body, headers };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    answer = errorAnswer(error.status, error.code, error.message, headers);
  }
  // An acknowledged write must be on disk before the answer leaves.
  if (ctx.ws.revision !== revisionBefore) await ctx.store.persist();
  return answer;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Lenient when Accept is absent (real clients omit it); 406 only when it excludes JSON. */
function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase())
    .some((type) => type === 'application/json' || type === 'application/*' || type === '*/*' || type?.endsWith('+json'));
}

function parseJsonObject(raw: string): Record<string, unknown> | ApiError {
  if (raw.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return new ApiError(400, 'parameter_invalid', 'There was a problem in the JSON you submitted.');
  }
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return new ApiError(400, 'parameter_invalid', 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}
