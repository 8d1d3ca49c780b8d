import { normalize } from 'node:path';
import { applyPlan, type ApplyOptions, type ApplyResult } from '../apply/apply-plan.js';
import type { ClientEvent } from '../client/intercom-client.js';
import type { IntercomConfig } from '../config/config-types.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { declaredWorkspace, resolveWorkspace, type ResolvedWorkspace } from '../config/resolve-workspace.js';
import { createPlan, type Plan } from '../engine/create-plan.js';
import { fingerprintNamed, fingerprintTouched } from '../engine/fingerprints.js';
import { promoteResources, type HeldObject, type PromotionInput } from '../engine/promotion.js';
import { compileSelection, describeSelection } from '../engine/selection.js';
import { exportResources, withoutResources, type ExportedResources } from '../export/export-resources.js';
import { IgnoreRules } from '../resources/ignore.js';
import { replanCommandFor, type SavedPlan } from '../engine/saved-plans.js';
import { StalePlanError, UserError } from '../errors.js';
import { fetchLiveState, managedFamilies, type LiveFamilies, type LiveState } from '../live/live-state.js';
import type { ConfigPath } from '../plan/plan-issues.js';
import { isSelective, sameSelection, type PlanOptions, type Selection } from '../plan/plan-types.js';
import { assertFresh, assertSourceFresh, replanHint, serializeSavedPlan } from '../plan/saved-plan.js';
import { connectWorkspace, type Connection, type ConnectOptions } from '../workspace/connect.js';
import type { UnappliedRecord } from '../engine/unapplied-fields.js';
import { memoryFile, readUnapplied, rememberUnapplied } from './unapplied-memory.js';

export interface SessionRequest {
  configFile: string;
  /** Workspace name; default: the config's default workspace. */
  workspace?: string | undefined;
  /** The flag that named `workspace` (default --workspace), for the hint when no such workspace is declared. */
  workspaceFlag?: string;
  /** `--prune`; the config's `prune: true` also turns it on. */
  prune?: boolean;
  allowDelete?: boolean;
  /** `--target`/`--exclude`: plan only changes to these objects (src/engine/selection.ts). */
  selection?: Selection | undefined;
  /**
   * `--from`: plan towards this workspace's live state, restricted to what the config
   * declares (src/engine/promotion.ts), instead of towards the file's values.
   */
  from?: string | undefined;
  env?: Record<string, string | undefined>;
  onClientEvent?: (event: ClientEvent) => void;
  /** Warnings from opening the workspace (an embedded sandbox's), for the caller to show. */
  onWarning?: (message: string) => void;
  client?: ConnectOptions['client'];
}

