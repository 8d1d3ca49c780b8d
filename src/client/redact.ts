/**
 * Keeps the bearer token out of everything meant for people: messages, logs, debug traces
 * and the data a server sends back. A server or proxy may echo the token in any spelling,
 * so these are all caught: as is, URL-encoded (upper- or lowercase hex, even mixed with
 * plain characters), base64 and base64url (with or without padding, and inside a longer
 * base64 text), and JSON-escaped.
 */
const REDACTED = '[REDACTED]';

/** Shortest base64 core worth matching inside a longer base64 text: shorter ones would hit by chance. */
const MIN_CORE_LENGTH = 16;

export interface Redactor {
  /** `text` with every spelling of the token replaced by [REDACTED]. */
  text(text: string): string;
  /** Whether `text` holds the token in any spelling (cheaper than `text` when it does not). */
  holds(text: string): boolean;
  /**
   * A parsed JSON answer with the token removed from every string (keys included).
   * `raw` is the text it was parsed from: when it shows no trace of the token and no
   * escape that could hide one, the value is returned as is, without a walk.
   */
  value<T>(value: T, raw: string): T;
}

export function createRedactor(token: string): Redactor {
  if (token.length === 0) return { text: (text) => text, holds: () => false, value: (value) => value };
  const literals = [...new Set([`Bearer ${token}`, JSON.stringify(token).slice(1, -1), ...base64Spellings(token)])].sort((a, b) => b.length - a.length);
  const pattern = [...Buffer.from(token, 'utf8')].map(byteSpelling).join('');
  const encoded = new RegExp(pattern, 'g');
  const found = new RegExp(pattern);
  const holds = (text: string): boolean => literals.some((l) => text.includes(l)) || found.test(text);
  const redactText = (text: string): string => {
    let out = text;
    for (const literal of literals) if (out.includes(literal)) out = out.split(literal).join(REDACTED);
    return out.replace(encoded, REDACTED);
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        Object.defineProperty(out, redactText(key), { value: walk(item), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return value;
  };
  return {
    text: redactText,
    holds,
    // A backslash in the raw text may be a JSON escape spelling the token differently.
    value: <T>(value: T, raw: string): T => (raw.includes('\\') || holds(raw) ? (walk(value) as T) : value),
  };
}

/** Removes the token from `text` in every spelling `createRedactor` knows. */
export function redact(text: string, token: string): string {
  return createRedactor(token).text(text);
}

/** One byte of the token: itself, or percent-encoded with either case of hex digit. */
function byteSpelling(byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  const caseless = [...hex].map((d) => (/[A-F]/.test(d) ? `[${d}${d.toLowerCase()}]` : d)).join('');
  const plain = String.fromCharCode(byte).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return `(?:${plain}|%${caseless})`;
}

/**
 * The token base64-encoded on its own (padded and not, standard and URL alphabet), and the
 * part of its encoding that stays the same when it sits at any offset inside a longer
 * encoded text (e.g. `user:token` in a Basic header).
 */
function base64Spellings(token: string): string[] {
  const bytes = Buffer.from(token, 'utf8');
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    if (shift === 0) out.push(encoded, encoded.replace(/=+$/, ''));
    // Characters that depend on the token's bits only.
    const core = encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
    if (core.length >= MIN_CORE_LENGTH) out.push(core);
  }
  return [...out, ...out.map((s) => s.replace(/\+/g, '-').replace(/\//g, '_'))];
}
