/**
 * Sandbox-only routes under `/__sandbox`, for tests that drive a sandbox running in
 * another process. Not logged, not subject to faults, latency or rate limits; they
 * require the configured token when there is one.
 *
 *   POST   /__sandbox/faults       FaultRule as JSON ("pathRegex": true makes path a regex)
 *   DELETE /__sandbox/faults
 *   GET    /__sandbox/requests     → { requests: RequestLogEntry[] }
 *   DELETE /__sandbox/requests
 *   GET    /__sandbox/state        → SandboxState
 *   PUT    /__sandbox/rate-limit   { limit, windowMs? } or null
 *   PUT    /__sandbox/latency      { ms }
 *   POST   /__sandbox/manual-steps ManualStep → ManualStepOutcome (what an admin does in Intercom's settings)
 */
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { bearerToken, isAuthorized } from './auth.js';
import { parseManualStep, type ManualStep, type ManualStepOutcome } from './manual-steps.js';
import { SandboxError } from './sandbox-error.js';
import type { SandboxState } from './state.js';
import type { FaultRule, RateLimitSetting, RequestLogEntry } from './types.js';

export const ADMIN_PREFIX = '/__sandbox';

export interface AdminControls {
  token: string | undefined;
  requests(): RequestLogEntry[];
  clearRequestLog(): void;
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  setRateLimit(limit: RateLimitSetting | null): void;
  setLatency(ms: number): void;
  snapshot(): SandboxState;
  /** Applies the step and saves the state before resolving; rejects with a SandboxError when refused. */
  manualStep(step: ManualStep): Promise<ManualStepOutcome>;
}

export interface AdminAnswer {
  status: number;
  body: unknown;
}

const faultKindSchema = z.union([
  z.object({ status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(408)]) }),
  z.object({ type: z.enum(['drop-after-commit', 'drop-before', 'html-405', 'hang']) }),
  z.object({
    type: z.literal('redirect'),
    location: z.string().min(1),
    status: z.union([z.literal(301), z.literal(302), z.literal(303), z.literal(307), z.literal(308)]).optional(),
  }),
]);

const faultRuleSchema = z.object({
  method: z.string().optional(),
  path: z.string().optional(),
  pathRegex: z.boolean().optional(),
  nth: z.number().int().positive().optional(),
  times: z.number().int().positive().optional(),
  fault: faultKindSchema,
});

const rateLimitSchema = z.union([
  z.null(),
  z.object({ limit: z.number().int().positive(), windowMs: z.number().int().positive().optional() }),
]);

const latencySchema = z.object({ ms: z.number().int().nonnegative() });

