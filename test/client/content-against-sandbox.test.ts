/**
 * The data attribute, article and admin methods of IntercomClient against the embedded
 * sandbox, over real HTTP, as users run them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntercomClient, type IntercomClientOptions } from '../../src/client/index.js';
import { markdownToHtml, sameBody } from '../../src/content/index.js';
import { UnknownOutcomeError } from '../../src/errors.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { TestClock } from '../helpers/clock.js';

const TOKEN = 'sandbox-token-content-1';
let sandbox: RunningSandbox;

beforeEach(async () => {
  sandbox = await startSandbox({
    token: TOKEN,
    perPageMax: 2,
    seed: {
      help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true }],
      collections: [{ name: 'Getting started' }],
    },
  });
});
afterEach(() => sandbox.close());

function client(overrides: Partial<IntercomClientOptions> = {}): IntercomClient {
  // Retries wait on a test clock: their backoff passes at once.
  const clock = new TestClock();
  return new IntercomClient({
    baseUrl: sandbox.url,
    token: TOKEN,
    apiVersion: '2.14',
    now: clock.now,
    sleep: clock.sleep,
    ...overrides,
  });
}

describe('data attributes through the client', () => {
  it('lists built-ins, creates every data type, updates, archives and unarchives, one request per call', async () => {
    const api = client();
    const builtIns = await api.listDataAttributes('contact', true);
    expect(builtIns.find((a) => a.name === 'email')).toMatchObject({ id: null, custom: false, model: 'contact', full_name: 'email' });

    const tier = await api.createDataAttribute({ name: 'plan_tier', model: 'contact', data_type: 'options', options: [{ value: 'free' }, { value: 'pro' }] });
    expect(tier).toMatchObject({ name: 'plan_tier', model: 'contact', data_type: 'string', options: ['free', 'pro'], custom: true, archived: false, description: '', messenger_writable: false });
    expect(tier.id).toMatch(/^\d+$/);
    const types = ['string', 'integer', 'float', 'boolean', 'date', 'datetime'] as const;
    const created = await Promise.all(types.map((data_type) => api.createDataAttribute({ name: `x_${data_type}`, model: 'company', data_type, description: data_type })));
    expect(created.map((a) => a.data_type)).toEqual(['string', 'integer', 'float', 'boolean', 'date', 'date']);

    const updated = await api.updateDataAttribute(tier.id as string, { description: 'Plan', messenger_writable: true, options: [{ value: 'free' }, { value: 'pro' }, { value: 'team' }] });
    expect(updated).toMatchObject({ id: tier.id, description: 'Plan', messenger_writable: true, options: ['free', 'pro', 'team'] });
    expect(await api.updateDataAttribute(tier.id as string, { archived: true })).toMatchObject({ archived: true });
    expect((await api.listDataAttributes('contact', false)).map((a) => a.name)).not.toContain('plan_tier');
    expect((await api.listDataAttributes('contact', true)).find((a) => a.name === 'plan_tier')).toMatchObject({ archived: true });
    expect(await api.updateDataAttribute(tier.id as string, { archived: false })).toMatchObject({ archived: false });

    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`).filter((r) => r.startsWith('GET'))).toHaveLength(3);
    expect(api.stats.requests).toBe(sandbox.requests.length);
    const query = new URLSearchParams(sandbox.requests[0]?.query);
    expect([query.get('model'), query.get('include_archived')]).toEqual(['contact', 'true']);
  });

  it('surfaces a refused create as a typed 400 with Intercom’s message', async () => {
    const api = client();
    await expect(api.createDataAttribute({ name: 'email', model: 'contact', data_type: 'string' })).rejects.toMatchObject({ status: 400, code: 'parameter_invalid' });
  });
});

describe('articles and admins through the client', () => {
  it('creates, lists every page, gets, updates and deletes articles; authors are admins by email', async () => {
    const api = client();
    const admins = await api.listAdmins();
    expect(admins.map((a) => a.email)).toEqual(['ada@example.com', 'grace@example.com', 'katherine@example.com']);
    const [ada, grace] = admins;
    const collection = sandbox.snapshot().collections[0]?.id as string;

    const body = markdownToHtml('## Steps\n\nOpen the **store**.\n').html;
    const article = await api.createArticle({
      title: 'Install',
      description: 'How',
      body,
      author_id: Number(ada?.id),
      state: 'published',
      parent_id: Number(collection),
      parent_type: 'collection',
      translated_content: { fr: { title: 'Installer', body: '<p>Ouvrez</p>', author_id: Number(grace?.id) } },
    });
    expect(article).toMatchObject({ title: 'Install', author_id: ada?.id, parent_id: collection, parent_type: 'collection', state: 'published', default_locale: 'en' });
    expect(article.translated_content?.['fr']).toMatchObject({ title: 'Installer', author_id: grace?.id, state: 'draft' });
    expect(article.translated_content?.['en']?.title).toBe('Install');
    for (const title of ['Two', 'Three', 'Four', 'Five']) await api.createArticle({ title, author_id: Number(ada?.id) });

    sandbox.clearRequestLog();
    const listed = await api.listArticles();
    expect(listed.map((a) => a.title).sort()).toEqual(['Five', 'Four', 'Install', 'Three', 'Two']);
    // per_page capped at 2 by the sandbox: 3 pages, the last two asked for together.
    expect(sandbox.requests.map((r) => new URLSearchParams(r.query).get('page')).sort()).toEqual(['1', '2', '3']);

    const moved = await api.updateArticle(article.id, { parent_id: null, title: 'Install Acme', state: 'draft' });
    expect(moved).toMatchObject({ id: article.id, parent_id: null, parent_type: null, title: 'Install Acme', state: 'draft' });
    expect(sameBody((await api.getArticle(article.id)).body, body)).toBe(true);
    await api.deleteArticle(article.id);
    await expect(api.getArticle(article.id)).rejects.toMatchObject({ status: 404 });
  });

  it('with the editor switch on, the stored body differs in bytes but not in meaning', async () => {
    sandbox.setArticleHtml('editor');
    const api = client();
    const [ada] = await api.listAdmins();
    const body = markdownToHtml('# Title\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n').html;
    const stored = await api.createArticle({ title: 'Edited', author_id: Number(ada?.id), body });
    expect(stored.body).not.toBe(body);
    expect(sameBody(stored.body, body)).toBe(true);
  });

  it('does not repeat an article create whose answer was lost: exactly one article exists', async () => {
    const api = client();
    const [ada] = await api.listAdmins();
    sandbox.injectFault({ method: 'POST', path: '/articles', fault: { type: 'drop-after-commit' } });
    await expect(api.createArticle({ title: 'Once', author_id: Number(ada?.id) })).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect((await api.listArticles()).filter((a) => a.title === 'Once')).toHaveLength(1);
  });

  it('treats an article DELETE whose first answer was lost as done', async () => {
    const api = client();
    const [ada] = await api.listAdmins();
    const article = await api.createArticle({ title: 'Old', author_id: Number(ada?.id) });
    sandbox.injectFault({ method: 'DELETE', fault: { type: 'drop-after-commit' } });
    await expect(api.deleteArticle(article.id)).resolves.toBeUndefined();
    expect(sandbox.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([0, 404]);
  });
});
