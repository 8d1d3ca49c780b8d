/**
 * Drives every endpoint of the sandbox (successes and error answers) and validates every
 * response body against Intercom's 2.14 OpenAPI schema for that operation and status.
 * Allowed deviations: ./deviations.ts. Request bodies sent on success paths are checked
 * against the request schemas too, so the suite only relies on documented requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/sandbox/index.js';
import { openSandbox, SandboxClient } from '../sandbox/support/sandbox-client.js';
import type { CallOptions } from '../sandbox/support/sandbox-client.js';
import { CONFORMANCE_SANDBOX, ConformanceHarness } from './conformance-harness.js';
import { DEVIATIONS } from './deviations.js';
import { loadExtract, OpenApiValidator } from './openapi-validator.js';

const TT = '/ticket_types';
const TT_ID = '/ticket_types/{ticket_type_id}';
const ATTRS = '/ticket_types/{ticket_type_id}/attributes';
const ATTR_ID = '/ticket_types/{ticket_type_id}/attributes/{attribute_id}';
const STATES = '/ticket_states';
const HCS = '/help_center/help_centers';
const HC_ID = '/help_center/help_centers/{help_center_id}';
const COLLS = '/help_center/collections';
const COLL_ID = '/help_center/collections/{collection_id}';

/** Operations this suite covers; content-conformance.test.ts covers the rest. */
const TEMPLATES = [TT, TT_ID, ATTRS, ATTR_ID, STATES, HCS, HC_ID, COLLS, COLL_ID];

