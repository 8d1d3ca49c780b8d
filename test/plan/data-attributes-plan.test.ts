import { describe, expect, test } from 'vitest';
import type { LiveDataAttribute } from '../../src/client/live-types.js';
import type { DesiredDataAttribute } from '../../src/config/config-types.js';
import { PlanError } from '../../src/errors.js';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import type { LiveState } from '../../src/live/live-state.js';
import type { Change } from '../../src/resources/registry.js';
import { config, liveDataAttribute, planInput } from '../helpers/live-builders.js';
import { userErrorOf } from '../security/support/refusals.js';

type Section = { contact?: DesiredDataAttribute[]; company?: DesiredDataAttribute[]; conversation?: DesiredDataAttribute[] };

const builtIn = (model: string, name: string, data_type = 'string') => liveDataAttribute({ id: null, model, name, label: name, data_type });
const BUILT_INS = [builtIn('contact', 'email'), builtIn('contact', 'signed_up_at', 'date'), builtIn('company', 'monthly_spend', 'float')];

function live(attributes: LiveDataAttribute[], models: string[] = ['contact', 'company']): LiveState {
  const all = [...BUILT_INS, ...attributes];
  const of = (model: string) => (models.includes(model) ? all.filter((a) => a.model === model) : undefined);
  return { contactDataAttributes: of('contact'), companyDataAttributes: of('company'), conversationDataAttributes: of('conversation') };
}

function plan(section: Section, state: LiveState, options: { prune?: boolean; workspace?: string } = {}): Plan {
  return createPlan(planInput(config({ data_attributes: section }), state, { prune: options.prune ?? false }, options.workspace));
}

function planError(section: Section, state: LiveState): PlanError {
  const error = userErrorOf(() => plan(section, state));
  expect(error).toBeInstanceOf(PlanError);
  return error as PlanError;
}

const brief = (changes: Change[]) => changes.map((c) => `${c.action} ${c.address}`);

describe('data attributes: creates', () => {
  test('every data type, in both models, each sent as create_data_attribute_request takes it', () => {
    const types = ['string', 'integer', 'float', 'boolean', 'date', 'datetime'] as const;
    const section: Section = {
      contact: [
        ...types.map((data_type) => ({ name: `c_${data_type}`, data_type })),
        { name: 'plan_tier', description: 'Billing plan', data_type: 'options', options: ['free', 'pro'], messenger_writable: true },
      ],
      company: types.map((data_type) => ({ name: `k_${data_type}`, data_type })),
    };
    const result = plan(section, live([]));
    expect(result.summary.create).toBe(13);
    expect(result.changes.every((c) => c.kind === 'data_attribute' && c.action === 'create')).toBe(true);
    const tier = result.changes.find((c) => c.name === 'plan_tier');
    expect(tier).toMatchObject({
      model: 'contact',
      address: 'data_attribute["contact"]["plan_tier"]',
      fields: [
        { path: 'name', after: 'plan_tier' },
        { path: 'description', after: 'Billing plan' },
        { path: 'data_type', after: 'options' },
        { path: 'options', after: ['free', 'pro'] },
        { path: 'messenger_writable', after: true },
      ],
      operation: {
        type: 'create_data_attribute',
        body: { name: 'plan_tier', model: 'contact', description: 'Billing plan', data_type: 'options', options: [{ value: 'free' }, { value: 'pro' }], messenger_writable: true },
      },
    });
    expect(result.changes.find((c) => c.name === 'k_datetime')?.operation).toEqual({
      type: 'create_data_attribute',
      body: { name: 'k_datetime', model: 'company', data_type: 'datetime' },
    });
  });

  test('an attribute declared archived and absent is not created', () => {
    expect(plan({ contact: [{ name: 'old', data_type: 'string', archived: true }] }, live([])).changes).toEqual([]);
  });

  test('an attribute for other workspaces only is not planned here', () => {
    const section: Section = { contact: [{ name: 'beta', data_type: 'string', workspaces: ['staging'] }] };
    expect(plan(section, live([])).changes).toEqual([]);
    expect(brief(plan(section, live([]), { workspace: 'staging' }).changes)).toEqual(['create data_attribute["contact"]["beta"]']);
  });
});

