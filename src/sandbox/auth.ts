/** Bearer token check: a configured token must match exactly; otherwise any non-empty token. */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The bearer token of the request, or undefined when it is missing or malformed. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S.*)$/i.exec(header.trim());
  return match?.[1]?.trim() || undefined;
}

export function isAuthorized(token: string | undefined, expected: string | undefined): token is string {
  if (token === undefined) return false;
  if (expected === undefined) return true;
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
