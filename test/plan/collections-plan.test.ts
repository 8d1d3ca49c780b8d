import { describe, expect, test } from 'vitest';
import type { DesiredCollection } from '../../src/config/config-types.js';
import { createPlan } from '../../src/engine/create-plan.js';
import type { Change } from '../../src/resources/registry.js';
import { HELP_CENTER, OTHER_HELP_CENTER, config, liveCollection, planInput } from '../helpers/live-builders.js';

const brief = (changes: Change[]) => changes.map((c) => `${c.action} ${('path' in c ? c.path : []).join('/')}`);
const plan = (collections: DesiredCollection[], live: ReturnType<typeof liveCollection>[], options = {}) =>
  createPlan(
    planInput(config({ help_center: { collections } }), { helpCenters: [HELP_CENTER, OTHER_HELP_CENTER], collections: live }, options),
  );

const tree: DesiredCollection[] = [
  {
    name: 'Getting started',
    description: 'First steps',
    translated_content: { fr: { name: 'Premiers pas' } },
    collections: [{ name: 'Install', collections: [{ name: 'Web' }] }],
  },
];

describe('collections', () => {
  test('a new tree is created parents first, children referring to their parent', () => {
    const p = plan(tree, []);
    expect(brief(p.changes)).toEqual(['create Getting started', 'create Getting started/Install', 'create Getting started/Install/Web']);
    expect(p.changes[2]).toMatchObject({
      help_center: 'acme-help',
      dependsOn: ['collection["acme-help"]["Getting started"]["Install"]'],
      operation: { type: 'create_collection', helpCenterId: '1', parent: { address: 'collection["acme-help"]["Getting started"]["Install"]' } },
    });
  });

  test('a matching live tree is no change', () => {
    const live = [
      liveCollection({ id: '10', name: 'Getting started', description: 'First steps', translated_content: { fr: { name: 'Premiers pas', description: null } } }),
      liveCollection({ id: '11', name: 'Install', parent_id: '10' }),
      liveCollection({ id: '12', name: 'Web', parent_id: '11' }),
    ];
    expect(plan(tree, live).changes).toEqual([]);
  });

  test('a changed translation is one leaf change and sends the merged translations', () => {
    const live = [liveCollection({ id: '10', name: 'Getting started', description: 'First steps', translated_content: { fr: { name: 'Début', description: 'x' } } })];
    const p = plan([{ ...tree[0]!, collections: [] }], live);
    expect(p.changes[0]).toMatchObject({
      action: 'update',
      fields: [{ path: 'translated_content.fr.name', before: 'Début', after: 'Premiers pas' }],
      operation: { body: { translated_content: { fr: { name: 'Premiers pas', description: 'x' } } } },
    });
  });

  test('a rename through previous_names keeps the collection', () => {
    const p = plan([{ name: 'Start here', previous_names: ['Getting started'] }], [liveCollection({ id: '10', name: 'Getting started' })]);
    expect(p.changes).toEqual([expect.objectContaining({ action: 'update', id: '10', operation: expect.objectContaining({ body: { name: 'Start here' } }) })]);
  });

  test('a collection found under its old parent is moved, not recreated', () => {
    const live = [
      liveCollection({ id: '10', name: 'Billing' }),
      liveCollection({ id: '11', name: 'Account' }),
      liveCollection({ id: '12', name: 'Invoices', parent_id: '10' }),
    ];
    const p = plan([{ name: 'Billing' }, { name: 'Account', collections: [{ name: 'Invoices' }] }], live);
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'update',
        id: '12',
        fields: [{ path: 'parent', before: 'Billing', after: 'Account' }],
        operation: { type: 'update_collection', collectionId: '12', parent: { id: '11' }, body: {} },
      }),
    ]);
  });

  test('previous_path moves a collection under a parent created in the same plan', () => {
    const live = [liveCollection({ id: '10', name: 'Old' }), liveCollection({ id: '12', name: 'FAQ', parent_id: '10' })];
    const p = plan([{ name: 'Old' }, { name: 'New', collections: [{ name: 'FAQ', previous_path: ['Old'] }] }], live);
    expect(brief(p.changes)).toEqual(['create New', 'update New/FAQ']);
    expect(p.changes[1]).toMatchObject({ dependsOn: ['collection["acme-help"]["New"]'], operation: { parent: { address: 'collection["acme-help"]["New"]' } } });
  });

  test('unlisted collections are blocked without --allow-delete and deleted children-first with it', () => {
    const live = [
      liveCollection({ id: '10', name: 'Keep' }),
      liveCollection({ id: '20', name: 'Old' }),
      liveCollection({ id: '21', name: 'Older', parent_id: '20' }),
      liveCollection({ id: '30', name: 'Partner docs', help_center_id: '2' }),
    ];
    expect(plan([{ name: 'Keep' }], live).changes).toEqual([]);
    expect(brief(plan([{ name: 'Keep' }], live, { prune: true }).changes)).toEqual(['blocked Old/Older', 'blocked Old']);
    const deleting = plan([{ name: 'Keep' }], live, { prune: true, allowDelete: true });
    expect(brief(deleting.changes)).toEqual(['delete Old/Older', 'delete Old']);
    expect(deleting.changes[1]?.dependsOn).toEqual([deleting.changes[0]?.address]);
  });

  test('`collections: []` manages the default help center: prune deletes its collections, never another help center\'s', () => {
    const live = [
      liveCollection({ id: '20', name: 'Old' }),
      liveCollection({ id: '21', name: 'Older', parent_id: '20' }),
      liveCollection({ id: '30', name: 'Partner docs', help_center_id: '2' }),
    ];
    expect(brief(plan([], live, { prune: true, allowDelete: true }).changes)).toEqual(['delete Old/Older', 'delete Old']);
    expect(brief(plan([], live, { prune: true }).changes)).toEqual(['blocked Old/Older', 'blocked Old']);
    expect(plan([], live).changes).toEqual([]);
  });

  test('an unknown help center lists the ones that exist', () => {
    expect(() => plan([{ name: 'X', help_center: 'nope' }], [])).toThrow(/no help center "nope" in this workspace; it has "acme-help", "partners"/);
  });

  test('a locale the help center lacks is an error', () => {
    expect(() => plan([{ name: 'X', help_center: 'partners', translated_content: { de: { name: 'Y' } } }], [])).toThrow(/has no "de" locale/);
  });

  test('collections of other help centers are matched only there', () => {
    const p = plan([{ name: 'Docs', help_center: 'partners' }], [liveCollection({ id: '10', name: 'Docs' })]);
    expect(brief(p.changes)).toEqual(['create Docs']);
    expect(p.changes[0]?.operation).toMatchObject({ helpCenterId: '2' });
  });

  test('several help centers and none flagged default: a collection without help_center: is refused, never guessed by list order', () => {
    const unflagged = [HELP_CENTER, OTHER_HELP_CENTER].map(({ default: _d, ...hc }) => hc);
    const input = planInput(config({ help_center: { collections: [{ name: 'X' }, { name: 'Y', help_center: 'partners' }] } }), { helpCenters: unflagged, collections: [] });
    expect(() => createPlan(input)).toThrow(/Cannot plan: 1 problem:\n.*several help centers \("acme-help", "partners"\) and Intercom did not say which one is the default; name the help center of this collection with `help_center:`/);
    const single = planInput(config({ help_center: { collections: [{ name: 'X' }] } }), { helpCenters: [unflagged[1]!], collections: [] });
    expect(createPlan(single).changes[0]?.operation).toMatchObject({ helpCenterId: '2' });
  });

  test('children listed with help_center_id: null are in their parent\'s help center', () => {
    const live = [
      liveCollection({ id: '10', name: 'Docs', help_center_id: '2' }),
      liveCollection({ id: '11', name: 'API', parent_id: '10', help_center_id: null }),
      liveCollection({ id: '12', name: 'Old', parent_id: '11', help_center_id: null }),
    ];
    const p = plan([{ name: 'Docs', help_center: 'partners', collections: [{ name: 'API' }] }], live, { prune: true, allowDelete: true });
    expect(brief(p.changes)).toEqual(['delete Docs/API/Old']);
    expect(p.changes[0]).toMatchObject({ help_center: 'partners', id: '12' });
  });
});
