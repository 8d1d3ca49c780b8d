/**
 * A fast reader for the plain subset of YAML that config files are made of: block
 * mappings and sequences, one-line scalars (plain, 'single' or "double" quoted), one-line
 * flow lists and mappings of scalars, comments. Building `yaml`'s Document (a CST, then
 * nodes with source ranges) costs about ten times as much for a large file, and its
 * positions only matter when there is something to report.
 *
 * The contract is one-sided: for every text this reader accepts, the full parser
 * (`parseDocument` with the options of parse-yaml.ts) reports no error or warning and
 * yields the same data. Anything outside the subset, or anything the full parser might
 * treat differently — anchors, aliases, merge keys, tags, block scalars, multi-line
 * scalars, nested or multi-line flow collections, quoted or non-identifier keys, tabs,
 * duplicate keys, document markers — gives `undefined`, and the caller parses the text
 * with the full parser, which also finds and locates every error.
 * test/config/simple-yaml.test.ts compares the two.
 */

/** Thrown (never escapes this module) when the text leaves the subset. */
const OUTSIDE = Symbol('outside the simple subset');

/**
 * Characters the subset leaves to the full parser: tabs (indentation rules), a lone CR,
 * control and C1 characters, the Unicode line and paragraph separators, a BOM or
 * non-character inside the text.
 */
const UNUSUAL_CHARACTER = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;

/**
 * A key: an identifier-like plain scalar (locales, workspace and field names), which the
 * core schema always reads as a string. Quoted, numeric or spaced keys go to the full parser.
 */
const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Plain keys the core schema reads as null or a boolean rather than as text. */
const NON_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** `yaml` refuses implicit keys longer than this. */
const MAX_KEY_LENGTH = 1024;

/** Characters that cannot start a plain scalar here (YAML indicators, and `-` unless a number follows). */
const PLAIN_START_FORBIDDEN = new Set(['&', '*', '!', '|', '>', '%', '@', '`', '{', '}', '[', ']', ',', '?', ':', '#', '"', "'"]);

