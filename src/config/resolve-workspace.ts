import { resolve } from 'node:path';
import { UserError, type SourceLocation } from '../errors.js';
import { ownValue } from '../common/own-property.js';
import { closestMatch } from './did-you-mean.js';
import { ALLOW_URL_ENV, parseAllowedHosts } from './api-hosts.js';
import type { Region, WorkspaceConfig } from './config-types.js';
import { formatPath, listOf, quote } from './parts/findings.js';
import type { LoadedConfig } from './load-config.js';
import { pickWorkspaceName } from './pick-workspace.js';

/** Official API base URLs per data-hosting region. */
export const REGION_BASE_URLS: Record<Region, string> = {
  us: 'https://api.intercom.io',
  eu: 'https://api.eu.intercom.io',
  au: 'https://api.au.intercom.io',
};

export interface ResolvedWorkspace {
  name: string;
  kind: 'remote' | 'sandbox';
  /** remote: API base URL without a trailing slash. */
  baseUrl?: string;
  /** remote: bearer token. Never print it. */
  token?: string;
  /** sandbox: absolute path of the sandbox state file. */
  sandboxStateFile?: string;
  /** sandbox: absolute path of the seed file for a fresh sandbox, when declared. */
  sandboxSeedFile?: string;
  /** sandbox: the workspace's `switches:`, when declared. */
  sandboxSwitches?: Record<string, string>;
  /**
   * remote with a `url:`: where it is written and the hosts allowed from outside the file
   * (INTERCOM_CONFIG_ALLOW_URL). `connectWorkspace` refuses any other non-Intercom host.
   */
  urlPolicy?: UrlPolicy;
}

export interface UrlPolicy {
  location: SourceLocation | undefined;
  path: (string | number)[];
  allowedHosts: string[];
}

/**
 * The workspace a command talks to: `name`, else `default_workspace`, else the only one,
 * else `sandbox`. Refuses with a UserError (saying what to do) when that is impossible.
 */
export function resolveWorkspace(
  loaded: LoadedConfig,
  name: string | undefined,
  env: Record<string, string | undefined> = process.env,
  /** The flag that named it, for the hint: `--to nosuch` is fixed in --to, not --workspace. */
  flag = '--workspace',
): ResolvedWorkspace {
  const { config } = loaded;
  const declared = Object.keys(config.workspaces);
  const chosen = pickWorkspaceName(name, config.default_workspace, declared);
  if (chosen === undefined) {
    throw new UserError(`${loaded.file} declares several workspaces (${listOf(declared)}) and no default_workspace`, {
      hint: 'Choose one with --workspace NAME, or set default_workspace in the config.',
    });
  }
  const workspace = declaredWorkspace(loaded, chosen, flag);

  const unresolved = loaded.unresolved.filter((u) => u.path[0] === 'workspaces' && u.path[1] === chosen);
  if (unresolved.length > 0) {
    const variables = [...new Set(unresolved.flatMap((u) => u.variables))];
    const where = unresolved.map((u) => {
      const location = loaded.locate(u.path);
      return `${formatPath(u.path)}${location ? ` (${location.file}:${location.line}:${location.column})` : ''}`;
    });
    throw new UserError(`Workspace ${quote(chosen)} needs environment variable${variables.length === 1 ? '' : 's'} ${listOf(variables)}, which ${variables.length === 1 ? 'was' : 'were'} unset or empty when the config was loaded (used by ${listOf(where)})`, {
      hint: `Set ${listOf(variables)} and run again.`,
    });
  }

  if (workspace.sandbox !== undefined) {
    return {
      name: chosen,
      kind: 'sandbox',
      sandboxStateFile: resolve(loaded.dir, workspace.sandbox),
      ...(workspace.seed !== undefined ? { sandboxSeedFile: resolve(loaded.dir, workspace.seed) } : {}),
      ...(workspace.switches !== undefined ? { sandboxSwitches: definedOnly(workspace.switches) } : {}),
    };
  }
  const baseUrl = (workspace.url ?? REGION_BASE_URLS[workspace.region ?? 'us']).replace(/\/+$/, '');
  const token = workspace.token ?? env['INTERCOM_TOKEN'];
  if (token === undefined || token === '') {
    throw new UserError(`Workspace ${quote(chosen)} has no access token`, {
      hint: 'Set the INTERCOM_TOKEN environment variable, or add `token: ${YOUR_VARIABLE}` to the workspace in the config.',
    });
  }
  if (workspace.url === undefined) return { name: chosen, kind: 'remote', baseUrl, token };
  const path = ['workspaces', chosen, 'url'];
  const urlPolicy: UrlPolicy = {
    // Only a refused URL needs its position, and finding positions parses the file again.
    get location() {
      return loaded.locate(path);
    },
    path,
    allowedHosts: parseAllowedHosts(env[ALLOW_URL_ENV]),
  };
  return { name: chosen, kind: 'remote', baseUrl, token, urlPolicy };
}

/**
 * The workspace the config declares as `name`, or the "Unknown workspace" error with the
 * closest declared name and the flag to fix. Commands that name two workspaces (`diff
 * --from --to`, `plan --from`) check both before the first request, so a typo in the
 * second costs no reads.
 */
export function declaredWorkspace(loaded: LoadedConfig, name: string, flag: string): WorkspaceConfig {
  // Own keys only: `-w toString` must not find Object.prototype.toString and fall back to a region default.
  const workspace = ownValue(loaded.config.workspaces, name);
  if (workspace) return workspace;
  const declared = Object.keys(loaded.config.workspaces);
  const guess = closestMatch(name, declared);
  const suggestion = guess === undefined ? '' : `; did you mean ${quote(guess)}?`;
  throw new UserError(`Unknown workspace ${quote(name)}; ${loaded.file} declares ${listOf(declared)}${suggestion}`, {
    hint: `Pass one of those names with ${flag}, or declare the workspace under \`workspaces:\`.`,
  });
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
