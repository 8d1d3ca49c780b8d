/**
 * The sandbox: a local, stateful Intercom for the endpoints intercom-config uses. It runs
 * in-process (workspaces declared with `sandbox: FILE`) or as `intercom-config sandbox`.
 *
 * This file is the sandbox's only door: nothing in src/sandbox/ imports the product, the
 * product reaches the sandbox only through here (and loads it on demand), and library
 * users import it as `intercom-config/sandbox`. test/architecture/ checks both directions.
 */
import type { AddressInfo } from 'node:net';
import { SandboxError } from './sandbox-error.js';
import type { AdminControls } from './admin-routes.js';
import { parseApiVersion } from './api-version.js';
import { SYSTEM_CLOCK } from './clock.js';
import { FaultBook } from './faults.js';
import { Holds } from './holds.js';
import { parseManualStep, performManualStep } from './manual-steps.js';
import { loadStateFile, removeStaleTempFiles, StateStore } from './persistence.js';
import { RateLimiter } from './rate-limit.js';
import { RequestLog } from './request-log.js';
import { buildInitialState } from './initial-state.js';
import { DEFAULT_DATA_ATTRIBUTE_MAX } from './model/data-attributes.js';
import type { ApiSettings } from './routes/route-types.js';
import { INLINE_SEED_SOURCE, loadSeedFile, seedFileSource, seedHash, validateSeed } from './seed-file.js';
import { resolveSwitches, seededRandom, shuffleDelay, type SandboxSwitches } from './switches.js';
import type { SandboxSeed } from './seed-schema.js';
import { createSandboxServer } from './server.js';
import { createStateSerializer } from './state-serializer.js';
import type { SandboxState } from './state.js';
import type { RunningSandbox, SandboxOptions } from './types.js';
import { Workspace } from './workspace.js';
import { isLoopbackHost } from '../common/loopback-host.js';
import { lockStateFile, type StateLock } from './state-lock.js';

export type { SandboxClock } from './clock.js';
export type { SandboxState } from './state.js';
export type { AdminSeed, ArticleContentSeed, ArticleSeed, DataAttributeSeed } from './seed-content-schema.js';
export type {
  AttributeSeed,
  CollectionSeed,
  HelpCenterSeed,
  SandboxSeed,
  TicketStateSeed,
  TicketTypeSeed,
} from './seed-schema.js';
export type {
  FaultKind,
  FaultRule,
  RateLimitSetting,
  RequestHold,
  RequestLogEntry,
  RequestMatch,
  RunningSandbox,
  SandboxOptions,
} from './types.js';
export { loadSeedFile, validateSeed } from './seed-file.js';
export { performManualStepOnStateFile } from './manual-state-file.js';
export type { ManualStep, ManualStepOutcome } from './manual-steps.js';
export { SANDBOX_SWITCHES, SWITCH_NAMES, defaultSwitches, resolveSwitches, type SandboxSwitches, type SwitchName } from './switches.js';
export { SandboxError } from './sandbox-error.js';

