/**
 * Decides what one attempt's outcome means: done, failed, or worth another try. The rule
 * that shapes everything: Intercom has no idempotency keys, so a POST (a create) is only
 * sent again when we KNOW the first one was not performed. GET, PUT and DELETE repeat
 * safely — the same PUT twice leaves the same state, and a repeated DELETE is handled below.
 */
import { IntercomApiError, UnknownOutcomeError } from '../errors.js';
import {
  apiErrorFromResponse,
  connectionError,
  interruptedError,
  parseJsonBody,
  redirectError,
  requestIdOf,
  timeoutError,
  type RequestContext,
} from './error-mapping.js';
import type { AttemptOutcome, HttpMethod } from './http-transport.js';

export type Verdict =
  | { kind: 'done'; status: number; body: unknown; requestId: string | undefined }
  | { kind: 'fail'; error: Error }
  /** Refused by the rate limit: certainly not performed; wait for the window and resend. */
  | { kind: 'rate-limited'; headers: Headers; finalError: Error }
  /** A passing fault; `finalError` is thrown if retries run out. */
  | {
      kind: 'transient';
      reason: string;
      mayHaveBeenPerformed: boolean;
      finalError: Error;
      retryAfterMs?: number;
      /** Nothing listened at the address; see CONNECTION_REFUSED_RETRIES. */
      refused?: boolean;
    };

/**
 * A refused connection means nothing listens there: a wrong url or a stopped sandbox,
 * which retrying for a minute does not fix. One retry covers a server that is restarting.
 */
export const CONNECTION_REFUSED_RETRIES = 1;

export interface AttemptHistory {
  /** Attempts made so far, including this one. */
  attempts: number;
  /** An earlier attempt of this request may have been performed by the server. */
  earlierMayHaveBeenPerformed: boolean;
}

export function judge(
  method: HttpMethod,
  outcome: AttemptOutcome,
  ctx: RequestContext,
  history: AttemptHistory,
): Verdict {
  switch (outcome.kind) {
    case 'network': {
      const finalError = connectionError(ctx, outcome.code, outcome.detail, history.attempts);
      if (outcome.permanent) return { kind: 'fail', error: finalError };
      const reason = `${outcome.code}: ${ctx.redact(outcome.detail)}`;
      // Refused or unresolvable before sending: nothing reached the server, so even a
      // POST can go again.
      if (outcome.sent === 'no') {
        return { kind: 'transient', reason, mayHaveBeenPerformed: false, finalError, ...(outcome.code === 'ECONNREFUSED' ? { refused: true } : {}) };
      }
      // Reset or closed after sending: the server may have committed the write.
      if (method === 'POST') return unknownOutcome(ctx, `connection lost: ${reason}`);
      return { kind: 'transient', reason, mayHaveBeenPerformed: true, finalError };
    }
    case 'timeout': {
      // The request was sent and no answer came: it may be running on the server right now.
      if (method === 'POST') return unknownOutcome(ctx, `no answer within ${outcome.afterMs} ms`);
      return {
        kind: 'transient',
        reason: `timeout after ${outcome.afterMs} ms`,
        mayHaveBeenPerformed: true,
        finalError: timeoutError(ctx, outcome.afterMs, history.attempts),
      };
    }
    case 'body-interrupted': {
      // A status line arrived, so the server handled the request, but we cannot read what it did.
      const reason = `connection closed while reading the ${outcome.status} answer (${outcome.detail})`;
      if (method === 'POST') return unknownOutcome(ctx, reason);
      return {
        kind: 'transient',
        reason,
        mayHaveBeenPerformed: true,
        finalError: interruptedError(ctx, outcome.status, history.attempts),
      };
    }
    case 'response':
      return judgeResponse(method, outcome, ctx, history);
  }
}

function judgeResponse(
  method: HttpMethod,
  outcome: Extract<AttemptOutcome, { kind: 'response' }>,
  ctx: RequestContext,
  history: AttemptHistory,
): Verdict {
  const { status, headers } = outcome;
  const json = parseJsonBody(outcome.text);
  const ok = status >= 200 && status < 300;

  if (ok && json) {
    // A server or proxy that echoes the token in an answer must not put it into plans or exports.
    const body = ctx.redactBody ? ctx.redactBody(json.value, outcome.text) : json.value;
    return { kind: 'done', status, body, requestId: requestIdOf(ctx, headers, json.value) };
  }
  // DELETE may legitimately answer with an empty body (204).
  if (ok && method === 'DELETE' && outcome.text.trim() === '') {
    return { kind: 'done', status, body: undefined, requestId: requestIdOf(ctx, headers, undefined) };
  }

  if (status >= 300 && status < 400) return { kind: 'fail', error: redirectError(ctx, status, headers) };

  const error = apiErrorFromResponse(ctx, status, headers, json);
  // Intercom rejects over-limit calls before doing anything, so a 429 is safe to resend
  // for every method, POST included.
  if (status === 429) return { kind: 'rate-limited', headers, finalError: error };

  // An earlier DELETE attempt may have gone through before its answer was lost: the
  // object being gone now is the result we wanted.
  if (status === 404 && method === 'DELETE' && history.earlierMayHaveBeenPerformed) {
    return { kind: 'done', status, body: undefined, requestId: error.requestId };
  }

  // 5xx: the server may have committed the write before failing. 408: a proxy may time
  // out while the origin keeps working. Either way a POST's outcome is unknown.
  if (status === 408 || status >= 500) {
    if (method === 'POST') return unknownOutcome(ctx, error.message, error);
    return {
      kind: 'transient',
      reason: `${status} ${error.code}`,
      mayHaveBeenPerformed: true,
      finalError: error,
      ...retryAfter(headers),
    };
  }

  // Not JSON: an HTML page from a proxy or a bot challenge (seen as a 405 captcha), which
  // passes. A 4xx page comes from whatever stands in front of Intercom, which refused the
  // request before Intercom saw it: nothing was written, so even a POST is sent again
  // after a backoff, as a 503 on a read is. A 2xx POST with such a body was probably performed.
  if (!json) {
    if (ok && method === 'POST') return unknownOutcome(ctx, `${status} answer was not JSON`, error);
    return { kind: 'transient', reason: `${status} non-JSON answer`, mayHaveBeenPerformed: false, finalError: error };
  }
  return { kind: 'fail', error };
}

function unknownOutcome(ctx: RequestContext, what: string, cause?: IntercomApiError): Verdict {
  const received = cause ? { status: cause.status, code: cause.code, requestId: cause.requestId } : undefined;
  return {
    kind: 'fail',
    error: new UnknownOutcomeError(ctx.method, ctx.path, cause ?? new Error(ctx.redact(what)), received),
  };
}

/** Honour `Retry-After` (seconds) when a server or proxy sends one with a 5xx. */
function retryAfter(headers: Headers): { retryAfterMs?: number } {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: Math.min(seconds * 1000, 60_000) } : {};
}
