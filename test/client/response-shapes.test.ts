import { afterEach, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors.js';
import { inOrder, startScriptedServer, type ScriptedServer } from './support/scripted-server.js';
import { makeClient } from './support/test-client.js';
import { wireAttribute, wireCollection, wireTicketType } from './support/wire-fixtures.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function answering(json: unknown) {
  server = await startScriptedServer(inOrder({ status: 200, json }));
  return makeClient(server.url).client;
}

describe('ticket types in the shapes Intercom really sends', () => {
  it('reads attributes from `ticket_type_attributes.data` and normalises them', async () => {
    const client = await answering({ type: 'list', data: [wireTicketType()] });
    const [type] = await client.listTicketTypes();
    expect(type).toEqual({
      id: '67',
      name: 'Bug report',
      description: 'Something is broken',
      category: 'Customer',
      icon: '🐞',
      is_internal: false,
      archived: false,
      updated_at: 1_700_000_100,
      states: [{ id: '8269', category: 'submitted', internal_label: 'Submitted', external_label: 'Submitted' }],
      attributes: [
        expect.objectContaining({ id: '199', name: '_default_title_', default: true, multiline: false, ticket_type_id: '67' }),
        {
          id: '201',
          ticket_type_id: '67',
          name: 'Severity',
          description: 'How bad is it?',
          data_type: 'list',
          list_items: ['Low', 'Medium', 'High'],
          required_to_create: true,
          required_to_create_for_contacts: false,
          visible_on_create: true,
          visible_to_contacts: true,
          archived: false,
          default: false,
          order: 2,
        },
      ],
    });
  });

  it("also reads the OpenAPI schema's `ticket_type_attributes.ticket_type_attributes`", async () => {
    const client = await answering({
      type: 'list',
      data: [wireTicketType({ ticket_type_attributes: { type: 'ticket_type_attributes.list', ticket_type_attributes: [wireAttribute()] } })],
    });
    const [type] = await client.listTicketTypes();
    expect(type?.attributes.map((a) => a.name)).toEqual(['Severity']);
  });

  it('accepts the pre-2.12 list key `ticket_types`', async () => {
    const client = await answering({ type: 'ticket_type.list', ticket_types: [wireTicketType()] });
    expect((await client.listTicketTypes()).map((t) => t.id)).toEqual(['67']);
  });

  it('tolerates missing workspace_id and is_internal, null input_options, integer ids and extra keys', async () => {
    const bare = wireTicketType({ id: 68, is_internal: undefined, workspace_id: undefined, surprise: { nested: true } });
    delete bare.is_internal;
    delete bare.workspace_id;
    bare.ticket_type_attributes = {
      type: 'list',
      data: [
        wireAttribute({ id: 5, data_type: 'integer', input_options: null }),
        wireAttribute({ id: 6, data_type: 'string', input_options: undefined }),
        wireAttribute({ id: 7, data_type: 'files', input_options: { allow_multiple_values: true } }),
        wireAttribute({ id: 8, data_type: 'string', input_options: { multiline: true } }),
      ],
    };
    const client = await answering({ type: 'list', data: [bare] });
    const [type] = await client.listTicketTypes();
    expect(type).toMatchObject({ id: '68', is_internal: false });
    expect(type).not.toHaveProperty('surprise');
    const [integer, plain, files, multiline] = type?.attributes ?? [];
    expect(integer).toMatchObject({ id: '5', ticket_type_id: '67' });
    expect(integer).not.toHaveProperty('multiline');
    expect(integer).not.toHaveProperty('list_items');
    expect(plain).toMatchObject({ id: '6', multiline: false });
    expect(files).toMatchObject({ allow_multiple_values: true });
    expect(multiline).toMatchObject({ multiline: true });
  });

  it('keeps list labels in order and leaves archived options out', async () => {
    const attribute = wireAttribute({
      input_options: {
        list_options: [
          { label: 'P3', id: 'a' },
          { label: 'P1', id: 'b' },
          { label: 'Old', id: 'c', archived: true },
          { label: 'P2', id: 'd' },
        ],
      },
    });
    server = await startScriptedServer(inOrder({ status: 200, json: attribute }));
    const live = await makeClient(server.url).client.createAttribute('67', { name: 'Severity', data_type: 'list', list_items: 'P3,P1,P2' });
    expect(live.list_items).toEqual(['P3', 'P1', 'P2']);
  });

  it('names the field when an answer does not parse', async () => {
    const broken = wireTicketType();
    (broken.ticket_type_attributes as { data: Record<string, unknown>[] }).data[1]!.name = 42;
    const client = await answering({ type: 'list', data: [broken] });
    const error = await client.listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ code: 'unexpected_response', status: 200, path: '/ticket_types' });
    expect((error as Error).message).toContain('data[0].ticket_type_attributes.data[1].name');
  });

  it('names the missing list when the envelope has neither key', async () => {
    const client = await answering({ type: 'list', items: [] });
    await expect(client.listTicketTypes()).rejects.toThrow(/unexpected answer at data/);
  });
});

describe('states, help centers and collections', () => {
  it('normalises ticket states with the ids of their ticket types', async () => {
    const client = await answering({
      type: 'list',
      data: [
        {
          type: 'ticket_state',
          id: 8270,
          category: 'in_progress',
          internal_label: 'With engineering',
          external_label: 'In progress',
          archived: false,
          ticket_types: { type: 'list', data: [{ type: 'ticket_type', id: '55', name: 'A' }, { id: 56 }] },
        },
        { type: 'ticket_state', id: '8271', category: 'resolved', internal_label: 'Resolved', external_label: 'Resolved', ticket_types: null },
      ],
    });
    expect(await client.listTicketStates()).toEqual([
      { id: '8270', category: 'in_progress', internal_label: 'With engineering', external_label: 'In progress', archived: false, ticket_type_ids: ['55', '56'] },
      { id: '8271', category: 'resolved', internal_label: 'Resolved', external_label: 'Resolved', archived: false, ticket_type_ids: [] },
    ]);
  });

  it('reads help centers with and without the 2.16 locales/default fields', async () => {
    const client = await answering({
      type: 'list',
      data: [
        { id: 7, identifier: 'acme-help', display_name: 'Acme Help', website_turned_on: true, locales: ['en', 'fr'], default: true },
        { id: '8', identifier: 'internal' },
      ],
    });
    expect(await client.listHelpCenters()).toEqual([
      { id: '7', identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true },
      { id: '8', identifier: 'internal', display_name: 'internal' },
    ]);
  });

  it('turns integer help_center_id into a string and drops `type` keys from translated_content', async () => {
    const client = await answering(
      wireCollection({
        help_center_id: 7,
        parent_id: 12,
        description: null,
        default_locale: 'en',
        translated_content: {
          type: 'group_translated_content',
          en: { type: 'group_content', name: 'Getting started', description: 'First steps' },
          fr: { type: 'group_content', name: 'Premiers pas', description: null },
          de: null,
        },
      }),
    );
    expect(await client.getCollection('159')).toEqual({
      id: '159',
      name: 'Getting started',
      description: null,
      parent_id: '12',
      help_center_id: '7',
      default_locale: 'en',
      translated_content: {
        en: { name: 'Getting started', description: 'First steps' },
        fr: { name: 'Premiers pas', description: null },
      },
      updated_at: 1_700_000_000,
    });
  });
});
