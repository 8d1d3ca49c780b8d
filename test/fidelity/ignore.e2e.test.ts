/**
 * `ignore:` keeps objects out of reach — those Intercom creates itself, or another team's:
 * never matched, changed, archived, deleted or exported, even with --prune --allow-delete.
 * Before a plan that archives or deletes, they are listed with their ids, and an
 * interactive apply asks once more (ignore-prompt.process.test.ts, on a terminal).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IGNORE_CONFIG, IGNORE_SEED } from './ignore-workspace.js';
import { Fidelity } from './support.js';

let f: Fidelity;
beforeEach(async () => {
  f = await Fidelity.start({ seed: IGNORE_SEED });
  await f.config(IGNORE_CONFIG);
});
afterEach(() => f.close());

const IGNORED = [
  'ticket type "Customer Request" (id 1)',
  'ticket type "Tracker Tickets" (id 2)',
  'attribute "Bug report / Internal notes" (id 32)',
  'collection "Legacy" (id 50)',
  'collection "Legacy / Old" (id 51)',
  'collection "Legacy / Old / Older" (id 52)',
  'collection "Guides / Internal" (id 61)',
  'collection "Handbook / Internal" (id 71)',
];

describe('ignore:', () => {
  test('prune archives and deletes around ignored objects, lists them with their ids first, and never touches them', async () => {
    const plan = await f.cli(['plan', '--prune', '--allow-delete']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('- ticket type "Feature" (id 4)');
    expect(plan.stdout).toContain('- attribute "Bug report" › "Old field" (id 33)');
    expect(plan.stdout).toContain('x collection acme-help: "Guides / Setup" (id 62)');
    expect(plan.stdout).toContain('x collection acme-help: "Archive" (id 80)');
    expect(plan.stdout).toContain('# collection acme-help: "Handbook" (id 70)');
    expect(plan.stdout).toContain('blocked: not in the config, but it holds "Handbook / Internal", which `ignore:` keeps');
    expect(plan.stdout).toContain('Kept out of reach by `ignore:` (never created, changed, archived or deleted):');
    for (const line of IGNORED) expect(plan.stdout).toContain(`  = ${line}`);
    expect(plan.stdout).toContain('Plan: 2 to archive, 2 to delete, 1 blocked.');
    const json = JSON.parse((await f.cli(['plan', '--prune', '--allow-delete', '--json'])).stdout);
    expect(json.ignored).toContainEqual({ kind: 'ticket_type_attribute', id: '32', path: ['Bug report', 'Internal notes'] });

    const apply = await f.cli(['apply', '--prune', '--allow-delete', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    const touched = f.writes().map((w) => `${w.method} ${w.path}`);
    expect(touched.sort()).toEqual(['DELETE /help_center/collections/62', 'DELETE /help_center/collections/80', 'PUT /ticket_types/3/attributes/33', 'PUT /ticket_types/4']);
    const state = f.sandbox.snapshot();
    expect(state.ticket_types.filter((t) => t.archived).map((t) => t.name)).toEqual(['Feature']);
    expect(state.collections.map((c) => c.id).sort()).toEqual(['50', '51', '52', '60', '61', '70', '71']);

    const again = await f.cli(['plan', '--prune', '--allow-delete', '--json']);
    expect(JSON.parse(again.stdout).changes.map((c: { action: string; name: string }) => `${c.action} ${c.name}`)).toEqual(['blocked Handbook']);
  });

  test('a plan that archives or deletes nothing does not list them; export leaves them out and keeps the section', async () => {
    const plan = await f.cli(['plan']);
    expect(plan.stdout).not.toContain('Kept out of reach');
    const exported = (await f.cli(['export'])).stdout;
    for (const name of ['Customer Request', 'Tracker Tickets', 'Internal notes', 'Legacy', 'Internal']) expect(exported).not.toContain(`name: ${name}\n`);
    expect(exported).toContain('- name: Feature');
    expect(exported).toContain('- name: Handbook');
    expect(exported).toContain('ignore:\n  ticket_types: [Customer Request*, Tracker*]\n');
  });

  test('data attributes: ignored ones are never pruned, exported or declared, and are listed before a prune', async () => {
    const g = await Fidelity.start({
      seed: {
        data_attributes: [
          { model: 'contact', name: 'legacy_score', data_type: 'integer' },
          { model: 'contact', name: 'legacy_tier', data_type: 'string' },
          { model: 'contact', name: 'plan_tier', data_type: 'string' },
          { model: 'company', name: 'old_seats', data_type: 'integer' },
        ],
      },
    });
    try {
      await g.config(`
ignore:
  data_attributes: ["contact/legacy_*"]
data_attributes:
  contact: []
  company: []
`);
      const plan = await g.cli(['plan', '--prune', '--json']);
      expect(plan.code, plan.stderr).toBe(0);
      const json = JSON.parse(plan.stdout);
      expect(json.changes.map((c: { action: string; model: string; name: string }) => `${c.action} ${c.model}/${c.name}`).sort()).toEqual([
        'archive company/old_seats',
        'archive contact/plan_tier',
      ]);
      expect(json.ignored.map((o: { kind: string; path: string[] }) => `${o.kind} ${o.path.join('/')}`).sort()).toEqual([
        'data_attribute contact/legacy_score',
        'data_attribute contact/legacy_tier',
      ]);
      const apply = await g.cli(['apply', '--prune', '--auto-approve']);
      expect(apply.code, apply.stderr).toBe(0);
      const live = g.sandbox.snapshot().data_attributes.filter((a) => a.custom);
      expect(live.filter((a) => a.archived).map((a) => a.name).sort()).toEqual(['old_seats', 'plan_tier']);

      const exported = (await g.cli(['export'])).stdout;
      expect(exported).not.toContain('name: legacy_');
      expect(exported).toContain('name: plan_tier');
      expect(exported).toContain('data_attributes: [contact/legacy_*]');

      await g.config(`
ignore:
  data_attributes: ["contact/legacy_*"]
data_attributes:
  contact:
    - { name: legacy_score, data_type: integer }
`);
      const refused = await g.cli(['validate']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('"contact/legacy_score" matches "contact/legacy_*" under `ignore:`');
    } finally {
      await g.close();
    }
  });

  test('articles: ignored ones are never matched, pruned or exported, and a collection holding one is not deleted', async () => {
    const g = await Fidelity.start({
      seed: {
        collections: [{ id: 90, name: 'Guides' }, { id: 91, name: 'Old' }],
        articles: [
          { title: 'Install', collection: ['Guides'], body: '<p>Install it.</p>' },
          { title: 'Internal checklist', collection: ['Guides'], body: '<p>Ours.</p>' },
          { title: 'Stale', collection: ['Guides'], body: '<p>Gone soon.</p>' },
          { title: 'Internal runbook', collection: ['Old'], body: '<p>Ours too.</p>' },
        ],
      },
    });
    try {
      await g.config(`
ignore:
  articles: ["**/Internal *"]