describe('sandbox conformance with the Intercom 2.14 OpenAPI description', () => {
  const harness = new ConformanceHarness();
  const { validator } = harness;
  const exchange = harness.exchange.bind(harness);
  let sandbox: RunningSandbox;
  let api: SandboxClient;

  beforeAll(async () => {
    ({ sandbox, api } = await openSandbox({
      token: CONFORMANCE_SANDBOX.token,
      perPageMax: CONFORMANCE_SANDBOX.perPageMax,
      seed: {
        help_centers: CONFORMANCE_SANDBOX.helpCenters,
        ticket_states: [
          { category: 'in_progress', internal_label: 'With engineering', external_label: 'In progress' },
          { category: 'resolved', internal_label: 'Duplicate', external_label: 'Resolved', archived: true },
        ],
      },
    }));
    harness.use(api);
  });

  afterAll(async () => {
    await sandbox.close();
    console.log(harness.report('Conformance (ticket types, states, help centers, collections)'));
  });

  let typeId = '';
  let attributeIds: Record<string, string> = {};

  it('ticket types: list, create, get, update (incl. archive) and their errors', async () => {
    await exchange(TT, 'GET', TT, { status: 200 });
    const created = await exchange(TT, 'POST', TT, { status: 200, body: { name: 'Bug report' } });
    typeId = created.id;
    await exchange(TT, 'POST', TT, {
      status: 200,
      body: { name: 'Billing question', description: 'Invoices', category: 'Back-office', icon: '💰', is_internal: false },
    });
    await exchange(TT, 'POST', TT, { status: 200, body: { name: 'Outage', category: 'Tracker' } });
    await exchange(TT, 'POST', TT, { status: 400, body: { description: 'no name' }, invalidRequest: true });
    await exchange(TT, 'POST', TT, { status: 400, body: { name: 'x', category: 'Other' }, invalidRequest: true });
    await exchange(TT_ID, 'GET', `/ticket_types/${typeId}`, { status: 200 });
    await exchange(TT_ID, 'GET', '/ticket_types/999999', { status: 404 });
    await exchange(TT_ID, 'PUT', `/ticket_types/${typeId}`, { status: 200, body: { name: 'Bug', description: 'Broken things' } });
    await exchange(TT_ID, 'PUT', `/ticket_types/${typeId}`, { status: 200, body: { archived: true } });
    await exchange(TT_ID, 'PUT', `/ticket_types/${typeId}`, { status: 200, body: { archived: false, icon: '🐞' } });
    await exchange(TT_ID, 'PUT', '/ticket_types/999999', { status: 404, body: { name: 'x' } });
    await exchange(TT, 'GET', TT, { status: 200 });
  });

  it('ticket type attributes: create every data type, update, and their errors', async () => {
    const bodies: Record<string, Record<string, unknown>> = {
      string: { name: 'Steps', description: 'What happened', data_type: 'string', multiline: true, required_to_create: true },
      list: { name: 'Severity', description: 'How bad', data_type: 'list', list_items: 'Low,Medium,High', visible_to_contacts: false },
      integer: { name: 'Seats', description: 'How many', data_type: 'integer' },
      decimal: { name: 'Amount', description: 'How much', data_type: 'decimal', visible_on_create: false },
      boolean: { name: 'Blocking', description: 'Is it', data_type: 'boolean', required_to_create_for_contacts: true },
      datetime: { name: 'Seen at', description: 'When', data_type: 'datetime' },
      files: { name: 'Screenshots', description: 'Pictures', data_type: 'files', allow_multiple_values: true },
    };
    attributeIds = {};
    for (const [dataType, body] of Object.entries(bodies)) {
      attributeIds[dataType] = (await exchange(ATTRS, 'POST', `/ticket_types/${typeId}/attributes`, { status: 200, body })).id;
    }
    await exchange(ATTRS, 'POST', `/ticket_types/${typeId}/attributes`, { status: 400, body: { name: 'x', description: 'y' }, invalidRequest: true });
    await exchange(ATTRS, 'POST', '/ticket_types/999999/attributes', { status: 404, body: bodies['integer'] });

    const at = (dataType: string) => `/ticket_types/${typeId}/attributes/${attributeIds[dataType]}`;
    await exchange(ATTR_ID, 'PUT', at('list'), { status: 200, body: { list_items: 'Critical,High,Low' } });
    await exchange(ATTR_ID, 'PUT', at('string'), { status: 200, body: { name: 'Steps to reproduce', multiline: false } });
    await exchange(ATTR_ID, 'PUT', at('datetime'), { status: 200, body: { archived: true } });
    await exchange(ATTR_ID, 'PUT', at('files'), { status: 200, body: { allow_multiple_values: false, visible_to_contacts: false } });
    await exchange(ATTR_ID, 'PUT', `/ticket_types/${typeId}/attributes/999999`, { status: 404, body: { name: 'x' } });
    await exchange(TT_ID, 'GET', `/ticket_types/${typeId}`, { status: 200 });
    await exchange(TT, 'GET', TT, { status: 200 });
  });

  it('ticket states and help centers', async () => {
    await exchange(STATES, 'GET', STATES, { status: 200 });
    const centers = await exchange(HCS, 'GET', HCS, { status: 200 });
    for (const hc of centers.data) await exchange(HC_ID, 'GET', `/help_center/help_centers/${hc.id}`, { status: 200 });
    await exchange(HC_ID, 'GET', '/help_center/help_centers/999999', { status: 404 });
  });

  it('collections: paged list, create, get, update, delete and their errors', async () => {
    const centers = sandbox.snapshot().help_centers;
    const internalId = Number(centers.find((hc) => hc.identifier === 'internal')?.id);
    await exchange(COLLS, 'GET', COLLS, { status: 200 });

    const top = await exchange(COLLS, 'POST', COLLS, {
      status: 200,
      body: {
        name: 'Getting started',
        description: 'First steps',
        translated_content: { fr: { name: 'Premiers pas', description: 'Les débuts' }, de: { name: 'Erste Schritte' } },
      },
    });
    const child = await exchange(COLLS, 'POST', COLLS, { status: 200, body: { name: 'Installation', parent_id: top.id } });
    const grandchild = await exchange(COLLS, 'POST', COLLS, { status: 200, body: { name: 'macOS', parent_id: child.id } });
    await exchange(COLLS, 'POST', COLLS, { status: 200, body: { name: 'Runbooks', help_center_id: internalId, description: '' } });
    await exchange(COLLS, 'POST', COLLS, { status: 200, body: { name: 'Billing', help_center_id: null, parent_id: null } });
    await exchange(COLLS, 'POST', COLLS, { status: 400, body: { description: 'no name' }, invalidRequest: true });
    await exchange(COLLS, 'POST', COLLS, { status: 400, body: { name: 'Too deep', parent_id: grandchild.id } });
    await exchange(COLLS, 'POST', COLLS, { status: 404, body: { name: 'Orphan', parent_id: '999999' } });

    await exchange(COLLS, 'GET', COLLS, { status: 200 });
    await exchange(COLLS, 'GET', `${COLLS}?page=1&per_page=2`, { status: 200 });
    await exchange(COLLS, 'GET', `${COLLS}?page=3&per_page=2`, { status: 200 });
    await exchange(COLLS, 'GET', `${COLLS}?page=9&per_page=2`, { status: 200 });

    await exchange(COLL_ID, 'GET', `${COLLS}/${top.id}`, { status: 200 });
    await exchange(COLL_ID, 'GET', `${COLLS}/999999`, { status: 404 });
    await exchange(COLL_ID, 'PUT', `${COLLS}/${child.id}`, {
      status: 200,
      body: { name: 'Install', description: 'How to install', translated_content: { fr: { name: 'Installer' } } },
    });
    await exchange(COLL_ID, 'PUT', `${COLLS}/${grandchild.id}`, { status: 200, body: { parent_id: null } });
    await exchange(COLL_ID, 'PUT', `${COLLS}/999999`, { status: 404, body: { name: 'x' } });

    await exchange(COLL_ID, 'DELETE', `${COLLS}/${top.id}`, { status: 400 });
    await exchange(COLL_ID, 'DELETE', `${COLLS}/${child.id}`, { status: 200 });
    await exchange(COLL_ID, 'DELETE', `${COLLS}/${top.id}`, { status: 200 });
    await exchange(COLL_ID, 'DELETE', `${COLLS}/${top.id}`, { status: 404 });
    await exchange(COLLS, 'GET', COLLS, { status: 200 });
  });

  it('answers 401 with the error schema on every operation', async () => {
    const anonymous: CallOptions = { token: null };
    const id = typeId;
    const collection = sandbox.snapshot().collections[0]?.id ?? '1';
    const attribute = attributeIds['integer'] ?? '1';
    const calls: [string, string, string, unknown][] = [
      [TT, 'GET', TT, undefined],
      [TT, 'POST', TT, { name: 'x' }],
      [TT_ID, 'GET', `/ticket_types/${id}`, undefined],
      [TT_ID, 'PUT', `/ticket_types/${id}`, { name: 'x' }],
      [ATTRS, 'POST', `/ticket_types/${id}/attributes`, { name: 'x', description: '', data_type: 'string' }],
      [ATTR_ID, 'PUT', `/ticket_types/${id}/attributes/${attribute}`, { name: 'x' }],
      [STATES, 'GET', STATES, undefined],
      [HCS, 'GET', HCS, undefined],
      [HC_ID, 'GET', '/help_center/help_centers/1', undefined],
      [COLLS, 'GET', COLLS, undefined],
      [COLLS, 'POST', COLLS, { name: 'x' }],
      [COLL_ID, 'GET', `${COLLS}/${collection}`, undefined],
      [COLL_ID, 'PUT', `${COLLS}/${collection}`, { name: 'x' }],
      [COLL_ID, 'DELETE', `${COLLS}/${collection}`, undefined],
    ];
    for (const [template, method, path, body] of calls) {
      await exchange(template, method, path, { status: 401, body, call: { token: 'wrong-token' } });
      await exchange(template, method, path, { status: 401, body, call: anonymous });
    }
  });

  it('transport errors (bad version, bad JSON, rate limit) use the error schema', async () => {
    await exchange(TT, 'GET', TT, { status: 400, call: { version: '9.9' } });
    await exchange(COLLS, 'POST', COLLS, { status: 400, invalidRequest: true, call: { rawBody: '{"name":', headers: { 'Content-Type': 'application/json' } } });
    sandbox.setRateLimit({ limit: 1, windowMs: 3_600_000 });
    await exchange(STATES, 'GET', STATES, { status: 200 });
    await exchange(STATES, 'GET', STATES, { status: 429 });
    sandbox.setRateLimit(null);
  });

  it('covered every documented status of every operation', () => {
    expect(harness.missing(TEMPLATES)).toEqual([]);
  });

  it('needs every listed deviation, and rejects keys the schema does not declare', async () => {
    const tt = (await api.get(`/ticket_types/${typeId}`)).body;
    const integerAttribute = tt.ticket_type_attributes.data.find((a: any) => a.data_type === 'integer');
    const samples: Record<string, [string, string, unknown]> = {
      ticket_type_attribute_list: [TT_ID, 'GET', tt],
      ticket_type: [TT_ID, 'GET', tt],
      ticket_type_attribute: [ATTR_ID, 'PUT', integerAttribute],
    };
    for (const deviation of DEVIATIONS.filter((d) => d.provenIn === 'sandbox-conformance')) {
      const without = new OpenApiValidator(loadExtract(), DEVIATIONS.filter((d) => d !== deviation));
      const sample = samples[deviation.schema];
      expect(sample, `a sample response for ${deviation.schema}`).toBeDefined();
      const [template, method, body] = sample as [string, string, unknown];
      expect(without.response(template, method, 200).validate(body), `${deviation.schema} without its patch`).toBe(false);
      expect(validator.response(template, method, 200).validate(body)).toBe(true);
    }
    const collection = (await api.get(COLLS)).body.data[0];
    expect(validator.response(COLL_ID, 'GET', 200).validate({ ...collection, colour: 'red' })).toBe(false);
    expect(validator.response(COLL_ID, 'GET', 200).validate({ ...collection, help_center_id: String(collection.help_center_id) })).toBe(false);
  });
});
