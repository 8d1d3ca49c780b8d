import { applyPlan, type ApplyOptions, type ApplyResult } from '../apply/apply-plan.js';
import type { ClientEvent } from '../client/intercom-client.js';
import type { IntercomConfig } from '../config/config-types.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { resolveWorkspace, type ResolvedWorkspace } from '../config/resolve-workspace.js';
import { createPlan, type Plan } from '../engine/create-plan.js';
import { fingerprintTouched } from '../engine/fingerprints.js';
import type { SavedPlan } from '../engine/saved-plans.js';
import { StalePlanError } from '../errors.js';
import { fetchLiveState, managedFamilies, type LiveState } from '../live/live-state.js';
import type { ConfigPath } from '../plan/plan-issues.js';
import type { PlanOptions } from '../plan/plan-types.js';
import { assertFresh, serializeSavedPlan } from '../plan/saved-plan.js';
import { connectWorkspace, type Connection, type ConnectOptions } from '../workspace/connect.js';
import type { UnappliedRecord } from '../engine/unapplied-fields.js';
import { memoryFile, readUnapplied, rememberUnapplied } from './unapplied-memory.js';

export interface SessionRequest {
  configFile: string;
  /** Workspace name; default: the config's default workspace. */
  workspace?: string | undefined;
  /** `--prune`; the config's `prune: true` also turns it on. */
  prune?: boolean;
  allowDelete?: boolean;
  env?: Record<string, string | undefined>;
  onClientEvent?: (event: ClientEvent) => void;
  client?: ConnectOptions['client'];
}

/**
 * One workspace, opened from a config file: the config is loaded and fully validated
 * before any request; then plans are read and applied through one connection.
 */
export class WorkspaceSession {
  /** The options saved plans were made with, for applying them as made. */
  private readonly savedOptions = new WeakMap<Plan, PlanOptions>();

  private constructor(
    readonly loaded: LoadedConfig,
    readonly workspace: ResolvedWorkspace,
    readonly connection: Connection,
    readonly planOptions: PlanOptions,
    /** Fields earlier applies found Intercom did not apply (unapplied-memory.ts). */
    private unapplied: UnappliedRecord[],
    /** Resources planned; the file's own unless replaced by `withConfig`. */
    private readonly config: IntercomConfig = loaded.config,
  ) {}

  static async open(request: SessionRequest): Promise<WorkspaceSession> {
    const env = request.env ?? process.env;
    const loaded = await loadConfig(request.configFile, { env, ...(request.workspace ? { workspace: request.workspace } : {}) });
    const workspace = resolveWorkspace(loaded, request.workspace, env);
    const connection = await connectWorkspace(workspace, {
      apiVersion: loaded.config.api_version,
      ...(request.onClientEvent ? { onClientEvent: request.onClientEvent } : {}),
      ...(request.client ? { client: request.client } : {}),
    });
    const planOptions: PlanOptions = {
      prune: Boolean(request.prune) || loaded.config.prune === true,
      allowDelete: Boolean(request.allowDelete),
    };
    const unapplied = await readUnapplied(memoryFile(loaded.dir), workspace.name);
    return new WorkspaceSession(loaded, workspace, connection, planOptions, unapplied);
  }

  /**
   * The same workspace and connection planning other resources (e.g. another workspace's
   * export). Problems can then not be located in the file, so messages carry no position.
   */
  withConfig(config: IntercomConfig): WorkspaceSession {
    return new WorkspaceSession(this.loaded, this.workspace, this.connection, this.planOptions, this.unapplied, config);
  }

  get apiVersion(): string {
    return this.loaded.config.api_version;
  }

  /** One list per resource family the config manages. */
  readLive(): Promise<LiveState> {
    return fetchLiveState(this.connection.api, managedFamilies(this.config));
  }

  async plan(): Promise<{ plan: Plan; live: LiveState }> {
    const live = await this.readLive();
    return { plan: this.planFrom(live), live };
  }

  /** Pure: the plan of this session's config against a given live state. */
  planFrom(live: LiveState): Plan {
    return createPlan({
      config: this.config,
      workspace: this.workspace.name,
      apiVersion: this.apiVersion,
      live,
      options: this.planOptions,
      unapplied: this.unapplied,
      ...(this.config === this.loaded.config ? { locate: (path: ConfigPath) => this.loaded.locate(path) } : {}),
    });
  }

  /** The text of a saved plan file (`plan --out`): no token, only what staleness checks need. */
  savePlan(plan: Plan, live: LiveState): string {
    return serializeSavedPlan({
      created_at: new Date().toISOString(),
      workspace: plan.workspace,
      api_version: plan.api_version,
      config: { file: this.loaded.file, hash: this.loaded.hash },
      options: this.planOptions,
      fingerprints: fingerprintTouched(plan, live),
      plan,
    });
  }

  /**
   * Re-reads the workspace and refuses a saved plan that no longer matches it: a changed
   * config file, API version or workspace, a touched object changed since, or a fresh plan
   * that differs. Returns the saved plan, to be executed exactly as saved.
   */
  async verifySavedPlan(saved: SavedPlan): Promise<Plan> {
    const refuse = (why: string) =>
      new StalePlanError(`The saved plan is stale: ${why}.`, {
        hint: 'Nothing was written. Run `intercom-config plan --out FILE` again, review it, then apply the new file.',
      });
    if (saved.workspace !== this.workspace.name) throw refuse(`it was made for workspace "${saved.workspace}", not "${this.workspace.name}"`);
    if (saved.api_version !== this.apiVersion) throw refuse(`it was made with API version ${saved.api_version}; the config now says ${this.apiVersion}`);
    if (saved.config.hash !== this.loaded.hash) throw refuse(`the config file ${this.loaded.file} changed since it was made`);
    const live = await this.readLive();
    const session = new WorkspaceSession(this.loaded, this.workspace, this.connection, saved.options, this.unapplied, this.config);
    const fresh = session.planFrom(live);
    assertFresh(saved, { fingerprints: fingerprintTouched(saved.plan, live), plan: fresh });
    this.savedOptions.set(saved.plan, saved.options);
    return saved.plan;
  }

  /** Applies a plan; fields Intercom answers without applying are remembered for the next plan. */
  async apply(plan: Plan, options: ApplyOptions = {}): Promise<ApplyResult> {
    const own = this.config === this.loaded.config;
    // Deleting (a duplicate this apply made) is allowed as the plan was made: a saved plan with its own options.
    const allowDelete = (this.savedOptions.get(plan) ?? this.planOptions).allowDelete;
    const result = await applyPlan(plan, this.connection.api, {
      allowDelete,
      ...(own ? { locate: (path: ConfigPath) => this.loaded.locate(path) } : {}),
      ...options,
    });
    // Remembering is a courtesy to the next plan: a file that cannot be written costs a repeat, not this result.
    this.unapplied = (await rememberUnapplied(memoryFile(this.loaded.dir), this.workspace.name, result).catch(() => undefined)) ?? this.unapplied;
    return result;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