describe('data attributes: matching live ones', () => {
  test('Intercom answers options as string and datetime as date: no change, options compared as a set', () => {
    const state = live([
      liveDataAttribute({ id: '11', name: 'plan_tier', data_type: 'string', options: ['pro', 'free', 'enterprise'] }),
      liveDataAttribute({ id: '12', name: 'last_demo_at', data_type: 'date' }),
      liveDataAttribute({ id: '13', model: 'company', name: 'seats', data_type: 'integer' }),
    ]);
    const section: Section = {
      contact: [
        { name: 'plan_tier', data_type: 'options', options: ['free', 'pro', 'enterprise'] },
        { name: 'last_demo_at', data_type: 'datetime' },
      ],
      company: [{ name: 'seats', data_type: 'integer' }],
    };
    expect(plan(section, state).changes).toEqual([]);
  });

  test('only written fields are compared; an update sends only the changed ones', () => {
    const state = live([liveDataAttribute({ id: '11', name: 'plan_tier', description: 'Old', data_type: 'string', options: ['free', 'pro'], messenger_writable: true })]);
    expect(plan({ contact: [{ name: 'plan_tier', data_type: 'options', options: ['free', 'pro'] }] }, state).changes).toEqual([]);
    const [change] = plan({ contact: [{ name: 'plan_tier', description: 'New', data_type: 'options', options: ['free', 'pro', 'team'] }] }, state).changes;
    expect(change).toMatchObject({
      action: 'update',
      id: '11',
      fields: [
        { path: 'description', before: 'Old', after: 'New' },
        { path: 'options', before: ['free', 'pro'], after: ['free', 'pro', 'team'] },
      ],
      operation: { type: 'update_data_attribute', attributeId: '11', body: { description: 'New', options: [{ value: 'free' }, { value: 'pro' }, { value: 'team' }] } },
    });
  });

  test('removing an option warns that people holding it keep the value', () => {
    const state = live([liveDataAttribute({ id: '11', name: 'plan_tier', data_type: 'string', options: ['free', 'pro', 'legacy'] })]);
    const result = plan({ contact: [{ name: 'plan_tier', data_type: 'options', options: ['pro', 'free'] }] }, state);
    expect(result.changes[0]?.operation).toMatchObject({ body: { options: [{ value: 'pro' }, { value: 'free' }] } });
    expect(result.notes).toEqual([
      {
        address: 'data_attribute["contact"]["plan_tier"]',
        message: 'contact attribute "plan_tier": option "legacy" will no longer be offered, but people that hold it keep the value; change those first if it should go.',
      },
    ]);
  });

  test('archived: true archives, archived: false (or nothing) unarchives', () => {
    const state = live([liveDataAttribute({ id: '11', name: 'a', archived: false }), liveDataAttribute({ id: '12', name: 'b', archived: true })]);
    const result = plan({ contact: [{ name: 'a', data_type: 'string', archived: true }, { name: 'b', data_type: 'string' }] }, state);
    expect(result.changes.map((c) => [c.action, c.operation])).toEqual([
      ['archive', { type: 'update_data_attribute', attributeId: '11', body: { archived: true } }],
      ['unarchive', { type: 'update_data_attribute', attributeId: '12', body: { archived: false } }],
    ]);
  });

  test('prune archives unlisted custom attributes of the declared models only, never built-ins', () => {
    const state = live([
      liveDataAttribute({ id: '11', name: 'kept', data_type: 'string' }),
      liveDataAttribute({ id: '12', name: 'unlisted', data_type: 'string' }),
      liveDataAttribute({ id: '13', name: 'already_archived', archived: true }),
      liveDataAttribute({ id: '14', model: 'company', name: 'company_thing' }),
    ]);
    const result = plan({ contact: [{ name: 'kept', data_type: 'string' }] }, state, { prune: true });
    expect(brief(result.changes)).toEqual(['archive data_attribute["contact"]["unlisted"]']);
    expect(result.changes[0]).toMatchObject({ id: '12', reason: 'not in the config (prune)' });
    expect(brief(plan({ contact: [{ name: 'kept', data_type: 'string' }] }, state).changes)).toEqual([]);
  });
});

