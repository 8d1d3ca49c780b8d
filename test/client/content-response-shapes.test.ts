/**
 * Data attributes, articles and admins in the shapes Intercom's 2.14 examples show:
 * integer attribute ids (none on built-ins), string `admin_id`, string article ids with
 * integer `parent_id`/`author_id`, nulls, a `translated_content` with a `type` marker and
 * empty locales, and the exact requests the client sends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inOrder, startScriptedServer, type ScriptedServer } from './support/scripted-server.js';
import { makeClient } from './support/test-client.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function answering(...json: unknown[]) {
  server = await startScriptedServer(inOrder(...json.map((body) => ({ status: 200, json: body }))));
  return makeClient(server.url).client;
}

const builtIn = { type: 'data_attribute', name: 'monthly_spend', full_name: 'monthly_spend', label: 'Monthly Spend', description: 'Revenue', data_type: 'float', api_writable: true, ui_writable: false, messenger_writable: true, custom: false, archived: false, model: 'company' };
const custom = { id: 44, type: 'data_attribute', name: 'The One Ring', full_name: 'custom_attributes.The One Ring', label: 'The One Ring', description: 'Just a plain old ring', data_type: 'string', options: ['1-10', '11-20'], api_writable: true, ui_writable: false, messenger_writable: true, custom: true, archived: false, admin_id: '991267793', created_at: 1734537762, updated_at: 1734537763, model: 'company' };

describe('data attributes in real shapes', () => {
  it('normalises built-in and custom attributes and asks for one model with include_archived', async () => {
    const client = await answering({ type: 'list', data: [builtIn, custom] });
    const [spend, ring] = await client.listDataAttributes('company', true);
    expect(spend).toEqual({ id: null, model: 'company', name: 'monthly_spend', full_name: 'monthly_spend', label: 'Monthly Spend', description: 'Revenue', data_type: 'float', api_writable: true, messenger_writable: true, custom: false, archived: false });
    expect(ring).toEqual({
      id: '44',
      model: 'company',
      name: 'The One Ring',
      full_name: 'custom_attributes.The One Ring',
      label: 'The One Ring',
      description: 'Just a plain old ring',
      data_type: 'string',
      options: ['1-10', '11-20'],
      api_writable: true,
      messenger_writable: true,
      custom: true,
      archived: false,
      updated_at: 1734537763,
    });
    expect(server?.requests[0]?.url).toBe('/data_attributes?model=company&include_archived=true');
  });

  it('tolerates a create answer without description, null fields and options as { value } objects', async () => {
    const client = await answering(
      { id: 37, type: 'data_attribute', name: 'Mithril Shirt', full_name: 'custom_attributes.Mithril Shirt', label: 'Mithril Shirt', data_type: 'string', api_writable: true, ui_writable: false, messenger_writable: false, custom: true, archived: false, admin_id: '991267786', created_at: 1734537756, updated_at: 1734537756, model: 'company' },
      { ...custom, description: null, options: [{ value: 'a' }, { value: 'b' }], messenger_writable: null },
    );
    const created = await client.createDataAttribute({ name: 'Mithril Shirt', model: 'company', data_type: 'string' });
    expect(created).toMatchObject({ id: '37', description: '', data_type: 'string' });
    expect(created).not.toHaveProperty('options');
    const updated = await client.updateDataAttribute('44', { options: [{ value: 'a' }, { value: 'b' }] });
    expect(updated).toMatchObject({ description: '', options: ['a', 'b'], messenger_writable: false });
    expect(server?.requests.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
      ['POST', '/data_attributes', { name: 'Mithril Shirt', model: 'company', data_type: 'string' }],
      ['PUT', '/data_attributes/44', { options: [{ value: 'a' }, { value: 'b' }] }],
    ]);
  });
});

const article = {
  id: '42',
  type: 'article',
  workspace_id: 'abc',
  parent_id: 145,
  parent_type: 'collection',
  parent_ids: [],
  statistics: { type: 'article_statistics', views: 0, conversations: 0, reactions: 0 },
  tags: { type: 'tag.list', tags: [] },
  title: 'Thanks for everything',
  description: 'Description of the Article',
  body: '<p class="no-margin">Body of the Article</p>',
  author_id: 991267497,
  state: 'published',
  created_at: 1734537288,
  updated_at: 1734537288,
  url: 'http://help-center.test/myapp-68/en/articles/42-thanks-for-everything',
};

describe('articles in real shapes', () => {
  it('normalises ids, parents and translated content (type marker and empty locales left out)', async () => {
    const client = await answering({
      ...article,
      default_locale: 'en',
      translated_content: {
        type: 'article_translated_content',
        en: { type: 'article_content', title: 'Thanks for everything', description: '', body: '<p>Hi</p>', author_id: 991267497, state: 'published', url: null },
        fr: { type: 'article_content', title: 'Merci', description: null, body: null, author_id: '991267497', state: 'draft' },
        de: null,
      },
    });
    const live = await client.getArticle('42');
    expect(live).toEqual({
      id: '42',
      parent_id: '145',
      parent_type: 'collection',
      title: 'Thanks for everything',
      description: 'Description of the Article',
      body: '<p class="no-margin">Body of the Article</p>',
      author_id: '991267497',
      state: 'published',
      url: 'http://help-center.test/myapp-68/en/articles/42-thanks-for-everything',
      updated_at: 1734537288,
      default_locale: 'en',
      translated_content: {
        en: { title: 'Thanks for everything', description: '', body: '<p>Hi</p>', author_id: '991267497', state: 'published', url: null },
        fr: { title: 'Merci', description: '', body: '', author_id: '991267497', state: 'draft', url: null },
      },
    });
  });

  it('tolerates a standalone article with null body and description', async () => {
    const client = await answering({ ...article, parent_id: null, parent_type: null, body: null, description: null, url: null });
    expect(await client.getArticle('42')).toMatchObject({ parent_id: null, parent_type: null, body: '', description: '', url: null });
  });

  it('follows total_pages, and stops on `pages: null`', async () => {
    const page = (n: number, ids: string[], totalPages: number) => ({
      type: 'list',
      pages: { type: 'pages', page: n, per_page: 2, total_pages: totalPages },
      total_count: 5,
      data: ids.map((id) => ({ ...article, id })),
    });
    server = await startScriptedServer((request) => {
      const n = Number(new URL(request.url, 'http://x').searchParams.get('page'));
      return { status: 200, json: page(n, [['1', '2'], ['3', '4'], ['5']][n - 1] ?? [], 3) };
    });
    const { client } = makeClient(server.url, { perPage: 2 });
    expect((await client.listArticles()).map((a) => a.id)).toEqual(['1', '2', '3', '4', '5']);
    await server.close();
    server = await startScriptedServer(inOrder({ status: 200, json: { type: 'list', pages: null, data: [article] } }));
    expect((await makeClient(server.url).client.listArticles()).map((a) => a.id)).toEqual(['42']);
    expect(server.requests).toHaveLength(1);
  });

  it('sends the body as given and accepts the delete answer', async () => {
    const client = await answering(article, { id: '42', object: 'article', deleted: true });
    await client.createArticle({ title: 'T', author_id: 7, parent_id: 145, parent_type: 'collection', translated_content: { fr: { title: 'T fr' } } });
    await client.deleteArticle('42');
    expect(server?.requests.map((r) => [r.method, r.url, r.body ? JSON.parse(r.body) : undefined])).toEqual([
      ['POST', '/articles', { title: 'T', author_id: 7, parent_id: 145, parent_type: 'collection', translated_content: { fr: { title: 'T fr' } } }],
      ['DELETE', '/articles/42', undefined],
    ]);
  });
});

describe('admins in real shapes', () => {
  it('reads `admins` from an admin.list with string or integer ids', async () => {
    const client = await answering({
      type: 'admin.list',
      admins: [
        { type: 'admin', email: 'admin7@email.com', id: '991267466', name: 'Ciaran7 Lee', away_mode_enabled: false, away_mode_reassign: false, has_inbox_seat: true, team_ids: [] },
        { type: 'admin', email: null, id: 12, name: 'Bot' },
      ],
    });
    expect(await client.listAdmins()).toEqual([
      { id: '991267466', name: 'Ciaran7 Lee', email: 'admin7@email.com' },
      { id: '12', name: 'Bot', email: '' },
    ]);
  });
});
