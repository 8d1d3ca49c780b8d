import type { ClientEvent } from '../client/intercom-client.js';
import { IntercomClient } from '../client/intercom-client.js';
import type { ResolvedWorkspace } from '../config/resolve-workspace.js';
import { startSandbox } from './local-sandbox.js';

export interface ConnectOptions {
  apiVersion: string;
  onClientEvent?: (event: ClientEvent) => void;
  /** Overrides for tests and benchmarks (timeouts, concurrency). */
  client?: { timeoutMs?: number; maxRetries?: number; concurrency?: number };
}

/** A live connection to one workspace; close it to stop an embedded sandbox. */
export interface Connection {
  workspace: ResolvedWorkspace;
  api: IntercomClient;
  /** Base URL requests go to (a loopback URL for an embedded sandbox). */
  baseUrl: string;
  close(): Promise<void>;
}

// Token sent to an embedded sandbox: it accepts any non-empty token.
const SANDBOX_TOKEN = 'sandbox';

/**
 * Connects to a workspace. A `sandbox:` workspace starts the sandbox in this process on an
 * ephemeral loopback port, so requests take the same HTTP path as against Intercom.
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
    baseUrl = sandbox.url;
    token = SANDBOX_TOKEN;
    stop = () => sandbox.close();
  } else {
    baseUrl = workspace.baseUrl ?? '';
    token = workspace.token ?? '';
  }
  const api = new IntercomClient({
    baseUrl,
    token,
    apiVersion: options.apiVersion,
    ...(options.onClientEvent ? { onEvent: options.onClientEvent } : {}),
    ...options.client,
  });
  return { workspace, api, baseUrl, close: stop };
}
