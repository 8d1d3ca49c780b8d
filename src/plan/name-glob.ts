/**
 * Glob patterns over name paths, shared by everything that picks objects by name: the
 * `ignore:` section today, `--target`/`--exclude` selectors (`ticket_type:Bug*`,
 * `attribute:Bug report/Severity`, `collection:Guides/**`) next. A name path is the list
 * of names that identifies an object: `["Bug report"]` for a ticket type,
 * `["Bug report", "Severity"]` for an attribute, the names from the top level down for a
 * collection. Matching is segment by segment, so a name that contains `/` is matched as
 * one name (write it `\/` in a pattern).
 *
 * Syntax, per `/`-separated segment: `*` any run of characters, `?` one character, `\`
 * takes the next character literally (a last lone `\` is itself); a segment that is exactly `**` matches any number
 * of segments, none included (`Legacy/**` is Legacy and everything below it). Names
 * compare as Intercom compares them, case and Unicode form aside (src/plan/same-name.ts):
 * `bug*` matches "Bug report", as matching a declared object would.
 */

import { nameKey } from './same-name.js';

export interface NameGlob {
  readonly pattern: string;
  /** Fewest and most segments a path it matches can have (`Infinity` with `**`). */
  readonly minSegments: number;
  readonly maxSegments: number;
  matches(path: readonly string[]): boolean;
}

type Segment = { any: true } | { any: false; tokens: readonly Token[] };
/** One character of a name (a code point, folded), any one character, or any run of them. */
type Token = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'star' };

/** Parses a pattern; a malformed one is a message saying what is wrong. */
export function parseNameGlob(pattern: string): NameGlob | { error: string } {
  if (pattern === '') return { error: 'a pattern cannot be empty' };
  const raw = splitSegments(pattern);
  if (raw.some((segment) => segment.text === '')) {
    return { error: 'a pattern cannot have an empty name: no leading, trailing or doubled "/" (write a "/" inside a name as "\\/")' };
  }
  const segments: Segment[] = [];
  for (const segment of raw) {
    if (segment.text === '**' && !segment.escaped) segments.push({ any: true });
    else if (/(^|[^\\])\*\*/.test(segment.text)) return { error: `"**" must be a whole segment (between "/"), not part of "${segment.text}"` };
    else segments.push({ any: false, tokens: segmentTokens(segment.text) });
  }
  const fixed = segments.filter((s) => !s.any).length;
  return {
    pattern,
    minSegments: fixed,
    maxSegments: segments.some((s) => s.any) ? Number.POSITIVE_INFINITY : fixed,
    matches: (path) => matchFrom(segments, 0, path.map(nameKey), 0, new Map()),
  };
}

/** `kind:pattern`, as `--target` and `--exclude` take it; `kind` is the plan JSON kind name. */
export interface NameSelector {
  /** As written, for messages. */
  text: string;
  kind: string;
  glob: NameGlob;
}

export interface SelectorKindOptions {
  /** Other spellings of kind names, e.g. `attribute` → `ticket_type_attribute`. */
  aliases?: Readonly<Record<string, string>>;
  /** The kind most likely meant by an unknown one (did you mean). */
  suggest?: (kind: string) => string | undefined;
}

/** Parses `kind:pattern` against the kinds that exist; an unknown kind or bad pattern is a message. */
export function parseSelector(text: string, kinds: readonly string[], options: SelectorKindOptions = {}): NameSelector | { error: string } {
  const colon = text.indexOf(':');
  if (colon <= 0) return { error: `"${text}" names no kind; write kind:pattern, e.g. ${kinds[0] ?? 'kind'}:Name*` };
  const written = text.slice(0, colon);
  const kind = kinds.includes(written) ? written : Object.hasOwn(options.aliases ?? {}, written) ? options.aliases![written]! : undefined;
  if (kind === undefined) {
    const guess = options.suggest?.(written);
    const aliases = Object.entries(options.aliases ?? {});
    const listed = kinds.map((k) => [k, ...aliases.filter(([, to]) => to === k).map(([alias]) => `(or ${alias})`)].join(' '));
    return { error: `"${written}" is not a kind; ${guess !== undefined ? `did you mean ${guess}? ` : ''}kinds are ${listed.join(', ')}` };
  }
  const glob = parseNameGlob(text.slice(colon + 1));
  return 'error' in glob ? glob : { text, kind, glob };
}

/** A pattern that matches exactly this name path: `*`, `?`, `/` and `\\` in names taken literally. */
export function exactPattern(path: readonly string[]): string {
  return path.map((name) => name.replace(/[\\*?/]/g, (c) => `\\${c}`)).join('/');
}

export function selectorMatches(selector: NameSelector, kind: string, path: readonly string[]): boolean {
  return selector.kind === kind && selector.glob.matches(path);
}

function splitSegments(pattern: string): { text: string; escaped: boolean }[] {
  const out: { text: string; escaped: boolean }[] = [];
  let text = '';
  let escaped = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) {
      text += char + pattern[i + 1]!;
      escaped = true;
      i += 1;
    } else if (char === '/') {
      out.push({ text, escaped });
      text = '';
      escaped = false;
    } else {
      text += char;
    }
  }
  out.push({ text, escaped });
  return out;
}

/** A segment as tokens over folded names: literal runs are folded as names are, so both sides compare alike. */
function segmentTokens(segment: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  const flush = () => {
    // By code point: `?` is one character, an emoji or accented letter included, not one UTF-16 unit.
    for (const char of nameKey(literal)) tokens.push({ kind: 'char', char });
    literal = '';
  };
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '\\' && i + 1 < segment.length) literal += segment[++i]!;
    else if (char === '*' || char === '?') {
      flush();
      tokens.push({ kind: char === '*' ? 'star' : 'one' });
    } else literal += char;
  }
  flush();
  return tokens;
}

/**
 * Whether a folded name matches a segment's tokens. On a mismatch it goes back only to the
 * last `*` and lets it take one more character, so the work is at most name × pattern
 * length: a pattern from a config or a command line (`*a*a*a*a*b`) cannot make it hang, as
 * a backtracking regex can.
 */
function tokensMatch(tokens: readonly Token[], name: string): boolean {
  const chars = Array.from(name);
  let t = 0;
  let c = 0;
  let star = -1;
  let starC = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token !== undefined && (token.kind === 'one' || (token.kind === 'char' && token.char === chars[c]))) {
      t += 1;
      c += 1;
    } else if (token?.kind === 'star') {
      star = t;
      starC = c;
      t += 1;
    } else if (star !== -1) {
      t = star + 1;
      starC += 1;
      c = starC;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t += 1;
  return t === tokens.length;
}

/** Segment-by-segment match; `**` tries every split, memoised so long paths stay linear. */
function matchFrom(segments: readonly Segment[], s: number, path: readonly string[], p: number, memo: Map<number, boolean>): boolean {
  const key = s * (path.length + 1) + p;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let result: boolean;
  const segment = segments[s];
  if (segment === undefined) result = p === path.length;
  else if (segment.any) result = matchFrom(segments, s + 1, path, p, memo) || (p < path.length && matchFrom(segments, s, path, p + 1, memo));
  else result = p < path.length && tokensMatch(segment.tokens, path[p]!) && matchFrom(segments, s + 1, path, p + 1, memo);
  memo.set(key, result);
  return result;
}
