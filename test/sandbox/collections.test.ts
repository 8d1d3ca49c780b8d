import { describe, expect } from 'vitest';
import { sandboxTestWith, type Reply } from './support/sandbox-client.js';

/** A sandbox with small pages and two help centers; `create` and `helpCenterId` work on it. */
const it = sandboxTestWith({
  perPageMax: 5,
  perPageDefault: 3,
  seed: {
    help_centers: [
      { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true },
      { identifier: 'internal', display_name: 'Internal', locales: ['en'] },
    ],
  },
}).extend<{ create: (body: Record<string, unknown>) => Promise<Reply>; helpCenterId: (identifier: string) => number }>({
  create: async ({ api }, use) => {
    await use((body) => api.post('/help_center/collections', body));
  },
  helpCenterId: async ({ sandbox }, use) => {
    await use((identifier) => Number(sandbox.snapshot().help_centers.find((hc) => hc.identifier === identifier)?.id));
  },
});

describe('help-center collections', () => {
  it('creates a top-level collection in the default help center with server-set fields', async ({ create, helpCenterId }) => {
    const reply = await create({ name: 'Getting started', description: 'First steps' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      workspace_id: expect.any(String),
      name: 'Getting started',
      description: 'First steps',
      icon: 'book-bookmark',
      order: 1,
      parent_id: null,
      help_center_id: helpCenterId('acme-help'),
      url: expect.stringContaining('getting-started'),
      default_locale: 'en',
    });
    expect(reply.body.help_center_id).toBeTypeOf('number');
  });

  it('renders translated_content only for help centers with more than one locale', async ({ create, helpCenterId }) => {
    const multi = (await create({ name: 'Billing', translated_content: { fr: { name: 'Facturation', description: 'Argent' } } })).body;
    expect(multi.translated_content).toEqual({
      type: 'group_translated_content',
      en: { type: 'group_content', name: 'Billing', description: '' },
      fr: { type: 'group_content', name: 'Facturation', description: 'Argent' },
    });
    const single = (await create({ name: 'Runbooks', help_center_id: helpCenterId('internal') })).body;
    expect(single).not.toHaveProperty('translated_content');
    expect(single).not.toHaveProperty('default_locale');
  });

  it('requires a name (400 parameter_not_found) and answers 404 for unknown ids', async ({ api, create }) => {
    const noName = await create({ description: 'x' });
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0]).toEqual({ code: 'parameter_not_found', message: 'Name is a required parameter.' });
    for (const reply of [
      await api.get('/help_center/collections/999999'),
      await api.put('/help_center/collections/999999', { name: 'x' }),
      await api.delete('/help_center/collections/999999'),
      await create({ name: 'Orphan', parent_id: '999999' }),
      await create({ name: 'Nowhere', help_center_id: 999999 }),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.body.errors[0].code).toBe('not_found');
    }
  });

  it('nests at most three levels, on create and on move', async ({ api, create }) => {
    const top = (await create({ name: 'L1' })).body;
    const mid = (await create({ name: 'L2', parent_id: top.id })).body;
    const low = (await create({ name: 'L3', parent_id: Number(mid.id) })).body;
    expect(low.parent_id).toBe(mid.id);
    const fourth = await create({ name: 'L4', parent_id: low.id });
    expect(fourth.status).toBe(400);
    expect(fourth.body.errors[0].code).toBe('parameter_invalid');

    const other = (await create({ name: 'Other' })).body;
    const moveTooDeep = await api.put(`/help_center/collections/${top.id}`, { parent_id: other.id });
    expect(moveTooDeep.status).toBe(400);
    const cycle = await api.put(`/help_center/collections/${top.id}`, { parent_id: low.id });
    expect(cycle.status).toBe(400);
    const toTop = await api.put(`/help_center/collections/${low.id}`, { parent_id: null });
    expect(toTop.body.parent_id).toBeNull();
    expect((await api.get(`/help_center/collections/${top.id}`)).body.parent_id).toBeNull();
  });

  it('refuses a parent from another help center', async ({ create, helpCenterId }) => {
    const parent = (await create({ name: 'Public' })).body;
    const reply = await create({ name: 'Secret', help_center_id: helpCenterId('internal'), parent_id: parent.id });
    expect(reply.status).toBe(400);
  });

  it('updates name, description and translations, and ignores help_center_id', async ({ api, create, helpCenterId }) => {
    const c = (await create({ name: 'Old', description: 'd' })).body;
    const updated = (
      await api.put(`/help_center/collections/${c.id}`, {
        name: 'New',
        help_center_id: helpCenterId('internal'),
        translated_content: { fr: { name: 'Nouveau' } },
      })
    ).body;
    expect(updated).toMatchObject({ name: 'New', description: 'd', help_center_id: helpCenterId('acme-help') });
    expect(updated.translated_content.fr).toEqual({ type: 'group_content', name: 'Nouveau', description: '' });
    expect(updated.translated_content.en.name).toBe('New');
  });

  it('refuses to delete a collection that still has children, then deletes it once empty', async ({ api, create }) => {
    const parent = (await create({ name: 'Parent' })).body;
    const child = (await create({ name: 'Child', parent_id: parent.id })).body;
    const refused = await api.delete(`/help_center/collections/${parent.id}`);
    expect(refused.status).toBe(400);
    expect((await api.delete(`/help_center/collections/${child.id}`)).body).toEqual({ id: child.id, object: 'collection', deleted: true });
    expect((await api.delete(`/help_center/collections/${parent.id}`)).status).toBe(200);
    expect((await api.get(`/help_center/collections/${parent.id}`)).status).toBe(404);
  });

  it('pages with page/per_page, caps per_page, and answers pages: null when one page holds everything', async ({ api, create }) => {
    const one = (await api.get('/help_center/collections')).body;
    expect(one).toEqual({ type: 'list', data: [], total_count: 0, pages: null });
    for (let i = 1; i <= 7; i += 1) await create({ name: `C${i}` });

    const first = (await api.get('/help_center/collections')).body;
    expect(first.data).toHaveLength(3);
    expect(first.pages).toEqual({ type: 'pages', page: 1, per_page: 3, total_pages: 3 });
    expect(first.total_count).toBe(7);

    const capped = (await api.get('/help_center/collections?per_page=100&page=2')).body;
    expect(capped.pages).toEqual({ type: 'pages', page: 2, per_page: 5, total_pages: 2 });
    expect(capped.data).toHaveLength(2);

    const beyond = (await api.get('/help_center/collections?per_page=5&page=3')).body;
    expect(beyond.data).toEqual([]);
    expect(beyond.total_count).toBe(7);

    const names: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      names.push(...(await api.get(`/help_center/collections?page=${page}`)).body.data.map((c: any) => c.name));
    }
    expect(new Set(names).size).toBe(7);
  });

  it('answers pages: null with a per_page that fits everything', async ({ api, create }) => {
    for (let i = 1; i <= 4; i += 1) await create({ name: `C${i}` });
    const all = (await api.get('/help_center/collections?per_page=5')).body;
    expect(all.pages).toBeNull();
    expect(all.data).toHaveLength(4);
  });

  it('sorts by updated_at descending, most recent write first among equal seconds', async ({ api, create }) => {
    const a = (await create({ name: 'A' })).body;
    await create({ name: 'B' });
    await create({ name: 'C' });
    await api.put(`/help_center/collections/${a.id}`, { description: 'touched' });
    const list = (await api.get('/help_center/collections?per_page=5')).body.data;
    expect(list.map((c: any) => c.name)).toEqual(['A', 'C', 'B']);
    const stamps = list.map((c: any) => c.updated_at);
    expect([...stamps].sort((x, y) => y - x)).toEqual(stamps);
  });

  it('lists the collections of every help center', async ({ api, create, helpCenterId }) => {
    await create({ name: 'Public' });
    await create({ name: 'Private', help_center_id: helpCenterId('internal') });
    const list = (await api.get('/help_center/collections')).body.data;
    expect(list.map((c: any) => c.help_center_id).sort()).toEqual([helpCenterId('acme-help'), helpCenterId('internal')].sort());
  });
});
