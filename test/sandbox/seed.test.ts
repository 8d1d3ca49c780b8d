import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { CollectionSeed, SandboxSeed, SandboxState } from '../../src/sandbox/index.js';
import { openSandbox, withTempDir } from './support/sandbox-client.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The state without what differs between two otherwise identical seedings. */
function comparable(state: SandboxState): unknown {
  const { workspace_id: _ignored, ...rest } = structuredClone(state);
  return JSON.parse(
    JSON.stringify(rest, (key, value) =>
      key === 'created_at' || key === 'updated_at' || (key === 'id' && typeof value === 'string' && value.length === 36) ? 0 : value,
    ),
  );
}

describe('seed files', () => {
  it('loads help centers, ticket states, ticket types and nested collections from YAML', async () => {
    const { sandbox, api } = await openSandbox({ seed: fixture('seed-workspace.yaml') });
    try {
      const helpCenters = (await api.get('/help_center/help_centers', { version: '2.16' })).body.data;
      expect(helpCenters.map((hc: any) => [hc.id, hc.identifier, hc.default, hc.locales, hc.website_turned_on])).toEqual([
        ['7', 'acme-help', true, ['en', 'fr'], true],
        ['8', 'internal', false, ['en'], false],
      ]);

      const states = (await api.get('/ticket_states')).body.data;
      expect(states.map((s: any) => [s.internal_label, s.archived])).toEqual([
        ['Submitted', false],
        ['In progress', false],
        ['Waiting on customer', false],
        ['Resolved', false],
        ['With engineering', false],
        ["Won't fix", true],
      ]);

      const types = (await api.get('/ticket_types')).body.data;
      const bug = types[0];
      expect(bug).toMatchObject({ name: 'Bug report', description: 'Something is broken', icon: '🐞' });
      expect(bug.ticket_states.data.map((s: any) => s.internal_label)).toEqual([
        'Submitted',
        'With engineering',
        'Waiting on customer',
        'Resolved',
      ]);
      expect(bug.ticket_type_attributes.data.map((a: any) => a.name)).toEqual([
        '_default_title_',
        '_default_description_',
        'Severity',
        'Steps',
      ]);
      expect(bug.ticket_type_attributes.data[2].input_options.list_options.map((o: any) => o.label)).toEqual(['Low', 'Medium', 'High']);
      expect(bug.ticket_type_attributes.data[3].input_options).toEqual({ multiline: true });
      expect(bug).not.toHaveProperty('colour');
      expect(types[1]).toMatchObject({ name: 'Legacy', archived: true, category: 'Back-office' });

      const collections = (await api.get('/help_center/collections?per_page=50')).body.data;
      const byName = new Map<string, any>(collections.map((c: any) => [c.name, c]));
      expect(byName.get('Installation').parent_id).toBe(byName.get('Getting started').id);
      expect(byName.get('On macOS').parent_id).toBe(byName.get('Installation').id);
      expect(byName.get('Invoices').parent_id).toBe(byName.get('Billing').id);
      expect(byName.get('Deploys').parent_id).toBe(byName.get('Runbooks').id);
      expect(byName.get('Runbooks').help_center_id).toBe(8);
      expect(byName.get('Deploys').help_center_id).toBe(8);
      expect(byName.get('Getting started').translated_content.fr.name).toBe('Premiers pas');
    } finally {
      await sandbox.close();
    }
  });

  it('reads the same seed as JSON into the same workspace', async () => {
    const fromYaml = await startSandbox({ seed: fixture('seed-workspace.yaml') });
    const fromJson = await startSandbox({ seed: fixture('seed-workspace.json') });
    try {
      expect(comparable(fromJson.snapshot())).toEqual(comparable(fromYaml.snapshot()));
    } finally {
      await fromYaml.close();
      await fromJson.close();
    }
  });

  it('names the seed file and the bad key when the seed is invalid', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'bad-seed.yaml');
      await writeFile(file, 'ticket_states:\n  - { category: doing, internal_label: X, external_label: X }\n');
      await expect(startSandbox({ seed: file })).rejects.toThrow(
        new RegExp(`seed file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*ticket_states\\[0\\]\\.category`),
      );
      await writeFile(file, 'help_centers: [ { identifier: x } ]\n');
      await expect(startSandbox({ seed: file })).rejects.toThrow(/help_centers\[0\]\.display_name/);
      await writeFile(file, 'collections: [ { name: "unterminated }\n');
      await expect(startSandbox({ seed: file })).rejects.toThrow(/bad-seed\.yaml is not valid YAML or JSON/);
    });
  });

  it('reports references the seed cannot resolve', async () => {
    const cases: [SandboxSeed, RegExp][] = [
      [{ ticket_types: [{ name: 'T', states: ['Nope'] }] }, /ticket_types\[0\]\.states: no ticket state has the internal label 'Nope'/],
      [{ collections: [{ name: 'C', parent: 'Missing' }] }, /collections\[0\]\.parent: no earlier collection/],
      [{ collections: [{ name: 'C', help_center: 'elsewhere' }] }, /collections\[0\]\.help_center/],
      [
        { collections: [{ name: 'A', collections: [{ name: 'B', collections: [{ name: 'C', collections: [{ name: 'D' }] }] }] }] },
        /collections\[0\]\.collections\[0\]\.collections\[0\]\.collections\[0\]: Collections can be nested at most 3 levels/,
      ],
      [{ ticket_states: [{ category: 'resolved', internal_label: 'Done', external_label: 'Done' }, { category: 'resolved', internal_label: 'Done', external_label: 'x' }] }, /used twice/],
      [{ ticket_types: [{ id: 5, name: 'A' }], collections: [{ id: '5', name: 'B' }] }, /collections\[0\]\.id: id 5 is used twice/],
    ];
    for (const [seed, message] of cases) {
      await expect(startSandbox({ seed })).rejects.toThrow(message);
    }
  });

  it('overrides a default state by internal label and keeps ids above explicit seed ids', async () => {
    const { sandbox, api } = await openSandbox({
      seed: {
        ticket_states: [{ id: 100, category: 'resolved', internal_label: 'Resolved', external_label: 'Done' }],
        ticket_types: [{ name: 'Twin' }, { name: 'Twin' }],
      },
    });
    try {
      const resolved = sandbox.snapshot().ticket_states.find((s) => s.internal_label === 'Resolved');
      expect(resolved).toMatchObject({ id: '100', external_label: 'Done' });
      const created = (await api.post('/ticket_types', { name: 'New' })).body;
      expect(Number(created.id)).toBeGreaterThan(100);
      // Seeds may hold duplicates on purpose: clients must detect ambiguous matches.
      expect(sandbox.snapshot().ticket_types.filter((t) => t.name === 'Twin')).toHaveLength(2);
    } finally {
      await sandbox.close();
    }
  });

  it('seeds thousands of collections (three levels) and pages through them', async () => {
    const collections: CollectionSeed[] = [];
    for (let i = 0; i < 100; i += 1) {
      collections.push({
        name: `Top ${i}`,
        collections: Array.from({ length: 5 }, (_, j) => ({
          name: `Mid ${i}.${j}`,
          collections: Array.from({ length: 5 }, (_, k) => ({ name: `Leaf ${i}.${j}.${k}` })),
        })),
      });
    }
    const { sandbox, api } = await openSandbox({ seed: { collections } });
    try {
      const first = (await api.get('/help_center/collections?per_page=50')).body;
      expect(first.total_count).toBe(3_100);
      expect(first.pages).toEqual({ type: 'pages', page: 1, per_page: 50, total_pages: 62 });
      const last = (await api.get('/help_center/collections?per_page=50&page=62')).body;
      expect(last.data).toHaveLength(50);
      const leaf = sandbox.snapshot().collections.find((c) => c.name === 'Leaf 99.4.4');
      const mid = sandbox.snapshot().collections.find((c) => c.id === leaf?.parent_id);
      expect(mid?.name).toBe('Mid 99.4');
    } finally {
      await sandbox.close();
    }
  });
});