describe('data attributes: what the API cannot do stops the plan, located', () => {
  test('a data_type change explains the migration', () => {
    const state = live([liveDataAttribute({ id: '11', name: 'seats', data_type: 'integer' }), liveDataAttribute({ id: '12', name: 'tier', data_type: 'string', options: ['a', 'b'] })]);
    const error = planError({ contact: [{ name: 'seats', data_type: 'string' }, { name: 'tier', data_type: 'string' }] }, state);
    expect(error.issues.map((i) => i.path)).toEqual([
      ['data_attributes', 'contact', 0, 'data_type'],
      ['data_attributes', 'contact', 1, 'data_type'],
    ]);
    expect(error.issues[0]?.message).toBe(
      'contact attribute "seats" is of type integer in Intercom; it cannot become string because the API cannot change data_type. ' +
        'To migrate: declare a new attribute under a new name (for example "seats_string") with data_type string, copy the values people hold into it, ' +
        'then archive "seats" (keep it in the file with archived: true, or remove it and plan with --prune).',
    );
    expect(error.issues[1]?.message).toContain('is of type options in Intercom');
  });

  test('a rename through previous_names, or by case only, explains the migration', () => {
    const state = live([liveDataAttribute({ id: '11', model: 'company', name: 'seat_count', data_type: 'integer' }), liveDataAttribute({ id: '12', model: 'company', name: 'Region' })]);
    const error = planError(
      { company: [{ name: 'seats', previous_names: ['seat_count'], data_type: 'integer' }, { name: 'region', data_type: 'string' }] },
      state,
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['data_attributes', 'company', 0, 'previous_names', 0],
      ['data_attributes', 'company', 1, 'name'],
    ]);
    expect(error.issues[0]?.message).toContain('company attribute "seat_count" (id 11) cannot be renamed to "seats": the API cannot rename data attributes. To migrate:');
    expect(error.issues[0]?.message).toContain('copy the values companies hold into it');
    expect(error.issues[1]?.message).toContain('write it as "Region"');
  });

  test('a name a live built-in has, or a custom attribute of the other model has, is refused', () => {
    const state = live([builtIn('contact', 'browser_fingerprint'), liveDataAttribute({ id: '20', model: 'company', name: 'tier' })]);
    const error = planError({ contact: [{ name: 'browser_fingerprint', data_type: 'string' }, { name: 'Tier', data_type: 'string' }] }, state);
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      [['data_attributes', 'contact', 0, 'name'], expect.stringContaining("is one of Intercom's own contact attributes")],
      [['data_attributes', 'contact', 1, 'name'], expect.stringContaining('a company attribute named "tier" (id 20) already exists')],
    ]);
  });
});

describe('data attributes: conversation attributes are verified only', () => {
  const state = live(
    [liveDataAttribute({ id: '30', model: 'conversation', name: 'Priority reason', description: 'Why', data_type: 'string' })],
    ['conversation'],
  );

  test('a match is no change; a difference or a missing one is a manual step, never sent', () => {
    expect(plan({ conversation: [{ name: 'Priority reason', description: 'Why', data_type: 'string' }] }, state).changes).toEqual([]);
    const result = plan(
      { conversation: [{ name: 'Priority reason', description: 'Why it is urgent', data_type: 'string' }, { name: 'Escalated', data_type: 'boolean' }] },
      state,
      { prune: true },
    );
    expect(result.changes.map((c) => [c.action, c.id, c.operation])).toEqual([
      ['manual', '30', undefined],
      ['manual', undefined, undefined],
    ]);
    expect(result.changes[0]?.reason).toBe(
      'differs: in Intercom (Settings → Data → Conversations), change its description from "Why" to "Why it is urgent"; the API cannot create or change conversation attributes before version 2.16.',
    );
    expect(result.changes[1]?.reason).toMatch(/^missing: create it in Intercom \(Settings → Data → Conversations\) as a boolean attribute;/);
  });
});
