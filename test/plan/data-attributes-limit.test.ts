import { describe, expect, test } from 'vitest';
import type { LiveDataAttribute } from '../../src/client/live-types.js';
import type { DesiredDataAttribute } from '../../src/config/config-types.js';
import { PlanError } from '../../src/errors.js';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import type { LiveState } from '../../src/live/live-state.js';
import { config, liveDataAttribute, planInput } from '../helpers/live-builders.js';
import { userErrorOf } from '../security/support/refusals.js';

/** `count` custom attributes of one model, ids from `firstId`. */
function many(model: 'contact' | 'company', count: number, firstId: number, archived = false): LiveDataAttribute[] {
  return Array.from({ length: count }, (_, i) => liveDataAttribute({ id: String(firstId + i), model, name: `${model}_${archived ? 'old' : 'attr'}_${i}`, archived }));
}

function state(contact: LiveDataAttribute[], company: LiveDataAttribute[]): LiveState {
  return { contactDataAttributes: contact, companyDataAttributes: company };
}

const fresh = (prefix: string, count: number): DesiredDataAttribute[] => Array.from({ length: count }, (_, i) => ({ name: `${prefix}_${i}`, data_type: 'string' }));

function plan(section: { contact?: DesiredDataAttribute[]; company?: DesiredDataAttribute[] }, live: LiveState, prune = false): Plan {
  return createPlan(planInput(config({ data_attributes: section }), live, { prune }));
}

const refusal = (run: () => unknown): PlanError => {
  const error = userErrorOf(run);
  expect(error).toBeInstanceOf(PlanError);
  return error as PlanError;
};

describe('the limit of 250 active custom attributes', () => {
  test('the plan notes each model\'s count after it runs; archived attributes do not count', () => {
    const live = state([...many('contact', 240, 1000), ...many('contact', 30, 2000, true)], many('company', 8, 3000));
    const result = plan({ contact: fresh('new', 2) }, live);
    expect(result.summary.create).toBe(2);
    expect(result.notes?.map((n) => n.message)).toEqual([
      'Active custom attributes after this plan: contact 242 (now 240), company 8; 250 of the 250 Intercom allows per workspace (archived ones do not count).',
    ]);
  });

  test('a plan that changes no count has no note', () => {
    const live = state(many('contact', 3, 1000), []);
    expect(plan({ contact: [{ name: 'contact_attr_0', data_type: 'string' }] }, live).notes).toBeUndefined();
  });

  test('contact and company count together: the create that passes it stops the plan, located', () => {
    const live = state(many('contact', 240, 1000), many('company', 8, 3000));
    const error = refusal(() => plan({ contact: fresh('new', 1), company: fresh('more', 2) }, live));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(['data_attributes', 'company', 1, 'name']);
    expect(error.issues[0]?.message).toBe(
      'creating company attribute "more_1" would make 251 active custom contact and company attributes, and Intercom allows 250 per workspace; ' +
        'archived attributes do not count. Archive attributes you no longer use (archived: true, or remove them and plan with --prune), or declare fewer new ones.',
    );
  });

  test('an unarchive counts like a create', () => {
    const live = state([...many('contact', 250, 1000), ...many('contact', 1, 2000, true)], []);
    const error = refusal(() => plan({ contact: [{ name: 'contact_old_0', data_type: 'string' }] }, live));
    expect(error.issues[0]?.path).toEqual(['data_attributes', 'contact', 0, 'archived']);
    expect(error.issues[0]?.message).toMatch(/^unarchiving contact attribute "contact_old_0" would make 251 active/);
  });

  test('archives in the same plan make room, and the creates wait for them', () => {
    const live = state(many('contact', 200, 1000), many('company', 50, 3000));
    const declared = [...many('contact', 198, 1000).map((a) => ({ name: a.name, data_type: 'string' as const })), ...fresh('new', 2)];
    const result = plan({ contact: declared }, live, true);
    const archives = result.changes.filter((c) => c.action === 'archive').map((c) => c.address);
    expect(archives).toEqual(['data_attribute["contact"]["contact_attr_198"]', 'data_attribute["contact"]["contact_attr_199"]']);
    for (const create of result.changes.filter((c) => c.action === 'create')) expect(create.dependsOn).toEqual(archives);
  });

  test('creates that fit without the archives do not wait for them', () => {
    const live = state(many('contact', 10, 1000), []);
    const result = plan({ contact: fresh('new', 2) }, live, true);
    expect(result.changes.every((c) => c.dependsOn === undefined)).toBe(true);
  });

  test('a workspace already holding more than 250 in all must count per model', () => {
    const live = state(many('contact', 200, 1000), many('company', 100, 3000));
    const result = plan({ contact: fresh('new', 2) }, live);
    expect(result.notes?.[0]?.message).toBe(
      "Active custom attributes after this plan: contact 202 (now 200), company 100, each against Intercom's limit of 250 (counted per model: this workspace already holds more than one shared count would allow).",
    );
    const error = refusal(() => plan({ contact: fresh('new', 51) }, live));
    expect(error.issues[0]?.path).toEqual(['data_attributes', 'contact', 50, 'name']);
    expect(error.issues[0]?.message).toContain('would make 251 active custom contact attributes, and Intercom allows 250 per model');
  });
});
