import type { ConfigPath } from './parts/findings.js';
import { quote } from './parts/findings.js';

/** The value at `path` in plain data, and whether the last key is present at all. */
export function valueAt(data: unknown, path: ConfigPath): { present: boolean; value: unknown } {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return { present: false, value: undefined };
    node = (node as Record<string | number, unknown>)[segment];
  }
  return { present: true, value: node };
}

const MAX_ECHO = 60;

/**
 * How a value reads in a message: "the text "abc"", "the number 2.1", "a list".
 * `secret` values are described by kind only, never echoed.
 */
export function describeValue(value: unknown, options: { secret?: boolean; sourceText?: string | undefined } = {}): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      if (options.secret) return 'a text';
      return `the text ${quote(value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value)}`;
    case 'number':
      return options.secret ? 'a number' : `the number ${options.sourceText ?? String(value)}`;
    case 'boolean':
      return options.secret ? 'true or false' : `${String(value)}`;
    case 'object':
      return 'a mapping';
    default:
      return `a ${typeof value}`;
  }
}

/** What a schema type is called in messages. */
export function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping (key: value lines)';
    default:
      return expected;
  }
}