/** A session planning another workspace's live state: what the plan and a saved plan record of it. */
interface SessionPromotion {
  input: PromotionInput;
  /** The source objects taken, as `fingerprintNamed` hashes them. */
  fingerprints: Record<string, string>;
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
    /** Where `config` came from when it is another workspace's live state. */
    private readonly promotion?: SessionPromotion,
  ) {}

  static async open(request: SessionRequest): Promise<WorkspaceSession> {
    // A bad selector is found before the file is read or a request sent.
    compileSelection(request.selection);
    const env = request.env ?? process.env;
    const loaded = await loadConfig(request.configFile, { env, ...(request.workspace ? { workspace: request.workspace } : {}) });
    const workspace = resolveWorkspace(loaded, request.workspace, env, request.workspaceFlag);
    // Checked before connecting: a misspelt source costs no request to the target.
    if (request.from !== undefined) declaredWorkspace(loaded, request.from, '--from');
    if (request.from !== undefined && request.from === workspace.name) {
      throw new UserError(`--from ${request.from} names the workspace being planned; promotion needs another one.`, {
        hint: 'Name the workspace to promote from with --from and the one to promote to with -w, e.g. `intercom-config plan --from staging -w production`.',
      });
    }
    const connection = await connectWorkspace(workspace, {
      apiVersion: loaded.config.api_version,
      ...(request.onClientEvent ? { onClientEvent: request.onClientEvent } : {}),
      ...(request.onWarning ? { onWarning: request.onWarning } : {}),
      ...(request.client ? { client: request.client } : {}),
    });
    const planOptions: PlanOptions = {
      prune: Boolean(request.prune) || loaded.config.prune === true,
      allowDelete: Boolean(request.allowDelete),
      ...(isSelective(request.selection) ? { selection: { target: [...request.selection.target], exclude: [...request.selection.exclude] } } : {}),
    };
    const unapplied = await readUnapplied(memoryFile(loaded.dir), workspace.name);
    const session = new WorkspaceSession(loaded, workspace, connection, planOptions, unapplied);
    if (request.from === undefined) return session;
    try {
      return await session.promotedFrom(request, request.from);
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  /**
   * The same workspace and connection planning other resources (e.g. another workspace's
   * export, `from`). Problems can then not be located in the file, so messages carry no position.
   */
  withConfig(config: IntercomConfig, from?: string, held: HeldObject[] = []): WorkspaceSession {
    const promotion = from === undefined ? undefined : { input: { from, held }, fingerprints: {} };
    return new WorkspaceSession(this.loaded, this.workspace, this.connection, this.planOptions, this.unapplied, config, promotion);
  }

  /**
   * This workspace's live state as config resources, exported in memory as `export` writes
   * them, without what `ignore:` keeps out of reach.
   */
  async exportLive(families: LiveFamilies): Promise<{ resources: ExportedResources; live: LiveState }> {
    const live = await fetchLiveState(this.connection.api, families);
    // Article bodies get file names, so links between articles travel as links between them.
    return { live, resources: exportResources(live, { ignore: new IgnoreRules(this.loaded.config.ignore), articleFiles: true }) };
  }

  /** This workspace planned towards `from`'s live state, restricted to what the file declares for it. */
  private async promotedFrom(request: SessionRequest, from: string): Promise<WorkspaceSession> {
    const source = await WorkspaceSession.open({ ...request, workspace: from, workspaceFlag: '--from', from: undefined, selection: undefined });
    let exported;
    try {
      // The families the file declares: a promotion manages what a plan of the file would.
      exported = await source.exportLive(managedFamilies(this.loaded.config));
    } finally {
      await source.close();
    }
    const promoted = promoteResources(exported.resources, this.loaded.config, this.workspace.name, from);
    const promotion: SessionPromotion = { input: { from, held: promoted.held }, fingerprints: fingerprintNamed(exported.live, promoted.promoted) };
    const config = { ...withoutResources(this.loaded.config), ...promoted.resources } as IntercomConfig;
    return new WorkspaceSession(this.loaded, this.workspace, this.connection, this.planOptions, this.unapplied, config, promotion);
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
      host: this.connection.planHost,
      apiVersion: this.apiVersion,
      live,
      options: this.planOptions,
      unapplied: this.unapplied,
      ...(this.promotion ? { promotion: this.promotion.input } : {}),
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
      ...(this.promotion ? { source: { workspace: this.promotion.input.from, fingerprints: this.promotion.fingerprints } } : {}),
      plan,
    });
  }

  /**
   * Re-reads the workspace and refuses a saved plan that no longer matches it: a changed
   * config file, API version or workspace, a touched object changed since, or a fresh plan
   * that differs. Returns the saved plan, to be executed exactly as saved.
   */
  async verifySavedPlan(saved: SavedPlan, confirmed: { allowDelete: boolean } = { allowDelete: false }): Promise<Plan> {
    const replan = replanCommandFor(saved);
    const refuse = (why: string) => new StalePlanError(`The saved plan is stale: ${why}.`, { hint: replanHint(replan) });
    if (saved.workspace !== this.workspace.name) throw refuse(`it was made for workspace "${saved.workspace}", not "${this.workspace.name}"`);
    const host = this.connection.planHost;
    if (saved.plan.host !== host) {
      throw refuse(
        saved.plan.host === undefined
          ? `it does not record which host it was made against (this run talks to ${host})`
          : `it was made against ${saved.plan.host}, and this run talks to ${host}`,
      );
    }
    if (saved.api_version !== this.apiVersion) throw refuse(`it was made with API version ${saved.api_version}; the config now says ${this.apiVersion}`);
    if (saved.config.hash !== this.loaded.hash) {
      if (normalize(saved.config.file) !== normalize(this.loaded.file)) {
        throw new StalePlanError(`The saved plan was made from the config ${saved.config.file}, and ${this.loaded.file} says something else.`, {
          hint: `Nothing was written. Name the config it was made from: intercom-config apply FILE -c ${saved.config.file}`,
        });
      }
      throw refuse(`the config file ${this.loaded.file} changed since it was made (its content, not only comments or layout)`);
    }
    this.assertSameRequest(saved);
    if (saved.source) assertSourceFresh(saved.source, this.promotion?.fingerprints ?? {}, replan);
    const live = await this.readLive();
    const session = new WorkspaceSession(this.loaded, this.workspace, this.connection, saved.options, this.unapplied, this.config, this.promotion);
    const fresh = session.planFrom(live);
    assertFresh(saved, { fingerprints: fingerprintTouched(saved.plan, live), plan: fresh }, replan);
    // Deleting what this apply itself duplicated needs --allow-delete now as well as in the file.
    this.savedOptions.set(saved.plan, { ...saved.options, allowDelete: saved.options.allowDelete && confirmed.allowDelete });
    return saved.plan;
  }

  /**
   * A saved plan is applied as it was made: a selection or source given now must be the
   * one it was made with (none given: its own is used).
   */
  private assertSameRequest(saved: SavedPlan): void {
    const selection = this.planOptions.selection;
    if (isSelective(selection) && !sameSelection(selection, saved.options.selection)) {
      throw new UserError(`The saved plan was made for ${describeSelection(saved.options.selection)}, not for ${describeSelection(selection)}; a selection cannot change a saved plan.`, {
        hint: 'Nothing was written. Apply the file without --target/--exclude (it keeps its own selection), or make a new plan with `intercom-config plan --target … --out FILE`.',
      });
    }
    const from = this.promotion?.input.from;
    if (saved.source?.workspace !== from) {
      const made = saved.source ? `promoting workspace "${saved.source.workspace}" (--from)` : 'from the config file';
      throw new UserError(`The saved plan was made ${made}, not ${from === undefined ? 'from the config file' : `with --from ${from}`}.`, {
        hint: 'Nothing was written. Apply the file without --from (it keeps its own source), or make a new plan with `intercom-config plan --out FILE`.',
      });
    }
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