// The YAML 1.2 core schema's resolution of plain scalars (spec §10.3.2), the schema `yaml` uses.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_OCTAL = /^0o[0-7]+$/;
const CORE_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const CORE_INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const CORE_NAN = /^\.(?:nan|NaN|NAN)$/;
/** Escapes whose meaning is the same in a YAML double-quoted scalar and in JSON. */
const JSON_COMPATIBLE_ESCAPES = /^(?:[^\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*$/;

/**
 * The data of `text` when it is a mapping written in the simple subset with at most
 * `maxValues` values (mappings, lists, keys and scalars); otherwise undefined.
 */
export function parseSimpleYaml(text: string, maxValues: number): Record<string, unknown> | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  try {
    return new SubsetReader(text, maxValues).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

class SubsetReader {
  private readonly lines: string[];
  /** Index of the current line: always one with content (not blank, not only a comment), or lines.length. */
  private index = -1;
  private indent = 0;
  private content = '';
  private values = 0;

  constructor(text: string, private readonly maxValues: number) {
    this.lines = text.split('\n');
    this.advance();
  }

  document(): Record<string, unknown> {
    if (this.atEnd()) throw OUTSIDE; // empty: the full parser explains
    const root = this.mapping(this.indent, undefined);
    if (!this.atEnd()) throw OUTSIDE;
    return root;
  }

  private atEnd(): boolean {
    return this.index >= this.lines.length;
  }

  private advance(): void {
    for (this.index += 1; this.index < this.lines.length; this.index += 1) {
      const line = this.lines[this.index] as string;
      let end = line.length;
      if (line.charCodeAt(end - 1) === 13 /* \r */) end -= 1;
      while (end > 0 && line.charCodeAt(end - 1) === 32) end -= 1;
      let indent = 0;
      while (indent < end && line.charCodeAt(indent) === 32) indent += 1;
      if (indent === end || line.charCodeAt(indent) === 35 /* # */) continue;
      this.indent = indent;
      this.content = line.slice(indent, end);
      return;
    }
  }

  private count(): void {
    this.values += 1;
    if (this.values > this.maxValues) throw OUTSIDE; // the full parser reports where the bound is crossed
  }

  /**
   * A block mapping whose keys start at column `indent`. `first` is the content of its
   * first entry when that sits after a `- ` on the current line (a compact mapping).
   */
  private mapping(indent: number, first: KeyEntry | undefined): Record<string, unknown> {
    this.count();
    const map: Record<string, unknown> = {};
    let entry = first;
    for (;;) {
      if (entry === undefined) {
        if (this.atEnd() || this.indent < indent) return map;
        if (this.indent > indent) throw OUTSIDE;
        entry = keyEntry(this.content);
        if (!entry) throw OUTSIDE;
      }
      const { key, rest } = entry;
      if (NON_TEXT_KEY.test(key) || key === '__proto__' || Object.hasOwn(map, key)) throw OUTSIDE;
      this.count();
      this.advance();
      map[key] = rest === '' || rest.startsWith('#') ? this.blockValue(indent) : this.inlineValue(rest);
      entry = undefined;
    }
  }

  /** The value of `key:` with nothing after it: a nested block, or null. */
  private blockValue(parentIndent: number): unknown {
    if (!this.atEnd()) {
      if (this.indent > parentIndent) return this.block(this.indent);
      // `key:` followed by `- item` at the key's own column is a list (YAML allows it).
      if (this.indent === parentIndent && isSequenceEntry(this.content)) return this.sequence(parentIndent);
    }
    this.count();
    return null;
  }

  private block(indent: number): unknown {
    return isSequenceEntry(this.content) ? this.sequence(indent) : this.mapping(indent, undefined);
  }

  /** A block sequence whose `-` signs are at column `indent`. */
  private sequence(indent: number): unknown[] {
    this.count();
    const list: unknown[] = [];
    while (!this.atEnd() && this.indent === indent && isSequenceEntry(this.content)) {
      let offset = 2;
      while (this.content.charCodeAt(offset) === 32) offset += 1;
      const rest = this.content.slice(offset);
      if (rest === '' || rest.startsWith('#') || rest.startsWith('- ') || rest === '-') throw OUTSIDE;
      const entry = keyEntry(rest);
      if (entry) {
        list.push(this.mapping(indent + offset, entry));
      } else {
        this.advance();
        list.push(this.inlineValue(rest));
      }
    }
    if (!this.atEnd() && this.indent > indent) throw OUTSIDE;
    return list;
  }

  /**
   * A scalar or flow list written after `key: ` or `- `; the line has been consumed. A next
   * line indented deeper (a multi-line scalar) is refused by the enclosing block.
   */
  private inlineValue(text: string): unknown {
    const first = text[0];
    if (first === '"' || first === "'") {
      const { value, end } = quoted(text, 0);
      expectLineEnd(text, end);
      this.count();
      return value;
    }
    if (first === '[') return this.flowList(text);
    if (first === '{') return this.flowMap(text);
    this.count();
    return resolvePlain(plainText(text));
  }

  /** `[a, "b", 3]` on one line: scalars only, no empty entries. */
  private flowList(text: string): unknown[] {
    this.count();
    const list: unknown[] = [];
    flowEntries(text, ']', (at) => {
      const item = flowScalar(text, at, ']');
      list.push(item.value);
      this.count();
      return item.end;
    });
    return list;
  }

  /** `{ name: Premiers pas, description: "…" }` on one line: identifier keys, scalar values. */
  private flowMap(text: string): Record<string, unknown> {
    this.count();
    const map: Record<string, unknown> = {};
    flowEntries(text, '}', (at) => {
      FLOW_KEY.lastIndex = at;
      const key = FLOW_KEY.exec(text)?.[1];
      if (key === undefined || NON_TEXT_KEY.test(key) || key === '__proto__' || Object.hasOwn(map, key)) throw OUTSIDE;
      const item = flowScalar(text, FLOW_KEY.lastIndex, '}');
      map[key] = item.value;
      this.count(); // the key
      this.count(); // its value
      return item.end;
    });
    return map;
  }
}

/**
 * The entries of a one-line flow collection opened at `text[0]`: `read` reads one entry
 * at the given offset and returns where it ends; a `,` or `close` must follow each.
 */
function flowEntries(text: string, close: string, read: (at: number) => number): void {
  let i = skipSpaces(text, 1);
  if (text[i] !== close) {
    for (;;) {
      i = read(i);
      if (text[i] === close) break;
      if (text[i] !== ',') throw OUTSIDE;
      i = skipSpaces(text, i + 1);
    }
  }
  expectLineEnd(text, i + 1);
}

/** A key inside a flow mapping, with the `: ` after it (sticky: read at lastIndex). */
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_.-]{0,1023}): +/y;

/**
 * A quoted or plain scalar inside `[…]` or `{…}`, starting at `start`; `end` is where the
 * next `,` or the closing bracket is expected. Plain ones may not hold anything that has
 * a meaning in a flow collection (`: # [ ] { } ,` or quotes), nor start with `-`.
 */
function flowScalar(text: string, start: number, close: string): { value: unknown; end: number } {
  const char = text[start];
  if (char === '"' || char === "'") {
    const { value, end } = quoted(text, start);
    return { value, end: skipSpaces(text, end) };
  }
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== close) end += 1;
  const item = trimSpaces(text.slice(start, end));
  if (item === '' || /[:#[\]{}"']/.test(item) || PLAIN_START_FORBIDDEN.has(item[0] as string) || item[0] === '-') throw OUTSIDE;
  return { value: resolvePlain(item), end };
}

interface KeyEntry {
  key: string;
  /** What follows `key:` and its spaces: a value, a comment, or nothing. */
  rest: string;
}

/** `key: rest` or `key:` with a key of the subset; undefined for anything else. */
function keyEntry(content: string): KeyEntry | undefined {
  const colon = content.indexOf(':');
  if (colon <= 0 || colon > MAX_KEY_LENGTH) return undefined;
  const afterColon = colon + 1;
  if (afterColon < content.length && content.charCodeAt(afterColon) !== 32) return undefined;
  const key = content.slice(0, colon);
  if (!KEY_NAME.test(key)) return undefined;
  return { key, rest: content.slice(skipSpaces(content, afterColon)) };
}

function isSequenceEntry(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** Drops trailing spaces only: YAML's white space is space and tab, not every Unicode space `trimEnd` knows. */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32) i += 1;
  return i;
}

/** Nothing but spaces and a comment may follow a value; a comment needs a space before `#`. */
function isLineEnd(text: string, from: number): boolean {
  const i = skipSpaces(text, from);
  return i === text.length || (i > from && text[i] === '#');
}

function expectLineEnd(text: string, from: number): void {
  if (!isLineEnd(text, from)) throw OUTSIDE;
}

/** A quoted scalar starting at `start`; `end` is just past the closing quote. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  if (quote === "'") {
    let value = '';
    let i = start + 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close === -1) throw OUTSIDE;
      value += text.slice(i, close);
      if (text[close + 1] !== "'") return { value, end: close + 1 };
      value += "'";
      i = close + 2;
    }
  }
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  if (i >= text.length) throw OUTSIDE;
  const body = text.slice(start + 1, i);
  if (!body.includes('\\')) return { value: body, end: i + 1 };
  // YAML has more escapes than JSON (\x, \e, \N, \_…); those are left to the full parser.
  if (!JSON_COMPATIBLE_ESCAPES.test(body)) throw OUTSIDE;
  return { value: JSON.parse(`"${body}"`) as string, end: i + 1 };
}

/** The text of a plain scalar: up to a ` #` comment, trailing spaces dropped. */
function plainText(text: string): string {
  const first = text[0] as string;
  if (PLAIN_START_FORBIDDEN.has(first) || (first === '-' && !/^-[0-9.]/.test(text))) throw OUTSIDE;
  const comment = text.indexOf(' #');
  const value = trimSpaces(comment === -1 ? text : text.slice(0, comment));
  // `a: b: c` is a nested mapping the full parser refuses on one line.
  if (value.includes(': ') || value.endsWith(':')) throw OUTSIDE;
  return value;
}

/** A plain scalar as the YAML 1.2 core schema reads it. */
export function resolvePlain(text: string): unknown {
  // Most scalars are words: only these first characters can start a null, boolean or number.
  if (!'~nNtTfF0123456789+-.'.includes(text[0] ?? '')) return text;
  if (CORE_NULL.test(text)) return null;
  if (CORE_BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (CORE_OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (CORE_INT.test(text)) return parseInt(text, 10);
  if (CORE_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (CORE_INFINITY.test(text)) return text[0] === '-' ? -Infinity : Infinity;
  if (CORE_NAN.test(text)) return NaN;
  if (CORE_FLOAT.test(text)) return parseFloat(text);
  return text;
}
