// @ts-check
/**
 * Section 3: 1,000 writes against a sandbox (in its own process) with a rate limit and 50 ms
 * of latency finish close to the ideal time, and no 429 reaches the user. The apply runs
 * through the library (WorkspaceSession), as `intercom-config apply` does.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLibrary } from './paths.js';
import { row, tally, withTempDir } from './measure.js';
import { BENCH_TOKEN, startSandboxProcess } from './sandbox-process.js';
import { collectionSeeds, configText, seedFor } from './workload.js';
import { WINDOW_MS, alignedStart, formulaIdealMs, windowedIdealMs } from './throughput-ideal.js';

/** The checks' listings, at most this share of the writes (or READS_FLOOR for a small run: one listing per family and page to start). */
const READS_PER_WRITE_MAX = 0.05;
const READS_FLOOR = 20;
const readsAllowed = (/** @type {number} */ writes) => Math.max(READS_FLOOR, Math.floor(writes * READS_PER_WRITE_MAX));

export const LATENCY_MS = 50;
export const TARGET_RATIO = 1.15;

/** @typedef {{ parallelism: number; limit: number; label: string; binding?: boolean }} Scenario */

/** @type {Scenario[]} */
const SCENARIOS = [
  { parallelism: 8, limit: 1666, label: 'parallelism 8, 1,666 per 10 s' },
  { parallelism: 16, limit: 1666, label: 'default parallelism (16), 1,666 per 10 s' },
  // 1,000 writes fit in one 1,666 window, so the limit never binds above; here it must.
  { parallelism: 16, limit: 500, label: 'parallelism 16, 500 per 10 s (the limit binds)', binding: true },
];

/**
 * @param {import('./types.js').SectionOptions} options
 * @returns {Promise<import('./types.js').Section>}
 */
export async function run({ smoke, only }) {
  const lib = await loadLibrary();
  const size = smoke ? { types: 4, collections: 20 } : { types: 100, collections: 500 };
  // The binding scenario waits for window boundaries: too slow for the CI smoke run.
  let scenarios = smoke ? SCENARIOS.filter((s) => !s.binding) : SCENARIOS;
  if (only !== undefined) scenarios = scenarios.slice(only, only + 1);
  /** @type {import('./types.js').Row[]} */
  const rows = [];
  /** @type {Outcome[]} */
  const details = [];
  for (const scenario of scenarios) {
    const outcome = await runScenario(lib, size, scenario);
    details.push(outcome);
    rows.push(...rowsFor(scenario, outcome, smoke));
  }
  const [first] = details;
  if (!first) throw new Error('no throughput scenario ran');
  return {
    id: 'throughput',
    title: 'Throughput at the rate limit',
    workload:
      `${first.writes} writes per run (${size.types} ticket type updates, ${size.types * 2} attribute updates, ` +
      `${size.types * 2} attribute creates, ${size.collections} collection creates in trees of 10), ${LATENCY_MS} ms ` +
      'latency on every answer, sandbox in its own process (`intercom-config sandbox`), fresh workspace per run',
    rows,
    notes: [
      `Ideal = max(writes ÷ rate, writes × latency ÷ parallelism) as the issue defines it; rate = limit per ${WINDOW_MS / 1000} s.`,
      'Where the limit binds, Intercom counts calls in fixed 10-second windows, so a run can burst a whole window at once: ' +
        'the run starts just after a window begins and the "window-aware ideal" is the time a client with no overhead ' +
        'would need (a full window of calls, a wait for the next window, the rest) for the writes and the listings its ' +
        'checks around creates read, which count against the same windows. The client resumes 250 ms after the ' +
        'reset it was told, a margin for clock skew with the real API.',
      `The checks before creates share a listing of their family started within ${lib.CHECK_LISTING_FRESH_MS / 1000} s, so reads stay ` +
        `a few per cent of the writes (target: at most ${READS_PER_WRITE_MAX * 100} %, or ${READS_FLOOR} for a small run).`,
      'Client CPU is the CPU time of the process driving the apply (client + executor), divided by the writes.',
    ],
  };
}

/**
 * @typedef {{ types: number; collections: number }} Size
 * @typedef {{ writes: number; wallMs: number; cpuMsPerWrite: number; calls: ReturnType<typeof tally>; retried429: number; userErrors: number; applied: number; idealMs: number; windowIdealMs: number }} Outcome
 */

/**
 * @param {import('./types.js').Lib} lib
 * @param {Size} size
 * @param {Scenario} scenario
 * @returns {Promise<Outcome>}
 */
