// @ts-check
/**
 * Section: reads at network speed. With 300 ms of latency on every answer, a no-op plan of
 * a large workspace reads every listing at once, then every later page at once: about two
 * round trips of wall time after start-up, whatever the page count. Compared with the same
 * plan through the CLI (next to `node -e 0`), and with a Terraform-style refresh that reads
 * one object per GET.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLibrary } from './paths.js';
import { runCliTimed, spawnTimed } from './cli-run.js';
import { median, row as untypedRow, tally, withTempDir } from './measure.js';
import { BENCH_TOKEN, startSandboxProcess } from './sandbox-process.js';
import { configText, objectCount, seedFor } from './workload.js';

/** @typedef {typeof import('../../src/index.js')} Lib */
/** @typedef {import('../../src/index.js').LiveState} LiveState */
/** @typedef {{ measure: string; target: string | number; result: string; pass: boolean | null }} Row */

/**
 * measure.js's `row`, with the signature the type check needs (its own JavaScript gives none).
 * @type {(measure: string, target: string | number, result: string, pass?: boolean | null) => Row}
 */
const row = /** @type {any} */ (untypedRow);

const PER_PAGE_MAX = 50;
/** Intercom's limit for an app, 10,000 calls a minute, counted in 10-second windows. */
const RATE_LIMIT_PER_WINDOW = 1666;
/** Target of issue 16: a no-op plan within 2.5 round trips after start-up. */
const TARGET_ROUND_TRIPS = 2.5;
/** Terraform refreshes resources 10 at a time unless told otherwise (`-parallelism`). */
const TERRAFORM_PARALLELISM = 10;

/** @param {{ smoke: boolean }} options */
export async function run({ smoke }) {
  const size = smoke
    ? { ticketTypes: 5, attributesPerType: 3, collections: 120 }
    : { ticketTypes: 500, attributesPerType: 10, collections: 3000 };
  const latencyMs = smoke ? 50 : 300;
  const runs = smoke ? 1 : 5;
  const cliRuns = smoke ? 1 : 3;
  /** @type {Lib} */
  const lib = await loadLibrary();
  return withTempDir(async (/** @type {string} */ dir) => {
    const sandbox = await startSandboxProcess({ dir, seed: seedFor(size), perPageMax: PER_PAGE_MAX, articleHtml: undefined });
    try {
      await sandbox.setRateLimit(RATE_LIMIT_PER_WINDOW);
      const configFile = join(dir, 'intercom.config.yaml');
      await writeFile(configFile, configText(sandbox.url, await exportedWorkspace(lib, sandbox.url)));
      await sandbox.setLatency(latencyMs);
      const env = { INTERCOM_TOKEN: BENCH_TOKEN };

      await sandbox.clearRequests();
      const plans = [];
      for (let i = 0; i < runs; i += 1) plans.push(await noopPlan(lib, configFile, env));
      const log = await sandbox.requests();
      const calls = tally(log);
      const last = plans[plans.length - 1];
      if (!last) throw new Error('no plan was run');

      /** @type {number[]} */
      const bare = [];
      /** @type {number[]} */
      const cli = [];
      for (let i = 0; i < cliRuns; i += 1) {
        bare.push((await spawnTimed(process.execPath, ['-e', '0'], { cwd: dir })).wallMs);
        const planned = await runCliTimed(['plan', '--detailed-exitcode'], { cwd: dir, env });
        if (planned.code !== 0) throw new Error(`intercom-config plan exited with ${planned.code}: ${planned.stderr}`);
        cli.push(planned.wallMs);
      }

      await sandbox.clearRequests();
      const refresh = await terraformStyleRefresh(lib, sandbox.url, last.live);
      const refreshCalls = tally(await sandbox.requests());

      const walls = plans.map((p) => p.wallMs);
      const planWall = median(walls);
      const ratio = planWall / latencyMs;
      const pages = Math.ceil(size.collections / PER_PAGE_MAX);
      const cliBeyondNode = median(cli) - median(bare);
      return {
        id: 'read-fan-out',
        title: 'Reads at network speed',
        workload:
          `${size.ticketTypes} ticket types × ${size.attributesPerType} attributes and ${size.collections} collections ` +
          `(${objectCount(size)} objects), config = the workspace's own export; sandbox in its own process with ${latencyMs} ms ` +
          `of latency on every answer (\`PUT /__sandbox/latency\`), per_page cap ${PER_PAGE_MAX} (${pages} collection pages), ` +
          `rate limit ${RATE_LIMIT_PER_WINDOW} per 10 s (Intercom's 10,000 a minute)`,
        rows: [
          row(
            '(a) No-op plan after start-up (read the workspace, compute the plan), wall ÷ latency',
            `≤ ${TARGET_ROUND_TRIPS} round trips`,
            `${ratio.toFixed(2)} (${ms(planWall)}; median of ${runs}, ${range(walls)})`,
            smoke ? null : ratio <= TARGET_ROUND_TRIPS,
          ),
          row('… of which reading the workspace (wall)', 'report', `${ms(median(plans.map((p) => p.readMs)))} = ${(median(plans.map((p) => p.readMs)) / latencyMs).toFixed(2)} round trips`),
          row('… of which computing the plan (wall)', 'report', ms(median(plans.map((p) => p.planMs)))),
          row('Start-up before it: loading and validating the config (wall)', 'report (issue 16 (b): CPU ≤ 300 ms)', ms(median(plans.map((p) => p.openMs)))),
          row('Reads in flight at once (most)', `≥ ${pages - 1} (every later page together)`, String(last.peak), last.peak >= pages - 1),
          row('Calls per no-op plan / answered 429', `${7 + pages} / 0`, `${calls.total / runs} / ${calls.rateLimited}`, calls.total === runs * (7 + pages) && calls.rateLimited === 0),
          row('Changes in the plan', 0, String(last.changes), last.changes === 0),
          row('(c) `node -e 0` (wall, spawn to exit)', 'baseline', `${ms(median(bare))} (median of ${cliRuns})`),
          row(
            '(c) `intercom-config plan` end to end (wall, spawn to exit)',
            'report',
            `${ms(median(cli))} = ${(median(cli) / median(bare)).toFixed(1)}× \`node -e 0\`; ${ms(cliBeyondNode)} more = ${(cliBeyondNode / latencyMs).toFixed(2)} round trips`,
          ),
          row(
            `(d) Terraform-style refresh: one GET per object, ${TERRAFORM_PARALLELISM} at a time (wall)`,
            'report',
            `${(refresh.wallMs / 1000).toFixed(1)} s for ${refreshCalls.total} calls = ${(refresh.wallMs / planWall).toFixed(0)}× the no-op plan (a)`,
          ),
        ],
        notes: [
          `(a) starts once the config is loaded (start-up: process start, then issue 16 (b)'s config loading) and ends with the plan computed; ` +
            `the ideal is 2 round trips: one for every listing (${7} lists and the first collection page), one for the ${pages - 1} later pages, ` +
            'all asked together. The first page asks for 150, Intercom\'s largest; the rest ask for what the answer honoured.',
          '(c) is one `intercom-config plan --detailed-exitcode` process per run, alternating with `node -e 0`: Node\'s start, oclif, config loading, ' +
            'the reads, the plan and its rendering.',
          `(d) reads what a Terraform provider's refresh would: each ticket type (attributes come embedded: the API has no GET for one attribute) and each ` +
            `collection by id, plus the ticket state and help center lists, ${TERRAFORM_PARALLELISM} requests at a time, Terraform's default parallelism.`,
        ],
      };
    } finally {
      await sandbox.stop();
    }
  });
}

