import type * as z from 'zod';
import { closestMatch, suggestValues } from './did-you-mean.js';
import { describeExpected, describeValue, valueAt } from './describe-value.js';
import type { ConfigPath, Finding } from './parts/findings.js';
import { at, formatPath, isSecretPath, listOf, quote } from './parts/findings.js';
import { allowedKeys, enumValues, schemaAt } from './schema-introspection.js';

/** Returned by the parse-time error map: the issue gets a message written here, not zod's. */
export const GENERATED = '\u0000generated';

export interface IssueContext {
  schema: z.ZodType;
  data: unknown;
  /** Source text of the value at a path (numbers as written, before YAML converts them). */
  sourceText(path: ConfigPath): string | undefined;
}

// Keys people reach for that are deliberately not part of the file.
const NOT_CONFIG_FIELDS: Record<string, string> = {
  id: 'objects are matched by name, never by id (ids differ between workspaces); remove `id`',
  icon: 'a collection\'s icon is read-only in the Intercom API, so it is not a config field; remove it',
  order: 'a collection\'s order is read-only in the Intercom API, so it is not a config field; remove it',
};

export function zodIssuesToFindings(issues: readonly z.core.$ZodIssue[], context: IssueContext): Finding[] {
  return issues.flatMap((issue) => convert(issue, context));
}

function convert(issue: z.core.$ZodIssue, context: IssueContext): Finding[] {
  const path = issue.path as ConfigPath;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => unknownKey(path, key, context));
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0]?.message;
    const text = inner && inner !== GENERATED ? inner : 'is not a valid name';
    return [at(path, `key ${quote(String(path[path.length - 1]))}: ${text}`, 'key')];
  }
  if (issue.message !== GENERATED) return [at(path, issue.message)];

  const { present, value } = valueAt(context.data, path);
  const sourceText = context.sourceText(path);
  const got = describeValue(value, { secret: isSecretPath(path), sourceText });
  const field = schemaAt(context.schema, path);

  if (!present && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const parent = path.slice(0, -1);
    const key = String(path[path.length - 1]);
    const values = enumValues(field);
    const choices = values.length > 0 ? ` (one of ${listOf(values)})` : '';
    return [at(parent, `missing required key \`${key}\`${choices}; add it`)];
  }

  // A token of the wrong type is a token written into the file; the token rule reports it without echoing it.
  if (isSecretPath(path) && value !== null) return [];

  switch (issue.code) {
    case 'invalid_type':
      return [at(path, `expected ${describeExpected(issue.expected)}, got ${got}${typeHint(issue.expected, value, sourceText, allowedKeys(field))}`)];
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (issue.values.length === 1 && typeof issue.values[0] === 'number') {
        const unquoteHint = typeof value === 'string' && value === values[0] ? '; write it without quotes' : '';
        return [at(path, `must be ${values[0]}, got ${got}${unquoteHint}`)];
      }
      if (typeof value !== 'string') {
        // `api_version: 2.14` is a number in YAML; the allowed values are texts.
        const asWritten = sourceText !== undefined && values.includes(sourceText) ? `; put it in quotes: ${quote(sourceText)}` : '';
        return [at(path, `expected one of ${listOf(values)}, got ${got}${asWritten}`)];
      }
      const guesses = suggestValues(value, values);
      const hint = guesses.length > 0 ? `; did you mean ${guesses.map(quote).join(' or ')}?` : '';
      return [at(path, `${got} is not allowed here; use one of ${listOf(values)}${hint}`)];
    }
    case 'too_small':
      if (issue.origin === 'string') return [at(path, issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long`)];
      if (issue.origin === 'array') return [at(path, `must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}; remove the key or add items`)];
      return [at(path, `must be at least ${issue.minimum}`)];
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return [at(path, `is ${value.length} characters long; at most ${issue.maximum} are allowed, so shorten it`)];
      }
      return [at(path, `must be at most ${issue.maximum}`)];
    default:
      return [at(path, `is not valid (${issue.code})`)];
  }
}

function unknownKey(path: ConfigPath, key: string, context: IssueContext): Finding {
  const keyPath = [...path, key];
  const allowed = allowedKeys(schemaAt(context.schema, path));
  const guess = closestMatch(key, allowed);
  const where = path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
  let message: string;
  if (guess !== undefined) message = `unknown key \`${key}\`; did you mean \`${guess}\`?`;
  else if (Object.hasOwn(NOT_CONFIG_FIELDS, key) && allowed.includes('name')) message = `unknown key \`${key}\`: ${NOT_CONFIG_FIELDS[key]}`;
  else message = `unknown key \`${key}\` ${where}; allowed keys are ${listOf(allowed)}`;
  return { path: keyPath, message: `${formatPath(keyPath)}: ${message}`, at: 'key' };
}

function typeHint(expected: string, value: unknown, sourceText: string | undefined, keys: string[]): string {
  if (value === null) return '; write a value after the colon or remove the key';
  // `- Bug report` in a list of ticket types (or collections) instead of `- name: Bug report`.
  if (expected === 'object' && typeof value === 'string' && keys.includes('name')) return `; write it as \`- name: ${value}\``;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `; put it in quotes: ${quote(sourceText ?? String(value))}`;
  }
  if (expected === 'boolean' && typeof value === 'string' && /^(true|false|yes|no|on|off)$/i.test(value)) {
    return '; write true or false without quotes';
  }
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
    return '; write a list, e.g. [a, b] or one "- item" per line';
  }
  return '';
}
