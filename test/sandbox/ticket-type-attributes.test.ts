import { describe, expect } from 'vitest';
import type { Reply } from './support/sandbox-client.js';
import { openSandbox, sandboxTest, UUID_PATTERN } from './support/sandbox-client.js';

/** Each test that names them gets a sandbox holding one ticket type, and `create` for its attributes. */
const it = sandboxTest.extend<{ typeId: string; create: (body: Record<string, unknown>, id?: string) => Promise<Reply> }>({
  typeId: async ({ api }, use) => {
    await use((await api.post('/ticket_types', { name: 'Bug report' })).body.id);
  },
  create: async ({ api, typeId }, use) => {
    await use((body, id = typeId) => api.post(`/ticket_types/${id}/attributes`, body));
  },
});

describe('ticket type attributes', () => {
  it('creates an attribute with documented defaults, the next order and an integer ticket_type_id', async ({ api, typeId, create }) => {
    const reply = await create({ name: 'Steps', description: 'What did you do?', data_type: 'string', multiline: true });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      type: 'ticket_type_attribute',
      name: 'Steps',
      description: 'What did you do?',
      data_type: 'string',
      input_options: { multiline: true },
      order: 2,
      required_to_create: false,
      required_to_create_for_contacts: false,
      visible_on_create: true,
      visible_to_contacts: true,
      default: false,
      archived: false,
      ticket_type_id: Number(typeId),
    });
    const tt = (await api.get(`/ticket_types/${typeId}`)).body;
    expect(tt.ticket_type_attributes.data.map((a: any) => a.name)).toEqual(['_default_title_', '_default_description_', 'Steps']);
  });

  it('builds input_options per data type', async ({ create }) => {
    const shapes: Record<string, unknown> = {};
    for (const dataType of ['string', 'integer', 'decimal', 'boolean', 'datetime', 'files']) {
      const reply = await create({ name: `A ${dataType}`, description: '', data_type: dataType });
      shapes[dataType] = reply.body.input_options;
    }
    expect(shapes).toEqual({
      string: { multiline: false },
      integer: null,
      decimal: null,
      boolean: null,
      datetime: null,
      files: { allow_multiple_values: false },
    });
  });

  it('turns the comma-separated list_items into list_options with GUID ids', async ({ create }) => {
    const reply = await create({ name: 'Severity', description: 'How bad?', data_type: 'list', list_items: 'Low, Medium ,High' });
    const options = reply.body.input_options.list_options;
    expect(options.map((o: any) => o.label)).toEqual(['Low', 'Medium', 'High']);
    for (const option of options) expect(option.id).toMatch(UUID_PATTERN);
    expect(new Set(options.map((o: any) => o.id)).size).toBe(3);
  });

  it('keeps the ids of list labels that survive an update', async ({ api, typeId, create }) => {
    const created = (await create({ name: 'Severity', description: '', data_type: 'list', list_items: 'Low,Medium,High' })).body;
    const idOf = (options: any[], label: string) => options.find((o) => o.label === label)?.id;
    const before = created.input_options.list_options;
    const updated = (
      await api.put(`/ticket_types/${typeId}/attributes/${created.id}`, { list_items: 'Critical,High,Low' })
    ).body;
    const after = updated.input_options.list_options;
    expect(after.map((o: any) => o.label)).toEqual(['Critical', 'High', 'Low']);
    expect(idOf(after, 'Low')).toBe(idOf(before, 'Low'));
    expect(idOf(after, 'High')).toBe(idOf(before, 'High'));
    expect(before.map((o: any) => o.id)).not.toContain(idOf(after, 'Critical'));
  });

  it('never changes data_type on update', async ({ api, typeId, create }) => {
    const created = (await create({ name: 'Count', description: '', data_type: 'integer' })).body;
    const updated = await api.put(`/ticket_types/${typeId}/attributes/${created.id}`, { data_type: 'string', description: 'How many' });
    expect(updated.status).toBe(200);
    expect(updated.body.data_type).toBe('integer');
    expect(updated.body.description).toBe('How many');
    expect(updated.body.input_options).toBeNull();
  });

  it('keeps archived attributes in the ticket type and can unarchive them', async ({ api, typeId, create }) => {
    const created = (await create({ name: 'Legacy', description: '', data_type: 'boolean' })).body;
    await api.put(`/ticket_types/${typeId}/attributes/${created.id}`, { archived: true });
    const tt = (await api.get(`/ticket_types/${typeId}`)).body;
    expect(tt.ticket_type_attributes.data.find((a: any) => a.id === created.id).archived).toBe(true);
    const restored = await api.put(`/ticket_types/${typeId}/attributes/${created.id}`, { archived: false });
    expect(restored.body.archived).toBe(false);
  });

  it('requires name, description and a known data_type', async ({ api, typeId, create }) => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ description: '', data_type: 'string' }, 'parameter_not_found', 'Name is a required parameter.'],
      [{ name: 'X', data_type: 'string' }, 'parameter_not_found', 'Description is a required parameter.'],
      [{ name: 'X', description: '' }, 'parameter_not_found', 'Data type is a required parameter.'],
      [{ name: 'X', description: '', data_type: 'text' }, 'parameter_invalid', expect.any(String)],
      [{ name: 'X', description: '', data_type: 'list' }, 'parameter_invalid', expect.any(String)],
      [{ name: 'X', description: '', data_type: 'list', list_items: ['A', 'B'] }, 'parameter_invalid', expect.any(String)],
    ];
    for (const [body, code, message] of cases) {
      const reply = await create(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.errors[0]).toEqual({ code, message });
    }
    const tt = (await api.get(`/ticket_types/${typeId}`)).body;
    expect(tt.ticket_type_attributes.data).toHaveLength(2);
  });

  it('answers 404 for an unknown type, an unknown attribute, or an attribute of another type', async ({ api, typeId, create }) => {
    expect((await create({ name: 'X', description: '', data_type: 'string' }, '999999')).status).toBe(404);
    const other = (await api.post('/ticket_types', { name: 'Other' })).body;
    const foreign = other.ticket_type_attributes.data[0].id;
    expect((await api.put(`/ticket_types/${typeId}/attributes/${foreign}`, { name: 'Y' })).status).toBe(404);
    expect((await api.put(`/ticket_types/${typeId}/attributes/999999`, { name: 'Y' })).status).toBe(404);
  });

  it('can reject duplicate attribute names when configured', async () => {
    const strict = await openSandbox({ duplicateNames: 'reject' });
    try {
      const tt = (await strict.api.post('/ticket_types', { name: 'T' })).body;
      const again = await strict.api.post(`/ticket_types/${tt.id}/attributes`, { name: '_default_title_', description: '', data_type: 'string' });
      expect(again.status).toBe(400);
    } finally {
      await strict.sandbox.close();
    }
  });
});
