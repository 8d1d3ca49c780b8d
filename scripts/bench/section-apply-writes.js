// @ts-check
/**
 * Section 2: apply sends exactly one write per changed object and never reads after a
 * write. A workspace's export is edited in every way the plan supports (create, update,
 * rename, move, archive, unarchive-free prune, delete), applied, and the request log read.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLibrary } from './paths.js';
import { row, tally, withTempDir } from './measure.js';
import { BENCH_TOKEN, startSandboxProcess } from './sandbox-process.js';
import { configText, seedFor } from './workload.js';

/** @returns {Promise<import('./types.js').Section>} */
export async function run() {
  const lib = await loadLibrary();
  return withTempDir(async (dir) => {
    const sandbox = await startSandboxProcess({ dir, seed: seedFor({ ticketTypes: 12, attributesPerType: 4, collections: 40 }) });
    try {
      const api = new lib.IntercomClient({ baseUrl: sandbox.url, token: BENCH_TOKEN, apiVersion: '2.14' });
      const resources = editEverything(lib.exportResources(await lib.fetchLiveState(api, lib.ALL_FAMILIES)));
      const configFile = join(dir, 'intercom.config.yaml');
      await writeFile(configFile, configText(sandbox.url, resources));

      const session = await lib.WorkspaceSession.open({ configFile, env: { INTERCOM_TOKEN: BENCH_TOKEN }, prune: true, allowDelete: true });
      try {
        const { plan } = await session.plan();
        const toWrite = plan.changes.filter((c) => c.operation !== undefined);
        await sandbox.clearRequests();
        const result = await session.apply(plan);
        const log = await sandbox.requests();
        const calls = tally(log);
        const updated = log.filter((r) => r.method === 'PUT' || r.method === 'DELETE').map((r) => `${r.method} ${r.path}`);
        const repeated = updated.length - new Set(updated).size;
        await sandbox.clearRequests();
        const { plan: replan } = await session.plan();

        const kinds = summarise(toWrite);
        const n = toWrite.length;
        return {
          id: 'apply-writes',
          title: 'Apply: one write per changed object, no read of one object',
          workload: `12 ticket types × 4 attributes and 40 collections, then ${n} changes to apply: ${kinds}`,
          rows: [
            row('Writes sent (POST/PUT/DELETE)', `= ${n} (changed objects)`, calls.writes, calls.writes === n),
            row('Writes answered 2xx', n, calls.writesOk, calls.writesOk === n),
            row('Same object written twice (PUT/DELETE to one path)', 0, repeated, repeated === 0),
            row(
              'Reads (GET) during apply',
              'listings only: the checks before and after creates',
              `${calls.reads} (${calls.objectReads} of one object)`,
              calls.objectReads === 0,
            ),
            row(
              'Changes applied / failed / not attempted',
              `${n} / 0 / 0`,
              `${result.applied.length} / ${result.failed.length} / ${result.notAttempted.length}`,
              result.applied.length === n && result.failed.length === 0 && result.notAttempted.length === 0,
            ),
            row('Changes left when planning again (converged)', 0, replan.changes.length, replan.changes.length === 0),
          ],
          notes: [
            'Every write returns the object, so ids of created parents reach their children without a read; the re-plan reads the workspace once more.',
            'Intercom has no lock: creates that start together share one listing of their family to check that no other run made the object since the plan, and every family with a create is listed once more after apply to check for duplicates.',
          ],
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
 * Edits an export (sorted by name) so the plan holds every kind of write. The export is
 * reached into by position, as generated: `any` rather than a check at every index.
 * @param {any} resources
 */
function editEverything(resources) {
  const types = resources.ticket_types;
  types[0].description = 'Changed description';
  types[1].is_internal = !types[1].is_internal; // a Back-office type; Trackers are always internal
  types[2].description = 'Changed description';
  types.splice(3, 1); // pruned: archived
  types[3].archived = true;
  types[4].previous_names = [types[4].name];
  types[4].name = `${types[4].name} (renamed)`;
  types[5].attributes[0].description = 'Changed description';
  types[5].attributes[1].description = 'Changed description';
  const list = types[6].attributes.find((/** @type {{ data_type: string }} */ a) => a.data_type === 'list');
  list.list_items = [...list.list_items, 'Critical'];
  types[7].attributes.pop(); // pruned: archived
  types[8].attributes.push(
    { name: 'Added text', data_type: 'string', description: 'New' },
    { name: 'Added number', data_type: 'integer', description: 'New' },
  );
  for (const name of ['New type A', 'New type B']) {
    types.push({
      name,
      description: 'Created by the benchmark',
      attributes: [
        { name: 'Reference', data_type: 'string', description: 'Where it came from' },
        { name: 'Priority', data_type: 'list', list_items: ['Low', 'High'], description: 'How urgent' },
      ],
    });
  }

  const sections = resources.help_center.collections;
  sections[0].description = 'Changed description';
  sections[0].collections[2].collections.pop(); // pruned with --allow-delete: deleted
  const renamed = sections[1].collections[0];
  renamed.previous_names = [renamed.name];
  renamed.name = `${renamed.name} (renamed)`;
  sections[1].translated_content = { fr: { name: 'Section traduite', description: 'Traduite' } };
  const [moved] = sections[2].collections.splice(1, 1);
  sections[3].collections.push(moved);
  sections.push({ name: 'New section', description: 'Created', collections: [{ name: 'New topic', description: 'Created' }] });
  return resources;
}

/** @param {import('../../src/index.js').Change[]} changes */
function summarise(changes) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const c of changes) {
    const key = `${c.kind} ${c.action}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${n} ${key}`).join(', ');
}
