import type { ClientEvent } from '../client/intercom-client.js';
import { IntercomClient, type IntercomClientOptions } from '../client/intercom-client.js';
import { ALLOW_URL_ENV, INTERCOM_API_HOSTS, isAllowedApiUrl, parseAllowedHosts } from '../config/api-hosts.js';
import { formatPath } from '../config/parts/findings.js';
import type { ResolvedWorkspace } from '../config/resolve-workspace.js';
import type { LoadedConfig } from '../config/load-config.js';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { startSandbox } from './local-sandbox.js';

export interface ConnectOptions {
  apiVersion: string;
  onClientEvent?: (event: ClientEvent) => void;
  /** Overrides for tests and benchmarks (timeouts, concurrency, the clock). */
  client?: ClientOverrides;
  /** Hosts a `url:` may name besides Intercom's and loopback (as `--allow-url` does). */
  allowUrls?: readonly string[];
  /** Things the person running the command must know, e.g. that an embedded sandbox ignored its edited seed. */
  onWarning?: (message: string) => void;
}

export type ClientOverrides = Pick<IntercomClientOptions, 'timeoutMs' | 'maxRetries' | 'concurrency' | 'now' | 'sleep' | 'timers' | 'random'>;

/** A live connection to one workspace; close it to stop an embedded sandbox. */
export interface Connection {
  workspace: ResolvedWorkspace;
  api: IntercomClient;
  /** Base URL requests go to (a loopback URL for an embedded sandbox). */
  baseUrl: string;
  /** The host the token is sent to (host:port), for reports to name. */
  host: string;
  /**
   * What plans name as their host: the API origin (scheme, host, port; no path, no
   * credentials), or `embedded sandbox`, whose port changes every run.
   */
  planHost: string;
  close(): Promise<void>;
}

/** A plan's host for a `sandbox:` workspace. */
export const EMBEDDED_SANDBOX_HOST = 'embedded sandbox';

// Token sent to an embedded sandbox: it accepts any non-empty token.
const SANDBOX_TOKEN = 'sandbox';

/**
 * Connects to a workspace. A `sandbox:` workspace starts the sandbox in this process on an
 * ephemeral loopback port, so requests take the same HTTP path as against Intercom. A
 * remote workspace whose `url:` names a host other than Intercom's or loopback is refused,
 * before anything is sent, unless that host is allowed from outside the config file.
 */
export async function connectWorkspace(workspace: ResolvedWorkspace, options: ConnectOptions): Promise<Connection> {
  let baseUrl: string;
  let token: string;
  let stop: () => Promise<void> = async () => {};
  if (workspace.kind === 'sandbox') {
    const sandbox = await startSandbox({
      ...(workspace.sandboxStateFile !== undefined ? { stateFile: workspace.sandboxStateFile } : {}),
      ...(workspace.sandboxSeedFile !== undefined ? { seed: workspace.sandboxSeedFile } : {}),
      ...(workspace.sandboxSwitches !== undefined ? { switches: workspace.sandboxSwitches } : {}),
      port: 0,
    });
    for (const warning of sandbox.warnings) options.onWarning?.(warning);
    baseUrl = sandbox.url;
    token = SANDBOX_TOKEN;
    stop = () => sandbox.close();
  } else {
    baseUrl = workspace.baseUrl ?? '';
    token = workspace.token ?? '';
    checkTokenDestination(workspace, options.allowUrls ?? []);
  }
  const api = new IntercomClient({
    baseUrl,
    token,
    apiVersion: options.apiVersion,
    ...(options.onClientEvent ? { onEvent: options.onClientEvent } : {}),
    ...options.client,
  });
  const url = new URL(baseUrl);
  return { workspace, api, baseUrl, host: url.host, planHost: workspace.kind === 'sandbox' ? EMBEDDED_SANDBOX_HOST : url.origin, close: stop };
}

function checkTokenDestination(workspace: ResolvedWorkspace, allowUrls: readonly string[]): void {
  const policy = workspace.urlPolicy;
  let url: URL;
  try {
    url = new URL(workspace.baseUrl ?? '');
  } catch {
    return; // the client refuses an invalid URL with its own message
  }
  if (isAllowedApiUrl(url, [...(policy?.allowedHosts ?? []), ...parseAllowedHosts(allowUrls.join(','))])) return;
  const path = policy?.path ?? ['workspaces', workspace.name, 'url'];
  throw new ConfigError([{ ...(policy?.location ? { location: policy.location } : {}), path, message: refusedHostMessage(path, url.host) }]);
}

/**
 * What `validate` reports offline: every workspace `url:` (of any workspace) whose host
 * plan and apply would refuse to send the token to, given --allow-url and
 * INTERCOM_CONFIG_ALLOW_URL in `env`.
 */
export function refusedWorkspaceUrls(loaded: LoadedConfig, env: Record<string, string | undefined>): ConfigIssue[] {
  const allowed = parseAllowedHosts(env[ALLOW_URL_ENV]);
  const issues: ConfigIssue[] = [];
  for (const [name, workspace] of Object.entries(loaded.config.workspaces)) {
    let url: URL;
    try {
      url = new URL(workspace.url ?? '');
    } catch {
      continue; // none, or left out because its variables are unset: plan reports it for its workspace
    }
    if (isAllowedApiUrl(url, allowed)) continue;
    const path = ['workspaces', name, 'url'];
    const location = loaded.locate(path);
    issues.push({ ...(location ? { location } : {}), path, message: refusedHostMessage(path, url.host) });
  }
  return issues;
}

function refusedHostMessage(path: (string | number)[], host: string): string {
  return (
    `${formatPath(path)}: ${host} is not an Intercom API host (${INTERCOM_API_HOSTS.join(', ')}) nor loopback, and the access token ` +
    `would be sent there. The config file alone cannot allow that: if you trust this host, run with --allow-url ${host} ` +
    `or set ${ALLOW_URL_ENV}=${host}`
  );
}