export function isAdminPath(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

export async function answerAdminRequest(
  controls: AdminControls,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  rawBody: string,
): Promise<AdminAnswer> {
  // Always a bearer token (the configured one, else any): a browser cannot add one to a
  // cross-site request without a CORS preflight, which the sandbox never grants.
  if (!isAuthorized(bearerToken(headers), controls.token)) {
    return { status: 401, body: { error: 'The sandbox admin routes need the sandbox token (Authorization: Bearer TOKEN).' } };
  }
  const route = `${method} ${path.slice(ADMIN_PREFIX.length)}`;
  switch (route) {
    case 'POST /faults': {
      const rule = parseBody(faultRuleSchema, rawBody);
      if ('error' in rule) return { status: 400, body: rule };
      const { pathRegex, path: rulePath, ...rest } = rule.value;
      let pathMatcher: string | RegExp | undefined = rulePath;
      if (pathRegex && rulePath !== undefined) {
        const unsafe = unsafePattern(rulePath);
        if (unsafe) return { status: 400, body: { error: `Path regex refused: ${unsafe}` } };
        try {
          pathMatcher = new RegExp(rulePath);
        } catch (error) {
          return { status: 400, body: { error: `Invalid path regex: ${(error as Error).message}` } };
        }
      }
      controls.injectFault({ ...rest, ...(pathMatcher !== undefined ? { path: pathMatcher } : {}) });
      return { status: 200, body: { ok: true } };
    }
    case 'DELETE /faults':
      controls.clearFaults();
      return { status: 200, body: { ok: true } };
    case 'GET /requests':
      return { status: 200, body: { requests: controls.requests() } };
    case 'DELETE /requests':
      controls.clearRequestLog();
      return { status: 200, body: { ok: true } };
    case 'GET /state':
      return { status: 200, body: controls.snapshot() };
    case 'PUT /rate-limit': {
      const limit = parseBody(rateLimitSchema, rawBody);
      if ('error' in limit) return { status: 400, body: limit };
      controls.setRateLimit(limit.value);
      return { status: 200, body: { ok: true } };
    }
    case 'PUT /latency': {
      const latency = parseBody(latencySchema, rawBody);
      if ('error' in latency) return { status: 400, body: latency };
      controls.setLatency(latency.value.ms);
      return { status: 200, body: { ok: true } };
    }
    case 'POST /manual-steps':
      return answerManualStep(controls, rawBody);
    default:
      return { status: 404, body: { error: `No sandbox admin route ${method} ${path}` } };
  }
}

async function answerManualStep(controls: AdminControls, rawBody: string): Promise<AdminAnswer> {
  let step: ManualStep;
  try {
    step = parseManualStep(JSON.parse(rawBody === '' ? 'null' : rawBody));
  } catch (error) {
    const message = error instanceof SandboxError ? error.message : 'The body is not valid JSON.';
    return { status: 400, body: { error: message } };
  }
  try {
    return { status: 200, body: await controls.manualStep(step) };
  } catch (error) {
    if (!(error instanceof SandboxError)) throw error;
    // A well-formed step this workspace refuses (a label taken, a state unknown): nothing changed.
    return { status: 422, body: { error: error.message, ...(error.hint !== undefined ? { hint: error.hint } : {}) } };
  }
}

/** Longest path regex accepted over HTTP; fault rules match short API paths. */
export const MAX_PATH_REGEX_LENGTH = 200;
/** Unbounded repetitions (`*`, `+`, `{n,}`) a path regex may hold: each one multiplies backtracking. */
const MAX_REPETITIONS = 3;

/**
 * Why a path regex sent over HTTP could take exponential (or high polynomial) time, and so
 * freeze the sandbox on a crafted request path, or undefined. Conservative by design: no
 * back-references, a group repeated without bound holds no repetition or alternative, at most three
 * unbounded repetitions. (Fault rules also test only paths of bounded length.)
 */
export function unsafePattern(source: string): string | undefined {
  if (source.length > MAX_PATH_REGEX_LENGTH) return `longer than ${MAX_PATH_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not accepted';
  // Escapes and character classes are single characters here; then groups, innermost first.
  let rest = source.replace(/\\./g, 'e').replace(/\[\^?\]?[^\]]*\]/g, 'c');
  if ((rest.match(/[*+]|\{\d*,\}/g) ?? []).length > MAX_REPETITIONS) return `more than ${MAX_REPETITIONS} unbounded repetitions`;
  for (;;) {
    const group = /\(([^()]*)\)([*+?]|\{[\d,]*\})?/.exec(rest);
    if (!group) return undefined;
    const [whole, inside = '', quantifier] = group;
    const body = inside.replace(/^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/, '');
    const repeats = /[*+?{]/.test(body);
    const branches = body.includes('|');
    const unbounded = quantifier === '*' || quantifier === '+' || /^\{\d*,\}$/.test(quantifier ?? '');
    if (unbounded && (repeats || branches)) {
      return 'a repeated group may not itself hold a repetition or alternatives (catastrophic backtracking); use a character class such as [ab]+ instead';
    }
    // Keep what the group holds visible to an enclosing group.
    rest = rest.replace(whole, `x${quantifier || repeats ? '+' : ''}${branches ? '|' : ''}`);
  }
}

function parseBody<T>(schema: z.ZodType<T>, raw: string): { value: T } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw === '' ? 'null' : raw);
  } catch {
    return { error: 'The body is not valid JSON.' };
  }
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data };
  const [issue] = result.error.issues;
  return { error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` };
}
