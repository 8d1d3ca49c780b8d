import { describe, expect, test } from 'vitest';
import { createPlan } from '../../src/engine/create-plan.js';
import { PlanError, UserError } from '../../src/errors.js';
import type { LiveState } from '../../src/live/live-state.js';
import type { Selection } from '../../src/plan/plan-types.js';
import { sameSelection } from '../../src/plan/plan-types.js';
import { HELP_CENTER, config, liveAttribute, liveCollection, liveDataAttribute, liveType, planInput } from '../helpers/live-builders.js';

/** Declares Bug report (Severity, Steps), Question and the Guides/Setup tree; live has Legacy and Old docs besides. */
const CONFIG = config({
  ticket_types: [
    {
      name: 'Bug report',
      description: 'Broken',
      attributes: [
        { name: 'Severity', description: 'How bad', data_type: 'string' },
        { name: 'Steps', description: 'What happened', data_type: 'string' },
      ],
    },
    { name: 'Question', description: 'Ask us' },
  ],
  data_attributes: { contact: [{ name: 'plan_tier', data_type: 'string', description: 'Tier' }] },
  help_center: { collections: [{ name: 'Guides', collections: [{ name: 'Setup' }] }] },
});

const LIVE: LiveState = {
  ticketTypes: [
    liveType({ id: '1', name: 'Question', description: 'Old' }),
    liveType({ id: '2', name: 'Legacy', attributes: [liveAttribute({ id: '20', ticket_type_id: '2', name: 'Old field' })] }),
    liveType({ id: '3', name: 'Bug tracker' }),
  ],
  contactDataAttributes: [liveDataAttribute({ id: '50', name: 'plan_old' })],
  companyDataAttributes: [],
  helpCenters: [HELP_CENTER],
  collections: [liveCollection({ id: '9', name: 'Old docs' }), liveCollection({ id: '10', name: 'Inside', parent_id: '9' })],
};

function plan(selection: Partial<Selection>, options: { prune?: boolean; allowDelete?: boolean } = {}) {
  return createPlan(planInput(CONFIG, LIVE, { ...options, selection: { target: [], exclude: [], ...selection } }));
}
const addresses = (p: ReturnType<typeof plan>) => p.changes.map((c) => `${c.action} ${c.address}`);