async function runScenario(lib, size, scenario) {
  return withTempDir(async (dir) => {
    const sandbox = await startSandboxProcess({ dir, seed: seedFor({ ticketTypes: size.types, attributesPerType: 2 }) });
    try {
      const api = new lib.IntercomClient({ baseUrl: sandbox.url, token: BENCH_TOKEN, apiVersion: '2.14' });
      const resources = withThousandChanges(lib.exportResources(await lib.fetchLiveState(api, lib.ALL_FAMILIES)), size);
      const configFile = join(dir, 'intercom.config.yaml');
      await writeFile(configFile, configText(sandbox.url, resources));

      const retried429 = { count: 0 };
      const onClientEvent = (/** @type {import('../../src/index.js').ClientEvent} */ event) => {
        if (event.type === 'retry' && event.reason.includes('429')) retried429.count += 1;
      };
      const { parallelism } = scenario;
      const session = await lib.WorkspaceSession.open({
        configFile,
        env: { INTERCOM_TOKEN: BENCH_TOKEN },
        client: { concurrency: parallelism },
        onClientEvent,
      });
      try {
        const { plan } = await session.plan();
        const writes = plan.changes.filter((c) => c.operation !== undefined).length;
        await sandbox.setRateLimit(scenario.limit);
        await sandbox.setLatency(LATENCY_MS);
        await sandbox.clearRequests();
        if (scenario.binding) await alignedStart();
        const startedAt = Date.now();
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        let result;
        let thrown;
        try {
          result = await session.apply(plan, { concurrency: parallelism });
        } catch (error) {
          thrown = error;
        }
        const wallMs = performance.now() - started;
        const cpu = process.cpuUsage(cpuBefore);
        const calls = tally(await sandbox.requests());
        const userErrors = (result?.failed.length ?? 0) + (thrown ? 1 : 0);
        return {
          writes,
          wallMs,
          cpuMsPerWrite: (cpu.user + cpu.system) / 1000 / writes,
          calls,
          retried429: retried429.count,
          userErrors,
          applied: result?.applied.length ?? 0,
          idealMs: formulaIdealMs(writes, scenario.limit, LATENCY_MS, parallelism),
          // The listings of apply's checks around creates count against the same windows.
          windowIdealMs: windowedIdealMs({ writes: writes + calls.reads, limit: scenario.limit, latencyMs: LATENCY_MS, parallelism, startedAt }),
        };
      } finally {
        await session.close();
      }
    } finally {
      await sandbox.stop();
    }
  });
}

/**
 * @param {Scenario} scenario
 * @param {Outcome} o
 * @param {boolean} smoke
 */
function rowsFor(scenario, o, smoke) {
  const ideal = scenario.binding ? o.windowIdealMs : o.idealMs;
  const ratio = o.wallMs / ideal;
  const idealLabel = scenario.binding ? 'window-aware ideal' : 'ideal';
  const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
  const label = scenario.label;
  return [
    row(
      `${label}: time for ${o.writes} writes`,
      `≤ ${TARGET_RATIO}× ${idealLabel} (${seconds(ideal)})`,
      `${seconds(o.wallMs)} = ${ratio.toFixed(2)}× ${idealLabel}` + (scenario.binding ? ` (formula ideal ${seconds(o.idealMs)})` : ''),
      smoke ? null : ratio <= TARGET_RATIO,
    ),
    row(
      `${label}: 429s in the sandbox log / resent by the client / errors shown to the user`,
      '— / — / 0',
      `${o.calls.rateLimited} / ${o.retried429} / ${o.userErrors}`,
      o.userErrors === 0 && o.applied === o.writes,
    ),
    row(
      `${label}: writes sent / answered 2xx / reads`,
      `${o.writes} (+ one resend per 429) / ${o.writes} / ≤ ${readsAllowed(o.writes)}, listings for the checks around creates only`,
      `${o.calls.writes} / ${o.calls.writesOk} / ${o.calls.reads} (${o.calls.objectReads} of one object)`,
      o.calls.writesOk === o.writes &&
        o.calls.objectReads === 0 &&
        o.calls.reads <= readsAllowed(o.writes) &&
        o.calls.writes === o.writes + o.calls.writesRateLimited,
    ),
    row(`${label}: client CPU per write`, '—', `${o.cpuMsPerWrite.toFixed(2)} ms`),
  ];
}

/**
 * The export plus exactly `types × 5 + collections` writes (1,000 at full size).
 * @param {import('../../src/index.js').ExportedResources} resources
 * @param {Size} size
 */
function withThousandChanges(resources, size) {
  for (const type of resources.ticket_types ?? []) {
    type.description = `${type.description} (edited)`;
    for (const attribute of type.attributes ?? []) attribute.description = `${attribute.description} (edited)`;
    type.attributes = [
      ...(type.attributes ?? []),
      { name: 'Added reference', data_type: 'string', description: 'Added by the benchmark' },
      { name: 'Added flag', data_type: 'boolean', description: 'Added by the benchmark' },
    ];
  }
  resources.help_center = { collections: collectionSeeds(size.collections, 'Added section') };
  return resources;
}