help_center:
  collections:
    - name: Guides
  articles:
    - { title: Install, collection: [Guides], body: "Install it." }
`);
      const plan = await g.cli(['plan', '--prune', '--allow-delete', '--json']);
      expect(plan.code, plan.stderr).toBe(1);
      expect(plan.stderr).toContain('collection "Old" would be deleted, but it holds article "Internal runbook"');

      await g.config(`
ignore:
  articles: ["**/Internal *"]
  collections: [Old]
help_center:
  collections:
    - name: Guides
  articles:
    - { title: Install, collection: [Guides], body: "Install it." }
`);
      const pruned = await g.cli(['plan', '--prune', '--allow-delete', '--json']);
      expect(pruned.code, pruned.stderr).toBe(0);
      const json = JSON.parse(pruned.stdout);
      expect(json.changes.map((c: { action: string; kind: string; name: string }) => `${c.action} ${c.kind} ${c.name}`)).toEqual(['delete article Stale']);
      expect(json.ignored.filter((o: { kind: string }) => o.kind === 'article').map((o: { path: string[] }) => o.path.join('/')).sort()).toEqual([
        'Guides/Internal checklist',
        'Old/Internal runbook',
      ]);
      expect((await g.cli(['apply', '--prune', '--allow-delete', '--auto-approve'])).code).toBe(0);
      expect(g.sandbox.snapshot().articles.map((a) => a.content.title).sort()).toEqual(['Install', 'Internal checklist', 'Internal runbook']);

      const exported = (await g.cli(['export'])).stdout;
      expect(exported).toContain('title: Install');
      expect(exported).not.toContain('title: Internal');

      await g.config(`
ignore:
  articles: ["**/Internal *"]
help_center:
  articles:
    - { title: Internal checklist, collection: [Guides], body: "Ours." }
`);
      const refused = await g.cli(['validate']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('"Guides/Internal checklist" matches "**/Internal *" under `ignore:`');
    } finally {
      await g.close();
    }
  });
});
