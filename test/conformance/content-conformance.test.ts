/**
 * Conformance of the data attribute, article and admin endpoints with Intercom's 2.14
 * OpenAPI description: every documented status of every operation, successes and
 * errors, each answer validated against its schema (./deviations.ts lists the allowed
 * differences; the last test proves each one is needed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/sandbox/index.js';
import { openSandbox } from '../sandbox/support/sandbox-client.js';
import type { CallOptions, SandboxClient } from '../sandbox/support/sandbox-client.js';
import { CONFORMANCE_SANDBOX, ConformanceHarness } from './conformance-harness.js';
import { DEVIATIONS } from './deviations.js';
import { loadExtract, OpenApiValidator } from './openapi-validator.js';

const DAS = '/data_attributes';
const DA_ID = '/data_attributes/{data_attribute_id}';
const ARTS = '/articles';
const ART_ID = '/articles/{article_id}';
const ADMINS = '/admins';
const ADMIN_ID = '/admins/{admin_id}';
const TEMPLATES = [DAS, DA_ID, ARTS, ART_ID, ADMINS, ADMIN_ID];

describe('sandbox conformance: data attributes, articles and admins (2.14)', () => {
  const harness = new ConformanceHarness();
  const exchange = harness.exchange.bind(harness);
  let sandbox: RunningSandbox;
  let api: SandboxClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ sandbox, api } = await openSandbox({
      token: CONFORMANCE_SANDBOX.token,
      perPageMax: CONFORMANCE_SANDBOX.perPageMax,
      seed: {
        help_centers: CONFORMANCE_SANDBOX.helpCenters,
        collections: [{ name: 'Getting started' }, { name: 'Runbooks', help_center: 'internal' }],
        data_attributes: [
          { model: 'company', name: 'legacy_id', data_type: 'string', has_dependants: true },
          { model: 'conversation', name: 'Escalation reason', data_type: 'options', options: ['Bug', 'Outage'] },
          { model: 'contact', name: 'old_score', data_type: 'integer', archived: true },
        ],
      },
    }));
    harness.use(api);
  });

  afterAll(async () => {
    await sandbox.close();
    console.log(harness.report('Conformance (data attributes, articles, admins)'));
  });

  it('data attributes: list per model, create every data type, update, archive, and their errors', async () => {
    for (const query of ['', '?model=contact', '?model=company&include_archived=true', '?model=conversation', '?model=contact&include_archived=false']) {
      await exchange(DAS, 'GET', `${DAS}${query}`, { status: 200 });
    }
    const bodies: Record<string, Record<string, unknown>> = {
      string: { name: 'nickname', model: 'contact', data_type: 'string', description: 'What friends call them' },
      integer: { name: 'seats', model: 'company', data_type: 'integer', messenger_writable: true },
      float: { name: 'mrr', model: 'company', data_type: 'float' },
      boolean: { name: 'vip', model: 'contact', data_type: 'boolean' },
      date: { name: 'renewal_date', model: 'company', data_type: 'date' },
      datetime: { name: 'last_demo_at', model: 'contact', data_type: 'datetime' },
      options: { name: 'plan_tier', model: 'contact', data_type: 'options', options: [{ value: 'free' }, { value: 'pro' }] },
    };
    for (const [type, body] of Object.entries(bodies)) ids[type] = String((await exchange(DAS, 'POST', DAS, { status: 200, body })).id);

    await exchange(DAS, 'POST', DAS, { status: 400, body: { name: 'seats', model: 'contact', data_type: 'integer' } });
    await exchange(DAS, 'POST', DAS, { status: 400, body: { name: '!nv@l!d n@me', model: 'company', data_type: 'string' } });
    await exchange(DAS, 'POST', DAS, { status: 400, body: { name: 'ring', model: 'company', data_type: 'mithril' }, invalidRequest: true });
    await exchange(DAS, 'POST', DAS, { status: 400, body: { name: 'ring', model: 'conversation', data_type: 'string' }, invalidRequest: true });
    await exchange(DAS, 'POST', DAS, { status: 400, body: { name: 'size band', model: 'company', data_type: 'options', options: [{ value: '1-10' }] } });

    const at = (type: string) => `${DAS}/${ids[type]}`;
    await exchange(DA_ID, 'PUT', at('options'), { status: 200, body: { description: 'Billing plan', options: [{ value: 'free' }, { value: 'pro' }, { value: 'enterprise' }] } });
    await exchange(DA_ID, 'PUT', at('string'), { status: 200, body: { messenger_writable: true } });
    await exchange(DA_ID, 'PUT', at('float'), { status: 200, body: { archived: true } });
    await exchange(DA_ID, 'PUT', at('float'), { status: 200, body: { archived: false } });
    await exchange(DA_ID, 'PUT', at('options'), { status: 400, body: { options: { value: '1-10' } }, invalidRequest: true });
    await exchange(DA_ID, 'PUT', `${DAS}/999999`, { status: 404, body: { description: 'x' } });
    const legacy = sandbox.snapshot().data_attributes.find((a) => a.name === 'legacy_id');
    await exchange(DA_ID, 'PUT', `${DAS}/${legacy?.id}`, { status: 422, body: { archived: true } });
    await exchange(DAS, 'GET', `${DAS}?include_archived=true`, { status: 200 });
  });

  it('admins: list and get', async () => {
    const list = await exchange(ADMINS, 'GET', ADMINS, { status: 200 });
    ids['admin'] = list.admins[0].id;
    await exchange(ADMIN_ID, 'GET', `${ADMINS}/${ids['admin']}`, { status: 200 });
    await exchange(ADMIN_ID, 'GET', `${ADMINS}/999999`, { status: 404 });
  });

  it('articles: paged list, create, get, update, delete, with bodies as sent and as the editor rewrites them', async () => {
    const author = Number(ids['admin']);
    const collections = sandbox.snapshot().collections;
    const gettingStarted = Number(collections.find((c) => c.name === 'Getting started')?.id);
    const runbooks = Number(collections.find((c) => c.name === 'Runbooks')?.id);
    await exchange(ARTS, 'GET', ARTS, { status: 200 });
    const multilingual = await exchange(ARTS, 'POST', ARTS, {
      status: 200,
      body: {
        title: 'Install the app',
        description: 'Everything you need',
        body: '<h2>Steps</h2><p>Open the <strong>store</strong>.</p>',
        author_id: author,
        state: 'published',
        parent_id: gettingStarted,
        parent_type: 'collection',
        translated_content: { fr: { title: "Installer l'application", body: '<p>Ouvrez le store.</p>', author_id: author, state: 'draft' } },
      },
    });
    ids['article'] = multilingual.id;
    await exchange(ARTS, 'POST', ARTS, { status: 200, body: { title: 'Runbook', author_id: author, parent_id: runbooks } });
    await exchange(ARTS, 'POST', ARTS, { status: 200, body: { title: 'Standalone', author_id: author, body: 'Plain text' } });
    sandbox.setArticleHtml('editor');
    const rewritten = await exchange(ARTS, 'POST', ARTS, { status: 200, body: { title: 'Edited', author_id: author, body: '<p>Hi <em>there</em></p><table><tr><th>A</th></tr><tr><td>1</td></tr></table>' } });
    expect(rewritten.body).toContain('no-margin');
    await exchange(ARTS, 'POST', ARTS, { status: 400, body: { title: 'No author', body: 'x', state: 'published' }, invalidRequest: true });

    await exchange(ARTS, 'GET', `${ARTS}?page=1&per_page=2`, { status: 200 });
    await exchange(ARTS, 'GET', `${ARTS}?page=2&per_page=2`, { status: 200 });
    await exchange(ARTS, 'GET', `${ARTS}?page=9&per_page=2`, { status: 200 });
    await exchange(ART_ID, 'GET', `${ARTS}/${ids['article']}`, { status: 200 });
    await exchange(ART_ID, 'GET', `${ARTS}/999999`, { status: 404 });
    await exchange(ART_ID, 'PUT', `${ARTS}/${ids['article']}`, {
      status: 200,
      body: { title: 'Install Acme', body: '<p>New steps</p>', parent_id: String(runbooks), translated_content: { de: { title: 'Installieren', author_id: author } } },
    });
    await exchange(ART_ID, 'PUT', `${ARTS}/${ids['article']}`, { status: 200, body: { state: 'draft' } });
    await exchange(ART_ID, 'PUT', `${ARTS}/999999`, { status: 404, body: { title: 'x' } });
    await exchange(ART_ID, 'DELETE', `${ARTS}/${ids['article']}`, { status: 200 });
    await exchange(ART_ID, 'DELETE', `${ARTS}/${ids['article']}`, { status: 404 });
    await exchange(ARTS, 'GET', ARTS, { status: 200 });
    sandbox.setArticleHtml('verbatim');
  });

  it('answers 401 with the error schema on every operation', async () => {
    const article = sandbox.snapshot().articles[0]?.id ?? '1';
    const calls: [string, string, string, unknown][] = [
      [DAS, 'GET', DAS, undefined],
      [DAS, 'POST', DAS, { name: 'x', model: 'contact', data_type: 'string' }],
      [DA_ID, 'PUT', `${DAS}/${ids['string']}`, { description: 'x' }],
      [ARTS, 'GET', ARTS, undefined],
      [ARTS, 'POST', ARTS, { title: 'x', author_id: 1 }],
      [ART_ID, 'GET', `${ARTS}/${article}`, undefined],
      [ART_ID, 'PUT', `${ARTS}/${article}`, { title: 'x' }],
      [ART_ID, 'DELETE', `${ARTS}/${article}`, undefined],
      [ADMINS, 'GET', ADMINS, undefined],
      [ADMIN_ID, 'GET', `${ADMINS}/${ids['admin']}`, undefined],
    ];
    const anonymous: CallOptions = { token: null };
    for (const [template, method, path, body] of calls) {
      await exchange(template, method, path, { status: 401, body, call: { token: 'wrong-token' } });
      await exchange(template, method, path, { status: 401, body, call: anonymous });
    }
  });

  it('covered every documented status of every operation', () => {
    expect(harness.missing(TEMPLATES)).toEqual([]);
  });

  it('needs every deviation it owns', async () => {
    const conversation = (await api.get(`${DAS}?model=conversation`)).body;
    const article = (await api.get(`${ARTS}/${sandbox.snapshot().articles[0]?.id}`)).body;
    const responses: Record<string, [string, string, unknown]> = {
      data_attribute: [DAS, 'GET', conversation],
      article_statistics: [ART_ID, 'GET', article],
    };
    const requests: Record<string, [string, string, unknown]> = {
      update_data_attribute_request: [DA_ID, 'PUT', { description: 'Plan', options: [{ value: 'a' }, { value: 'b' }] }],
    };
    const owned = DEVIATIONS.filter((d) => d.provenIn === 'content-conformance');
    expect(owned.map((d) => d.schema).sort()).toEqual([...Object.keys(responses), ...Object.keys(requests)].sort());
    const validator = harness.validator;
    for (const deviation of owned) {
      const without = new OpenApiValidator(loadExtract(), DEVIATIONS.filter((d) => d !== deviation));
      const response = responses[deviation.schema];
      if (response) {
        const [template, method, body] = response;
        expect(without.response(template, method, 200).validate(body), `${deviation.schema} without its patch`).toBe(false);
        expect(validator.response(template, method, 200).validate(body)).toBe(true);
      }
      const request = requests[deviation.schema];
      if (request) {
        const [template, method, body] = request;
        expect(without.request(template, method)?.(body), `${deviation.schema} without its patch`).toBe(false);
        expect(validator.request(template, method)?.(body)).toBe(true);
      }
    }
    const [first] = (await api.get(`${DAS}?model=company`)).body.data;
    expect(validator.response(DAS, 'GET', 200).validate({ type: 'list', data: [{ ...first, colour: 'red' }] })).toBe(false);
  });
});