describe('--target and --exclude', () => {
  test('without a selection every change is planned, and the plan records none', () => {
    const all = createPlan(planInput(CONFIG, LIVE, { prune: true, allowDelete: true }));
    expect(all.selection).toBeUndefined();
    expect(all.changes.length).toBe(plan({}, { prune: true, allowDelete: true }).changes.length);
  });

  test('a target keeps only the changes to objects it matches, and the plan records it', () => {
    const p = plan({ target: ['ticket_type:Question'] });
    expect(addresses(p)).toEqual(['update ticket_type["Question"]']);
    expect(p.selection).toEqual({ target: ['ticket_type:Question'], exclude: [] });
    expect(p.summary.update).toBe(1);
  });

  test('kinds are named as in plan JSON, attribute is short for ticket_type_attribute, and patterns glob', () => {
    const long = plan({ target: ['ticket_type_attribute:Bug report/S*'] });
    const short = plan({ target: ['attribute:Bug report/S*'] });
    expect(addresses(short)).toEqual(addresses(long));
    expect(addresses(short)).toContain('create ticket_type_attribute["Bug report"]["Severity"]');
    expect(addresses(plan({ target: ['data_attribute:contact/plan_*'] }))).toEqual(['create data_attribute["contact"]["plan_tier"]']);
  });

  test('a create the selected change needs is planned too, with a note naming why', () => {
    const p = plan({ target: ['attribute:Bug report/Severity'] });
    expect(addresses(p)).toEqual(['create ticket_type["Bug report"]', 'create ticket_type_attribute["Bug report"]["Severity"]']);
    expect(p.notes?.map((n) => n.message)).toContainEqual('ticket type "Bug report" is created too, though not selected: attribute "Bug report" › "Severity" needs it');
  });

  test('a collection below a new one brings the create of its parent along', () => {
    const p = plan({ target: ['collection:Guides/Setup'] });
    expect(addresses(p)).toEqual(['create collection["acme-help"]["Guides"]', 'create collection["acme-help"]["Guides"]["Setup"]']);
  });

  test('--exclude wins over --target', () => {
    const p = plan({ target: ['ticket_type:*'], exclude: ['ticket_type:Question'] });
    expect(addresses(p)).toEqual(['create ticket_type["Bug report"]']);
  });

  test('a create the selection needs but --exclude leaves out stops the plan, naming both', () => {
    const run = () => plan({ target: ['attribute:Bug report/*'], exclude: ['ticket_type:Bug report'] });
    expect(run).toThrow(PlanError);
    expect(run).toThrow(/attribute "Bug report" › "Severity" \(create\) waits for the create of ticket type "Bug report", which is not selected: --exclude "ticket_type:Bug report" leaves it out/);
  });

  test('prune acts only inside the selection', () => {
    const all = plan({}, { prune: true });
    expect(addresses(all)).toEqual(expect.arrayContaining(['archive ticket_type["Legacy"]', 'archive ticket_type["Bug tracker"]', 'archive data_attribute["contact"]["plan_old"]']));
    const bugs = plan({ target: ['ticket_type:Bug*'] }, { prune: true });
    expect(addresses(bugs)).toEqual(['create ticket_type["Bug report"]', 'archive ticket_type["Bug tracker"]']);
    const notLegacy = plan({ exclude: ['ticket_type:Legacy', 'attribute:Legacy/*'] }, { prune: true });
    expect(addresses(notLegacy).some((a) => a.includes('Legacy'))).toBe(false);
    expect(addresses(notLegacy)).toContain('archive ticket_type["Bug tracker"]');
  });

  test('deleting a collection whose sub-collections are not selected stops the plan instead of deleting them unasked', () => {
    const run = () => plan({ target: ['collection:Old docs'] }, { prune: true, allowDelete: true });
    expect(run).toThrow(/collection acme-help: "Old docs" \(delete\) waits for the delete of collection acme-help: "Old docs \/ Inside", which is not selected: no --target matches it; add --target "collection:Old docs\/Inside"/);
    const whole = plan({ target: ['collection:Old docs/**'] }, { prune: true, allowDelete: true });
    expect(whole.summary.delete).toBe(2);
  });

  test('notes about changes the selection leaves out, and whole-plan sums it would make wrong, are not shown', () => {
    const cfg = config({
      ticket_types: [{ name: 'Question', description: 'Ask us' }],
      data_attributes: {
        contact: [
          { name: 'tier', data_type: 'options', options: ['free'], description: 'Tier' },
          { name: 'region', data_type: 'string', description: 'Region' },
        ],
      },
    });
    const live: LiveState = {
      ticketTypes: LIVE.ticketTypes!,
      contactDataAttributes: [liveDataAttribute({ id: '51', name: 'tier', data_type: 'string', options: ['free', 'pro'], description: 'Old' })],
      companyDataAttributes: [],
    };
    const notes = (selection?: Partial<Selection>) =>
      (createPlan(planInput(cfg, live, selection ? { selection: { target: [], exclude: [], ...selection } } : {})).notes ?? []).map((n) => n.message);
    expect(notes()).toEqual(expect.arrayContaining([expect.stringMatching(/^Active custom attributes after this plan/), expect.stringMatching(/"pro"/)]));
    expect(notes({ target: ['ticket_type:Question'] })).toEqual([]);
    expect(notes({ target: ['data_attribute:contact/tier'] })).toEqual([expect.stringMatching(/"pro"/)]);
  });

  test('a bad selector stops before planning, with a did-you-mean for a misspelt kind', () => {
    const run = (selection: Partial<Selection>) => () => plan(selection);
    expect(run({ target: ['ticket_types:Bug*'] })).toThrow(UserError);
    expect(run({ target: ['ticket_types:Bug*'] })).toThrow(/--target "ticket_types:Bug\*": "ticket_types" is not a kind; did you mean ticket_type\? kinds are ticket_state, ticket_type, ticket_type_attribute \(or attribute\)/);
    expect(run({ exclude: ['colection:Guides'] })).toThrow(/did you mean collection\?/);
    expect(run({ target: ['Bug*'] })).toThrow(/names no kind/);
    expect(run({ target: ['attribute:Severity'] })).toThrow(/"attribute:Severity": this pattern can never match an attribute; write Type\/Attribute/);
    expect(run({ target: ['collection:Guides//Setup'] })).toThrow(/empty name/);
  });
});

describe('sameSelection', () => {
  test('compares selectors as sets: order and repeats do not matter, none equals empty', () => {
    expect(sameSelection({ target: ['a:x', 'b:y'], exclude: [] }, { target: ['b:y', 'a:x', 'a:x'], exclude: [] })).toBe(true);
    expect(sameSelection(undefined, { target: [], exclude: [] })).toBe(true);
    expect(sameSelection({ target: ['a:x'], exclude: [] }, { target: [], exclude: ['a:x'] })).toBe(false);
  });
});
