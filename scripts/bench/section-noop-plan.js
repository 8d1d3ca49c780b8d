// @ts-check
/**
 * Section 1: a no-op plan of a large workspace makes the physical minimum of calls — one
 * list per resource family plus the collection pages at the server's per_page cap.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLibrary } from './paths.js';
import { runCliTimed } from './cli-run.js';
import { row, tally, timedPlan, withTempDir } from './measure.js';
import { BENCH_TOKEN, startSandboxProcess } from './sandbox-process.js';
import { configText, objectCount, seedFor } from './workload.js';

const PER_PAGE_MAX = 50;

/**
 * @param {import('./types.js').SectionOptions} options
 * @returns {Promise<import('./types.js').Section>}
 */
export async function run({ smoke }) {
  const size = smoke
    ? { ticketTypes: 5, attributesPerType: 3, collections: 120 }
    : { ticketTypes: 500, attributesPerType: 10, collections: 3000 };
  const lib = await loadLibrary();
  return withTempDir(async (dir) => {
    const sandbox = await startSandboxProcess({ dir, seed: seedFor(size), perPageMax: PER_PAGE_MAX });
    try {
      const configFile = join(dir, 'intercom.config.yaml');
      await writeFile(configFile, configText(sandbox.url, await exportedWorkspace(lib, sandbox.url)));
      await sandbox.clearRequests();

      const env = { INTERCOM_TOKEN: BENCH_TOKEN };
      const { opened, read, planned } = await timedPlan(lib, configFile, env);
      const calls = tally(await sandbox.requests());
      const pages = (await sandbox.requests()).filter((r) => r.path === '/help_center/collections').length;

      await sandbox.clearRequests();
      const cli = await runCliTimed(['plan', '--detailed-exitcode'], { cwd: dir, env });
      const cliCalls = tally(await sandbox.requests());

      const pageCount = Math.max(1, Math.ceil(size.collections / PER_PAGE_MAX));
      // The export declares every family: contact and company data attributes, and articles (none
      // here: their listing is one page) with admins.
      const minimum = 7 + pageCount;
      const changes = planned.value.changes.length;
      return {
        id: 'noop-plan',
        title: 'No-op plan: API calls',
        workload:
          `${size.ticketTypes} ticket types × ${size.attributesPerType} attributes and ${size.collections} collections ` +
          `(${objectCount(size)} objects), config = the workspace's own export; sandbox per_page cap ${PER_PAGE_MAX}`,
        rows: [
          row('Calls made by a no-op plan (library)', `= ${minimum} (physical minimum)`, calls.total, calls.total === minimum),
          row('… of which collection pages', pageCount, pages, pages === pageCount),
          row('Calls made by `intercom-config plan` (CLI)', `= ${minimum}`, cliCalls.total, cliCalls.total === minimum),
          row('Changes in the plan', 0, changes, changes === 0),
          row('CLI exit code with --detailed-exitcode', '0 (no changes)', cli.code, cli.code === 0),
          row('Loading and validating the config file (CPU)', '—', ms(opened.cpuMs)),
          row('Reading the workspace (wall)', '—', ms(read.wallMs)),
          row('Reading the workspace (client CPU: HTTP, JSON, validation)', '—', ms(read.cpuMs)),
          row('Computing the plan from the live state (CPU)', '—', ms(planned.cpuMs)),
          row('`intercom-config plan` end to end (wall, process start to exit)', '—', ms(cli.wallMs)),
        ],
        notes: [
          'Minimum = 1 list each for ticket types (attributes come embedded), ticket states, help centers, contact and company data attributes, articles (an empty ' +
            'help center: one page) and admins (article authors), plus ' +
            `⌈${size.collections} / ${PER_PAGE_MAX}⌉ collection pages. The client asks for 150 per page; the server's cap decides.`,
        ],
      };
    } finally {
      await sandbox.stop();
    }
  });
}

const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * The workspace as config resources, read once through the library (not counted).
 * @param {import('./types.js').Lib} lib
 * @param {string} url
 */
async function exportedWorkspace(lib, url) {
  const api = new lib.IntercomClient({ baseUrl: url, token: BENCH_TOKEN, apiVersion: '2.14' });
  return lib.exportResources(await lib.fetchLiveState(api, lib.ALL_FAMILIES));
}
