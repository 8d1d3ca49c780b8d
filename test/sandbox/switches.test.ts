/**
 * Each sandbox switch, both ways, over HTTP: the default value keeps the sandbox's earlier
 * behaviour, the other one behaves as the switch says.
 */
import { describe, expect, it } from 'vitest';
import { resolveSwitches, SANDBOX_SWITCHES } from '../../src/sandbox/index.js';
import { sandboxOpener, type SandboxClient } from './support/sandbox-client.js';

const sandboxes = sandboxOpener();
const open = sandboxes.open;

async function listType(api: SandboxClient) {
  const type = await api.post('/ticket_types', { name: 'Bug report' });
  const attribute = await api.post(`/ticket_types/${type.body.id}/attributes`, {
    name: 'Severity',
    description: 'How bad',
    data_type: 'list',
    list_items: 'Low,Medium,High',
  });
  return { typeId: type.body.id as string, attributeId: attribute.body.id as string };
}

const labels = (attribute: any) => attribute.input_options.list_options.map((o: any) => o.label);

describe('sandbox switches', () => {
  it('every switch defaults to its first value; unknown names and values are refused with the choices', () => {
    expect(resolveSwitches()).toEqual(Object.fromEntries(Object.entries(SANDBOX_SWITCHES).map(([name, values]) => [name, values[0]])));
    expect(() => resolveSwitches({ list_items_on_update: 'merge' })).toThrow(/list_items_on_update cannot be 'merge'/);
    expect(() => resolveSwitches({ colour: 'blue' })).toThrow(/Unknown sandbox switch 'colour'/);
  });

  it('duplicate_names: allow accepts a second ticket type, attribute and sibling collection of one name; reject refuses each', async () => {
    for (const value of ['allow', 'reject'] as const) {
      const api = await open({ switches: { duplicate_names: value } });
      const status = value === 'allow' ? 200 : 400;
      const type = await api.post('/ticket_types', { name: 'Bug' });
      expect((await api.post('/ticket_types', { name: 'bug ' })).status).toBe(status);
      const path = `/ticket_types/${type.body.id}/attributes`;
      await api.post(path, { name: 'Steps', description: 'x', data_type: 'string' });
      expect((await api.post(path, { name: 'Steps', description: 'x', data_type: 'string' })).status).toBe(status);
      const top = await api.post('/help_center/collections', { name: 'Guides' });
      expect((await api.post('/help_center/collections', { name: 'Guides' })).status).toBe(status);
      // Under another parent the name is free either way.
      expect((await api.post('/help_center/collections', { name: 'Guides', parent_id: top.body.id })).status).toBe(200);
      const other = await api.post('/help_center/collections', { name: 'Other' });
      expect((await api.put(`/help_center/collections/${other.body.id}`, { name: 'Guides' })).status).toBe(status);
      await sandboxes.close();
    }
  });

  it('empty_attribute_description: accept takes "" on create and update; reject answers 400 to both', async () => {
    const accepting = await open();
    const type = await accepting.post('/ticket_types', { name: 'T' });
    const created = await accepting.post(`/ticket_types/${type.body.id}/attributes`, { name: 'A', description: '', data_type: 'string' });
    expect(created.status).toBe(200);
    await sandboxes.close();

    const strict = await open({ switches: { empty_attribute_description: 'reject' } });
    const t = await strict.post('/ticket_types', { name: 'T' });
    const path = `/ticket_types/${t.body.id}/attributes`;
    const refused = await strict.post(path, { name: 'A', description: ' ', data_type: 'string' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ code: 'parameter_invalid' });
    const ok = await strict.post(path, { name: 'A', description: 'Set', data_type: 'string' });
    expect((await strict.put(`${path}/${ok.body.id}`, { description: '' })).status).toBe(400);
  });

  it('list_items_on_update: replace sets the new list; append keeps old labels and adds new ones after them', async () => {
    for (const [value, expected] of [
      ['replace', ['Low', 'High', 'Critical']],
      ['append', ['Low', 'Medium', 'High', 'Critical']],
    ] as const) {
      const api = await open({ switches: { list_items_on_update: value } });
      const { typeId, attributeId } = await listType(api);
      const updated = await api.put(`/ticket_types/${typeId}/attributes/${attributeId}`, { list_items: 'Low,High,Critical' });
      expect(labels(updated.body)).toEqual(expected);
      await sandboxes.close();
    }
  });

  it('category_on_update: change applies a new category; keep answers 200 with the old one', async () => {
    for (const [value, expected] of [
      ['change', 'Back-office'],
      ['keep', 'Customer'],
    ] as const) {
      const api = await open({ switches: { category_on_update: value } });
      const type = await api.post('/ticket_types', { name: 'T', category: 'Customer' });
      const updated = await api.put(`/ticket_types/${type.body.id}`, { category: 'Back-office', description: 'new' });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ category: expected, description: 'new' });
      await sandboxes.close();
    }
  });

  it('customer_is_internal: honour keeps is_internal on a Customer type; force-false drops it, and not on Back-office', async () => {
    for (const [value, expected] of [
      ['honour', true],
      ['force-false', false],
    ] as const) {
      const api = await open({ switches: { customer_is_internal: value } });
      expect((await api.post('/ticket_types', { name: 'C', category: 'Customer', is_internal: true })).body.is_internal).toBe(expected);
      const back = await api.post('/ticket_types', { name: 'B', category: 'Back-office', is_internal: true });
      expect(back.body.is_internal).toBe(true);
      expect((await api.put(`/ticket_types/${back.body.id}`, { category: 'Customer' })).body.is_internal).toBe(expected);
      await sandboxes.close();
    }
  });

  it('child_help_center_id: id names the help center on children; null leaves it out on children only, everywhere', async () => {
    for (const value of ['id', 'null'] as const) {
      const api = await open({ switches: { child_help_center_id: value } });
      const top = await api.post('/help_center/collections', { name: 'Top' });
      const child = await api.post('/help_center/collections', { name: 'Child', parent_id: top.body.id });
      const listed = (await api.get('/help_center/collections')).body.data;
      const fetched = await api.get(`/help_center/collections/${child.body.id}`);
      expect(top.body.help_center_id).toEqual(expect.any(Number));
      const expected = value === 'id' ? top.body.help_center_id : null;
      expect([child.body, fetched.body, listed.find((c: any) => c.id === child.body.id)].map((c) => c.help_center_id)).toEqual([expected, expected, expected]);
      await sandboxes.close();
    }
  });

  it('name_vs_translation: name-wins keeps the name; translation-wins keeps the default locale entry, on create and update', async () => {
    for (const [value, kept] of [
      ['name-wins', 'Name'],
      ['translation-wins', 'Translated'],
    ] as const) {
      const api = await open({ switches: { name_vs_translation: value } });
      const body = { name: 'Name', translated_content: { en: { name: 'Translated' }, fr: { name: 'Nom' } } };
      const created = await api.post('/help_center/collections', body);
      expect(created.body.name).toBe(kept);
      expect(created.body.translated_content.fr.name).toBe('Nom');
      const updated = await api.put(`/help_center/collections/${created.body.id}`, { ...body, name: 'Name' });
      expect(updated.body.name).toBe(kept);
      await sandboxes.close();
    }
  });

  it('request_order: in-order processes requests as they arrive; shuffled reorders parallel ones (seeded)', async () => {
    for (const value of ['in-order', 'shuffled'] as const) {
      const api = await open({ switches: { request_order: value } });
      await Promise.all(Array.from({ length: 12 }, (_, i) => api.get(`/ticket_types?n=${i}`)));
      const log = sandboxes.current.requests;
      const arrival = log.map((entry) => entry.query);
      const processed = [...log].sort((a, b) => (a.processed ?? 0) - (b.processed ?? 0)).map((entry) => entry.query);
      expect(log.every((entry) => entry.processed !== undefined)).toBe(true);
      if (value === 'in-order') expect(processed).toEqual(arrival);
      else expect(processed).not.toEqual(arrival);
      await sandboxes.close();
    }
  });

  it('collection_pages_null: single-page sends pages only when there is more than one; always sends null on every page', async () => {
    for (const value of ['single-page', 'always'] as const) {
      const api = await open({ perPageDefault: 2, switches: { collection_pages_null: value } });
      for (const name of ['A', 'B', 'C']) await api.post('/help_center/collections', { name });
      const first = (await api.get('/help_center/collections')).body;
      expect(first.total_count).toBe(3);
      expect(first.data).toHaveLength(2);
      expect(first.pages === null).toBe(value === 'always');
      expect((await api.get('/help_center/collections?page=2')).body.data).toHaveLength(1);
      await sandboxes.close();
    }
  });

  it('help_center_pages: unpaged lists every help center at once; paged answers one per page with total_count', async () => {
    const seed = { help_centers: [{ identifier: 'a', display_name: 'A' }, { identifier: 'b', display_name: 'B' }] };
    const unpaged = await open({ seed });
    expect((await unpaged.get('/help_center/help_centers')).body.data).toHaveLength(2);
    await sandboxes.close();
    const paged = await open({ seed, switches: { help_center_pages: 'paged' } });
    const first = (await paged.get('/help_center/help_centers?per_page=50')).body;
    expect(first).toMatchObject({ total_count: 2, pages: { page: 1, per_page: 1, total_pages: 2 } });
    expect(first.data.map((h: any) => h.identifier)).toEqual(['a']);
    expect((await paged.get('/help_center/help_centers?page=2')).body.data.map((h: any) => h.identifier)).toEqual(['b']);
  });

  it('icon_variation_selector: kept stores icons as sent; stripped removes U+FE0F, defaults included', async () => {
    for (const [value, icon, fallback] of [
      ['kept', '❤️', '🎟️'],
      ['stripped', '❤', '🎟'],
    ] as const) {
      const api = await open({ switches: { icon_variation_selector: value } });
      expect((await api.post('/ticket_types', { name: 'A', icon: '❤️' })).body.icon).toBe(icon);
      const plain = await api.post('/ticket_types', { name: 'B' });
      expect(plain.body.icon).toBe(fallback);
      expect((await api.put(`/ticket_types/${plain.body.id}`, { icon: '❤️' })).body.icon).toBe(icon);
      await sandboxes.close();
    }
  });
});
