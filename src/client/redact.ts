const REDACTED = '[REDACTED]';

/**
 * Removes a bearer token from text meant for people (messages, logs, debug traces).
 * Also catches the URL-encoded spelling, since a token can end up in a query string
 * or an encoded error message.
 */
export function redact(text: string, token: string): string {
  if (token.length === 0) return text;
  const spellings = new Set([token, encodeURIComponent(token)]);
  let out = text.split(`Bearer ${token}`).join(REDACTED);
  for (const spelling of spellings) out = out.split(spelling).join(REDACTED);
  return out;
}
