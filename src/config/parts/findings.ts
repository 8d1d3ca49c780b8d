import type { SourceLocation } from '../../errors.js';

/** A problem found in the config before it is tied to a file position. */
export type ConfigPath = (string | number)[];

export interface Finding {
  path: ConfigPath;
  message: string;
  /** Point at the key of the last path segment instead of its value (unknown or duplicate keys). */
  at?: 'key' | 'value';
  /** An explicit position, for problems found before there is a YAML tree (bad bytes, syntax). */
  position?: { line: number; column: number };
  /** The file `position` is in, when not the config file (a line of an article's Markdown file). */
  file?: string;
}

/** `ticket_types[0].attributes[2].name`: the path as a user would write it. */
export function formatPath(path: ConfigPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? 'top level' : text;
}

/** Prefix a message with the path it is about, so a reader knows the field without opening the file. */
export function at(path: ConfigPath, message: string, where: 'key' | 'value' = 'value'): Finding {
  return { path, message: `${formatPath(path)}: ${message}`, at: where };
}

/** Values that must never be echoed, even in an error: the access tokens. */
export function isSecretPath(path: ConfigPath): boolean {
  return path[0] === 'workspaces' && path[2] === 'token';
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

export function listOf(values: readonly string[]): string {
  return values.join(', ');
}

/** Finds where a value (or its key) sits in the YAML source, for file:line:col messages. */
export interface SourceLocator {
  /** The value at `path`, or the nearest ancestor that exists (for missing keys: the parent mapping). */
  value(path: ConfigPath): SourceLocation | undefined;
  /** The key of the last segment of `path`; falls back to `value(path)`. */
  key(path: ConfigPath): SourceLocation | undefined;
  /** The exact source text of the value at `path` (e.g. `2.10` before YAML turned it into 2.1). */
  text(path: ConfigPath): string | undefined;
}