/**
 * One no-op plan through the library, with the reads in flight counted from client events.
 * @param {Lib} lib
 * @param {string} configFile
 * @param {Record<string, string>} env
 */
async function noopPlan(lib, configFile, env) {
  let inFlight = 0;
  let peak = 0;
  const opening = performance.now();
  const session = await lib.WorkspaceSession.open({
    configFile,
    env,
    onClientEvent: (event) => {
      if (event.type === 'request') peak = Math.max(peak, (inFlight += 1));
      if (event.type === 'response') inFlight -= 1;
    },
  });
  try {
    const started = performance.now();
    const live = await session.readLive();
    const read = performance.now();
    const plan = session.planFrom(live);
    const done = performance.now();
    return { live, peak, changes: plan.changes.length, openMs: started - opening, readMs: read - started, planMs: done - read, wallMs: done - started };
  } finally {
    await session.close();
  }
}

/**
 * What a refresh that reads every managed object on its own costs, through the same client.
 * @param {Lib} lib
 * @param {string} url
 * @param {LiveState} live
 */
async function terraformStyleRefresh(lib, url, live) {
  const api = new lib.IntercomClient({ baseUrl: url, token: BENCH_TOKEN, apiVersion: '2.14' });
  /** @type {(() => Promise<unknown>)[]} */
  const reads = [
    () => api.listTicketStates(),
    () => api.listHelpCenters(),
    ...(live.ticketTypes ?? []).map((type) => () => api.getTicketType(type.id)),
    ...(live.collections ?? []).map((collection) => () => api.getCollection(collection.id)),
  ];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < reads.length) {
      const read = reads[next];
      next += 1;
      await read?.();
    }
  };
  await Promise.all(Array.from({ length: TERRAFORM_PARALLELISM }, worker));
  return { wallMs: performance.now() - started };
}

/**
 * The workspace as config resources, read once through the library (not measured).
 * @param {Lib} lib
 * @param {string} url
 */
async function exportedWorkspace(lib, url) {
  const api = new lib.IntercomClient({ baseUrl: url, token: BENCH_TOKEN, apiVersion: '2.14' });
  return lib.exportResources(await lib.fetchLiveState(api, lib.ALL_FAMILIES));
}

/** @param {number} value */
const ms = (value) => `${value.toFixed(0)} ms`;

/** @param {number[]} values */
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
