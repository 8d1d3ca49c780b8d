import { ownValue, setOwn } from '../common/own-property.js';
import type { ConfigPath, Finding } from './parts/findings.js';
import { at, isSecretPath, listOf } from './parts/findings.js';

/** A value left out because its environment variables are unset or empty; allowed only in workspaces not in use. */
export interface UnresolvedValue {
  path: ConfigPath;
  variables: string[];
}

export interface InterpolationResult {
  data: unknown;
  findings: Finding[];
  unresolved: UnresolvedValue[];
}

export type Expansion =
  | { ok: true; value: string; variables: string[]; missing: string[] }
  | { ok: false; error: string };

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const SINGLE_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/**
 * Replaces `${NAME}` with the environment's value. Before a `{`, `$$` stands for one
 * literal `$`: `$${NAME}` is the text `${NAME}`, and `$$${NAME}` is a `$` followed by the
 * value (as in Docker Compose). A `$` anywhere else is just a `$`.
 * Deliberately no defaults or nested syntax: a config should read the same everywhere.
 */
export function expandReferences(text: string, env: Record<string, string | undefined>): Expansion {
  let value = '';
  const variables: string[] = [];
  const missing: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '$') {
      value += text[i];
      i += 1;
      continue;
    }
    let run = 0;
    while (text[i + run] === '$') run += 1;
    if (text[i + run] !== '{') {
      value += '$'.repeat(run);
      i += run;
      continue;
    }
    // A run of dollars before `{`: pairs are literal dollars; an odd one left opens a reference.
    value += '$'.repeat(Math.floor(run / 2));
    i += run;
    if (run % 2 === 0) continue; // the `{` is plain text
    const start = i - 1;
    const end = text.indexOf('}', start + 2);
    if (end === -1) return { ok: false, error: 'has a `${` without a closing `}`; write `${NAME}`, or `$${` for a literal `${`' };
    const name = text.slice(start + 2, end);
    if (!VARIABLE_NAME.test(name)) {
      return { ok: false, error: `\`\${${name}}\` is not a valid reference; write \`\${NAME}\` with letters, digits and underscores only (no spaces or defaults)` };
    }
    variables.push(name);
    // Own keys only: `${toString}` is an unset variable, not Object.prototype.toString.
    const found = ownValue(env, name);
    if (found === undefined) missing.push(name);
    else value += found;
    i = end + 1;
  }
  return { ok: true, value, variables, missing };
}

/** A string with no `$` at all: nothing to expand (most values of a large file). */
function isPlainText(value: unknown): boolean {
  return typeof value === 'string' && !value.includes('$');
}

export function missingVariablesMessage(missing: string[], path: ConfigPath): string {
  const unique = [...new Set(missing)];
  const names = listOf(unique);
  // A token must stay out of the file, so do not suggest writing it there.
  if (isSecretPath(path)) return `environment variable ${names} is not set; set it to the access token before running intercom-config`;
  return unique.length === 1
    ? `environment variable ${names} is not set; set it before running intercom-config, or write the value in the file`
    : `environment variables ${names} are not set; set them before running intercom-config, or write the values in the file`;
}

/**
 * Expands every string value (keys stay as written). Results are always strings, so
 * `${X}` can fill names, URLs and enum values but not booleans or numbers. The result
 * shares with `data` every container in which nothing changed, so neither may be
 * modified afterwards.
 * `tolerateMissing(path)` marks values whose unset or empty variables are not an error
 * (other workspaces than the one in use): those values are dropped and listed as unresolved.
 */
export function interpolateEnv(
  data: unknown,
  env: Record<string, string | undefined>,
  tolerateMissing: (path: ConfigPath) => boolean,
): InterpolationResult {
  const findings: Finding[] = [];
  const unresolved: UnresolvedValue[] = [];
  const DROP = Symbol('drop');
  const tokens = tokenVariables(data);

  const expand = (value: unknown, path: ConfigPath): unknown => {
    if (typeof value === 'string') {
      const result = expandReferences(value, env);
      if (!result.ok) {
        findings.push(at(path, result.error));
        return value;
      }
      if (result.variables.length === 0) return result.value;
      const token = isSecretPath(path) ? undefined : result.variables.find((name) => tokens.has(name));
      if (token !== undefined) {
        // Anywhere else, the token would be shown in plans and comments, and sent to Intercom as data.
        findings.push(at(path, `\${${token}} holds an access token (${tokens.get(token)}); it may be used only in a workspace's \`token:\``));
        return value;
      }
      if (tolerateMissing(path)) {
        // CI passes a secret the job lacks as an empty value: for a workspace not in use
        // that must mean the same as unset, not fail the whole file.
        const absent = result.variables.filter((name) => env[name] === undefined || env[name] === '');
        if (absent.length === 0) return result.value;
        unresolved.push({ path, variables: [...new Set(absent)] });
        return DROP;
      }
      if (result.missing.length === 0) return result.value;
      findings.push(at(path, missingVariablesMessage(result.missing, path)));
      return value;
    }
    // Containers are copied only when something inside them changes: a large file holds
    // few references, and copying all of it would double its memory for nothing.
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (isPlainText(item)) continue;
        const expanded = expand(item, [...path, index]);
        if (expanded === item) continue;
        copy ??= value.slice();
        copy[index] = expanded === DROP ? undefined : expanded;
      }
      return copy ?? value;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      let changed = false;
      const expandedEntries = entries.map(([key, item]): [string, unknown] => {
        if (isPlainText(item)) return [key, item];
        const expanded = expand(item, [...path, key]);
        if (expanded !== item) changed = true;
        return [key, expanded];
      });
      if (!changed) return value;
      const out: Record<string, unknown> = {};
      for (const [key, expanded] of expandedEntries) {
        // A `__proto__` key must stay a plain (and then unknown) key.
        if (expanded !== DROP) setOwn(out, key, expanded);
      }
      return out;
    }
    return value;
  };

  return { data: expand(data, []), findings, unresolved };
}

/**
 * The variables that hold access tokens, with where they are read: every workspace's
 * `token: ${VAR}`, and INTERCOM_TOKEN, which a workspace without `token:` reads.
 */
function tokenVariables(data: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const workspaces = data !== null && typeof data === 'object' ? ownValue(data as Record<string, unknown>, 'workspaces') : undefined;
  for (const [name, workspace] of Object.entries(workspaces !== null && typeof workspaces === 'object' ? workspaces : {})) {
    const token = workspace !== null && typeof workspace === 'object' ? ownValue(workspace as Record<string, unknown>, 'token') : undefined;
    const variable = typeof token === 'string' ? SINGLE_REFERENCE.exec(token)?.[1] : undefined;
    if (variable !== undefined && !found.has(variable)) found.set(variable, `workspaces.${name}.token reads it`);
  }
  if (!found.has('INTERCOM_TOKEN')) found.set('INTERCOM_TOKEN', 'the default token variable');
  return found;
}
