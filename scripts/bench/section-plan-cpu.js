// @ts-check
/**
 * Section 4: computing a plan for 10,000 objects takes under 300 ms of CPU. The live state
 * is read once from an in-process sandbox; each scenario is then measured in a fresh
 * process (plan-cpu-child.js), so the figure includes cold code, as a `plan` run pays it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTimed } from './cli-run.js';
import { loadLibrary, loadSandbox } from './paths.js';
import { row, withTempDir } from './measure.js';
import { configObject, eachCollection, objectCount, seedFor } from './workload.js';

export const CPU_TARGET_MS = 300;
const CHILD = fileURLToPath(new URL('./plan-cpu-child.js', import.meta.url));

/**
 * @param {import('./types.js').SectionOptions} options
 * @returns {Promise<import('./types.js').Section>}
 */
export async function run({ smoke }) {
  const size = smoke
    ? { ticketTypes: 5, attributesPerType: 3, collections: 40 }
    : { ticketTypes: 500, attributesPerType: 10, collections: 4500 };
  const lib = await loadLibrary();
  const live = await readLive(lib, size);
  const exported = lib.exportResources(live);
  const empty = { ...live, ticketTypes: [], collections: [] };
  const scenarios = [
    { name: 'no changes (config = export), with prune', live, resources: exported, options: { prune: true, allowDelete: false } },
    { name: 'every object changed (descriptions)', live, resources: changedEverywhere(exported), options: { prune: true, allowDelete: false } },
    { name: 'every object new (empty workspace)', live: empty, resources: exported, options: { prune: false, allowDelete: false } },
  ];

  /** @type {import('./types.js').Row[]} */
  const rows = [];
  await withTempDir(async (dir) => {
    for (const [index, scenario] of scenarios.entries()) {
      const file = join(dir, `input-${index}.json`);
      await writeFile(file, JSON.stringify({ config: configObject(scenario.resources), live: scenario.live, options: scenario.options }));
      const child = await spawnTimed(process.execPath, ['--expose-gc', CHILD, file], { cwd: dir });
      if (child.code !== 0) throw new Error(`plan-cpu-child failed: ${child.stderr}`);
      const m = JSON.parse(child.stdout);
      rows.push(
        row(
          `${scenario.name}: CPU of createPlan, first call (${m.changes} changes)`,
          `< ${CPU_TARGET_MS} ms`,
          `${m.cpuMs.toFixed(0)} ms (wall ${m.wallMs.toFixed(0)} ms; warm: ${m.warmCpuMs.toFixed(0)} ms)`,
          smoke ? null : m.cpuMs < CPU_TARGET_MS,
        ),
        row(
          `${scenario.name}: memory`,
          'report',
          `heap +${m.heapGrowthMiB.toFixed(1)} MiB during the plan; peak RSS ${m.peakRssMiB.toFixed(0)} MiB`,
        ),
      );
    }
  });
  return {
    id: 'plan-cpu',
    title: 'Plan computation',
    workload:
      `${size.ticketTypes} ticket types × ${size.attributesPerType} attributes and ${size.collections} collections ` +
      `= ${objectCount(size)} objects, live state in memory (as read from the sandbox), each scenario in a fresh process`,
    rows,
    notes: [
      'CPU is `process.cpuUsage()` around `createPlan`: every thread of the process, so garbage collection and V8\'s ' +
        'optimising compiler, which works on background threads while the plan runs, count too (wall is the main ' +
        'thread\'s elapsed time). "Warm" is the median of 5 further calls in the same process.',
      'Peak RSS is the whole measuring process (Node itself, the live state and config as parsed JSON, and the plan).',
    ],
  };
}

/**
 * @param {import('./types.js').Lib} lib
 * @param {import('./types.js').WorkloadSize} size
 */
async function readLive(lib, size) {
  const { startSandbox } = await loadSandbox();
  const sandbox = await startSandbox({ seed: seedFor(size) });
  try {
    const api = new lib.IntercomClient({ baseUrl: sandbox.url, token: 'bench', apiVersion: '2.14' });
    return await lib.fetchLiveState(api, lib.ALL_FAMILIES);
  } finally {
    await sandbox.close();
  }
}

/** @param {import('../../src/index.js').ExportedResources} resources */
function changedEverywhere(resources) {
  const copy = structuredClone(resources);
  for (const type of copy.ticket_types ?? []) {
    type.description = `${type.description} (changed)`;
    for (const attribute of type.attributes ?? []) attribute.description = `${attribute.description} (changed)`;
  }
  eachCollection(copy.help_center?.collections, (c) => (c.description = `${c.description} (changed)`));
  return copy;
}