const DEFAULT_HOST = '127.0.0.1';

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const defaultVersion = parseApiVersion(options.defaultApiVersion ?? '2.14');
  if (!defaultVersion) throw new SandboxError(`Unknown Intercom API version '${options.defaultApiVersion}' for the sandbox`);
  const perPageMax = positive(options.perPageMax ?? 50, 'perPageMax');
  const perPageDefault = Math.min(positive(options.perPageDefault ?? 20, 'perPageDefault'), perPageMax);
  let latencyMs = nonNegative(options.latencyMs ?? 0, 'latencyMs');
  // The older single-purpose options are switches too; an explicit `switches:` entry wins.
  const switches = resolveSwitches({
    ...(options.duplicateNames !== undefined ? { duplicate_names: options.duplicateNames } : {}),
    ...(options.articleHtml !== undefined ? { article_html: options.articleHtml } : {}),
    ...(options.dataAttributeLimit?.scope !== undefined ? { data_attribute_limit: options.dataAttributeLimit.scope } : {}),
    ...options.switches,
  });
  const dataAttributeMax = positive(options.dataAttributeLimit?.max ?? DEFAULT_DATA_ATTRIBUTE_MAX, 'dataAttributeLimit.max');

  const lock = options.stateFile !== undefined ? await lockStateFile(options.stateFile) : undefined;
  try {
    return await serve(options, { defaultVersion, perPageDefault, perPageMax, latencyMs, switches, dataAttributeMax }, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

interface ServeSettings {
  defaultVersion: NonNullable<ReturnType<typeof parseApiVersion>>;
  perPageDefault: number;
  perPageMax: number;
  latencyMs: number;
  switches: SandboxSwitches;
  dataAttributeMax: number;
}

async function serve(options: SandboxOptions, settings: ServeSettings, lock: StateLock | undefined): Promise<RunningSandbox> {
  const { defaultVersion, perPageDefault, perPageMax, switches, dataAttributeMax } = settings;
  let { latencyMs } = settings;
  const apiSettings: ApiSettings = { perPageDefault, perPageMax, switches, dataAttributeMax };
  const clock = options.clock ?? SYSTEM_CLOCK;

  const state = await loadOrCreateState(options, clock.now);
  const ws = new Workspace(state.value, clock.now);
  const serialize = createStateSerializer();
  const store = new StateStore(options.stateFile, () => serialize(ws.state));
  // A fresh state is written at once, so a restart reloads it instead of re-seeding; a
  // loaded one when it now records a seed it reported, so the report is made only once.
  if (state.save) await store.persist();

  const log = new RequestLog();
  const faults = new FaultBook();
  const holds = new Holds();
  const limiter = new RateLimiter(options.rateLimit ?? null, clock.now);
  const admin: AdminControls = {
    token: options.token,
    requests: () => log.entries,
    clearRequestLog: () => log.clear(),
    injectFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setRateLimit: (limit) => limiter.configure(limit),
    setLatency: (ms) => {
      latencyMs = nonNegative(ms, 'latency');
    },
    snapshot: () => structuredClone(ws.state),
    manualStep: async (step) => {
      const outcome = performManualStep(ws, step);
      // Saved before the answer, like an API write: a restart keeps what the admin did.
      await store.persist();
      return outcome;
    },
  };
  const host = options.host ?? DEFAULT_HOST;
  const loopbackOnly = isLoopbackHost(host);
  const server = createSandboxServer({
    guard: { loopbackOnly },
    api: {
      ws,
      store,
      limiter,
      token: options.token,
      defaultVersion,
      settings: apiSettings,
      ...(apiSettings.switches.request_order === 'shuffled' ? { pace: shuffleDelay(options.random ?? seededRandom(1)) } : {}),
    },
    admin,
    faults,
    holds,
    log,
    clock,
    latencyMs: () => latencyMs,
  });

  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  const warnings = loopbackOnly
    ? [...state.warnings]
    : [
        ...state.warnings,
        `The sandbox listens on ${host}, so other machines can reach it: anyone who can connect can read and change this workspace` +
          (options.token === undefined ? ' with any token. Set --token (or INTERCOM_SANDBOX_TOKEN) to require one.' : '.') +
          ' Keep the default 127.0.0.1 unless other machines must reach it.',
      ];
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    warnings,
    get requests() {
      return log.entries;
    },
    clearRequestLog: admin.clearRequestLog,
    injectFault: admin.injectFault,
    clearFaults: admin.clearFaults,
    hold: (match) => holds.hold(match),
    answered: (match, count) => holds.answered(match, count),
    setRateLimit: admin.setRateLimit,
    setLatency: admin.setLatency,
    setArticleHtml: (mode) => {
      apiSettings.switches.article_html = resolveSwitches({ article_html: mode }).article_html;
    },
    snapshot: admin.snapshot,
    manualStep: async (step) => admin.manualStep(parseManualStep(step)),
    waitForRequests: (predicate, count) => log.waitFor(predicate, count),
    get held() {
      return holds.held;
    },
    waitForHeld: (count = 1) => holds.waitForHeld(count),
    releaseHeld: () => holds.releaseHeld(),
    close: () => {
      closing ??= (async () => {
        holds.abortAll();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        try {
          await closed;
          await store.flush();
        } finally {
          await lock?.release();
        }
      })();
      return closing;
    },
  };
}

interface StartingState {
  value: SandboxState;
  /** Write it at once: it is new, or it now records a seed it reported. */
  save: boolean;
  warnings: string[];
}

async function loadOrCreateState(options: SandboxOptions, now: () => number): Promise<StartingState> {
  if (options.stateFile !== undefined) {
    await removeStaleTempFiles(options.stateFile);
    const loaded = await loadStateFile(options.stateFile);
    if (loaded) {
      const warning = await checkUnusedSeed(loaded, options.seed, options.stateFile);
      return { value: loaded, save: warning !== undefined, warnings: warning === undefined ? [] : [warning] };
    }
  }
  let seed: SandboxSeed | undefined;
  let source = INLINE_SEED_SOURCE;
  if (typeof options.seed === 'string') {
    seed = await loadSeedFile(options.seed);
    source = seedFileSource(options.seed);
  } else if (options.seed !== undefined) {
    seed = validateSeed(options.seed);
  }
  const value = buildInitialState(seed, now, source);
  if (seed !== undefined) value.seed = { hash: seedHash(seed) };
  return { value, save: true, warnings: [] };
}

/**
 * A seed is read only for a fresh state, so editing it later changes nothing: say so, once
 * per version of the seed (the state records it), with how to start over.
 */
async function checkUnusedSeed(state: SandboxState, seedOption: SandboxOptions['seed'], stateFile: string): Promise<string | undefined> {
  if (seedOption === undefined) return undefined;
  const source = typeof seedOption === 'string' ? seedFileSource(seedOption) : INLINE_SEED_SOURCE;
  let hash: string;
  let invalid = '';
  try {
    hash = seedHash(typeof seedOption === 'string' ? await loadSeedFile(seedOption) : validateSeed(seedOption));
  } catch (error) {
    // Not applied either way, so not a reason to refuse to start: reported with the rest.
    hash = `invalid:${(error as Error).message}`;
    invalid = ` It is also invalid now: ${(error as Error).message.replace(/\s*\n\s*/g, ' ').replace(/\.?$/, '.')}`;
  }
  const record = state.seed ?? {};
  if (record.hash === hash || record.ignored_hash === hash) return undefined;
  state.seed = { ...record, ignored_hash: hash };
  const what =
    record.hash === undefined
      ? `${source} is not what the sandbox state file ${stateFile} was created from (it was created without a seed, or by an older intercom-config)`
      : `${source} has changed since the sandbox state file ${stateFile} was created from it`;
  return (
    `${what}. A seed is read only when the state file is new, so the change is not applied.${invalid} ` +
    `To start over from the seed, stop whatever uses the sandbox and delete ${stateFile} (everything written to that sandbox is lost). ` +
    'To keep the workspace, make the change through the API, or with `intercom-config sandbox states …` for ticket states. ' +
    'This is said once for this version of the seed.'
  );
}

function listen(server: ReturnType<typeof createSandboxServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        const hint = 'Pick another port with --port (0 picks a free one).';
        reject(new SandboxError(`Port ${port} on ${host} is already in use`, { hint }));
      } else if (error.code === 'EACCES') {
        reject(new SandboxError(`Not allowed to listen on ${host}:${port}`, { hint: 'Use a port above 1024.' }));
      } else {
        reject(new SandboxError(`The sandbox cannot listen on ${host}:${port}: ${error.message}`, { cause: error }));
      }
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new SandboxError(`Sandbox option ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new SandboxError(`Sandbox option ${name} must be zero or more, got ${value}`);
  return value;
}


