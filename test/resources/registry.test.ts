/**
 * The registry is the one list of resource kinds; every consumer loops over it. This test
 * walks it and proves each consumer covers each kind, so a kind added to `KINDS` but
 * forgotten somewhere fails here by name. The sample below must declare every kind: when
 * a new kind arrives, add it to the sample and this test shows what is still missing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { IntercomClient } from '../../src/client/intercom-client.js';
import type { IntercomConfig } from '../../src/config/config-types.js';
import { buildConfigJsonSchema } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load-config.js';
import { configSchema } from '../../src/config/schema.js';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import { fingerprintTouched } from '../../src/engine/fingerprints.js';
import { parseSavedPlan } from '../../src/engine/saved-plans.js';
import { ConfigError } from '../../src/errors.js';
import { exportResources, withoutResources } from '../../src/export/export-resources.js';
import { fetchLiveState, managedFamilies, type LiveState } from '../../src/live/live-state.js';
import { serializeSavedPlan } from '../../src/plan/saved-plan.js';
import { describeChange } from '../../src/render/describe-change.js';
import { changeIdentity } from '../../src/render/render-json.js';
import { IGNORABLE } from '../../src/resources/ignore.js';
import { CHANGE_KIND_MODULES, CHANGE_KINDS, KINDS, kindOf, type Change } from '../../src/resources/registry.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';

const SAMPLE = `version: 1
workspaces:
  sandbox: { sandbox: state.json }
  staging: { sandbox: staging.json }
ticket_states:
  - internal_label: With engineering
    external_label: Engineering has it
    category: in_progress
ticket_types:
  - name: Bug report
    description: Something is broken
    states: [Submitted, With engineering, Waiting on customer, Resolved]
    attributes:
      - name: Severity
        description: How bad is it?
        data_type: list
        list_items: [Low, High]
data_attributes:
  contact:
    - name: plan_tier
      description: Billing plan of the person
      data_type: options
      options: [free, pro]
  company:
    - name: seats
      description: Licensed seats
      data_type: integer
  conversation:
    - name: Priority reason
      description: Why it is urgent
      data_type: string
help_center:
  collections:
    - name: Getting started
      description: First steps
      collections:
        - name: Installation
          description: Install the messenger
  default_author: ada@example.com
  articles:
    - title: Install the app
      collection: [Getting started, Installation]
      description: Everything you need
      body: "Open the **app store** and search for Acme."
      state: published
`;

const raw = parse(SAMPLE) as Record<string, unknown>;
const config: IntercomConfig = parseConfig(SAMPLE, 'sample.yaml', { env: {} }).config;
const planOf = (cfg: IntercomConfig, live: LiveState): Plan =>
  createPlan({ config: cfg, workspace: 'sandbox', apiVersion: '2.14', live, options: { prune: false, allowDelete: false } });
const kindsIn = (plan: Plan) => [...new Set(plan.changes.map((c) => c.kind))].sort();
const everyKind = [...CHANGE_KINDS].sort();

describe('the registry', () => {
  test('names each kind of change once; every registered kind and child is a kind of change', () => {
    expect(new Set(CHANGE_KINDS).size).toBe(CHANGE_KINDS.length);
    expect(CHANGE_KIND_MODULES.map((m) => m.name)).toEqual(KINDS.flatMap((k) => [k.name, ...k.children.map((c) => c.name)]));
  });

  test('config schema and JSON Schema: every kind contributes its section', () => {
    const properties = Object.keys((buildConfigJsonSchema()['properties'] ?? {}) as object);
    for (const kind of KINDS) {
      for (const key of Object.keys(kind.section)) {
        expect(Object.keys(configSchema.shape), kind.name).toContain(key);
        expect(properties, kind.name).toContain(key);
      }
    }
  });

  test('scope checks: a `workspaces:` typo is reported on every declared object of every kind', () => {
    const objects = KINDS.flatMap((kind) => kind.declaredObjects(raw).map((object) => ({ kind: kind.name, object })));
    for (const kind of KINDS) expect(objects.map((o) => o.kind), `the sample declares no ${kind.name}`).toContain(kind.name);
    // One per object of a kind and of its children (the attribute inside the ticket type).
    expect(objects.length).toBeGreaterThanOrEqual(CHANGE_KIND_MODULES.length);
    for (const { object } of objects) {
      const edited = structuredClone(raw);
      let node: unknown = edited;
      for (const key of object.path) node = (node as Record<string | number, unknown>)[key];
      (node as Record<string, unknown>)['workspaces'] = ['stagign'];
      const error = (() => {
        try {
          parseConfig(stringify(edited), 'sample.yaml', { env: {} });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error, object.path.join('.')).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((i) => i.path)).toContainEqual([...object.path, 'workspaces', 0]);
    }
  });

  test('live reads: every kind names the listings it needs', () => {
    for (const kind of KINDS) expect(kind.reads(config).length, kind.name).toBeGreaterThan(0);
    expect(Object.values(managedFamilies(config)).every(Boolean)).toBe(true);
  });

  test('counts: one count per kind of object, each counting the sample', () => {
    const counts = Object.assign({}, ...KINDS.map((kind) => kind.count(config))) as Record<string, number>;
    expect(Object.keys(counts)).toHaveLength(CHANGE_KIND_MODULES.length);
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });

  test('workspace diff: an export replaces every kind\'s section', () => {
    const settings = withoutResources(config) as Record<string, unknown>;
    for (const kind of KINDS) for (const key of Object.keys(kind.section)) expect(settings, kind.name).not.toHaveProperty(key);
    expect(settings).toHaveProperty('workspaces');
  });
});

describe('every kind through plan, apply, export and saved plans (against the sandbox)', () => {
  let sandbox: RunningSandbox;
  let api: IntercomClient;
  // The sample declares every kind, so it reads every family (those read only when declared too).
  const read = () => fetchLiveState(api, managedFamilies(config));

  beforeAll(async () => {
    sandbox = await startSandbox({
      seed: {
        help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en'], default: true }],
        ticket_states: [{ category: 'in_progress', internal_label: 'With engineering', external_label: 'In progress' }],
        // The API cannot create conversation attributes: the sample's one is there already.
        data_attributes: [{ model: 'conversation', name: 'Priority reason', description: 'Why it is urgent', data_type: 'string' }],
      },
    });
    api = new IntercomClient({ baseUrl: sandbox.url, token: 'registry-test', apiVersion: '2.14' });
  });
  afterAll(() => sandbox.close());

  test('planning, describing, plan JSON identity, apply, export, fingerprints and saved plans cover every kind', async () => {
    // Planning: a change of every kind.
    const first = planOf(config, await read());
    expect(kindsIn(first)).toEqual(everyKind);

    // Describing and plan JSON: each kind titles its changes and lists every identity field.
    const base = new Set(['address', 'kind', 'action', 'name', 'id', 'fields', 'reason', 'operation', 'dependsOn', 'source']);
    for (const change of first.changes) {
      expect(describeChange(change), change.kind).toContain(change.name);
      expect(kindOf(change).whereInIntercom(change), change.kind).toMatch(/^(Settings|Help Center) → /);
      const own = Object.keys(change).filter((key) => !base.has(key)).sort();
      expect([...kindOf(change).identity].sort(), change.kind).toEqual(own);
      expect(Object.keys(changeIdentity(change)), change.kind).toEqual(expect.arrayContaining(own));
    }

    // Saved plans accept every kind.
    const text = serializeSavedPlan<Change>({
      created_at: '2024-01-01T00:00:00.000Z',
      workspace: 'sandbox',
      api_version: '2.14',
      config: { file: 'sample.yaml', hash: 'x' },
      options: { prune: false, allowDelete: false },
      fingerprints: {},
      plan: first,
    });
    expect(kindsIn(parseSavedPlan(text, 'saved.plan').plan)).toEqual(everyKind);

    // Creates: every kind that plans one says where its objects live, for the checks around it.
    for (const change of first.changes.filter((c) => c.action === 'create')) expect(kindOf(change).created, change.kind).toBeDefined();

    // Apply: every write of every kind goes through, and every answer shows what was sent.
    const result = await applyPlan(first, api);
    expect(result.failed).toEqual([]);
    const written = first.changes.filter((c) => c.operation !== undefined);
    expect(result.applied).toHaveLength(written.length);
    for (const module of CHANGE_KIND_MODULES) {
      if (Object.keys(module.writes).length > 0) expect(written.map((c) => c.kind), module.name).toContain(module.name);
    }

    // Export: every kind exports what it read; the export plans to no changes.
    const live = await read();

    // Name paths: every change is named by its kind (for ignore: and selectors), and every
    // ignorable kind lists its live objects by the same name path.
    for (const change of first.changes) expect(kindOf(change).namePath(change).at(-1), change.kind).toBe(change.name);
    for (const { kind, spec } of IGNORABLE) {
      const named = [...spec.liveNames(live)].map((n) => n.path);
      const planned = first.changes.filter((c) => c.kind === kind).map((c) => kindOf(c).namePath(c));
      expect(named, kind).toEqual(expect.arrayContaining(planned));
    }
    for (const kind of KINDS) {
      const section = kind.export(live) as Record<string, unknown>;
      for (const key of Object.keys(kind.section)) expect(section[key], kind.name).toBeDefined();
    }
    const exported = planOf({ ...withoutResources(config), ...exportResources(live) }, live);
    expect(exported.changes).toEqual([]);

    // Fingerprints: a change to every object of every kind is fingerprinted by its kind.
    const edited = structuredClone(raw);
    for (const kind of KINDS) {
      for (const { path } of kind.declaredObjects(raw)) {
        let node: unknown = edited;
        for (const key of path) node = (node as Record<string | number, unknown>)[key];
        const object = node as Record<string, unknown>;
        if (typeof object['description'] === 'string') object['description'] += ' (changed)';
      }
    }
    const second = planOf(parseConfig(stringify(edited), 'sample.yaml', { env: {} }).config, live);
    expect(kindsIn(second)).toEqual(everyKind);
    const fingerprints = fingerprintTouched(second, live);
    for (const change of second.changes) {
      expect(change.id, `${change.kind} change has an id`).toBeDefined();
      expect(fingerprints[`${change.kind}:${change.id}`], change.kind).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
