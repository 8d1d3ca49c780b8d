/**
 * Where the real Intercom API differs from its 2.14 OpenAPI schema (INTERCOM-API.md §8),
 * the sandbox follows the real API. Each allowed difference is one patch of one schema,
 * with a one-line reason; nothing else is loosened.
 */
export type JsonSchema = Record<string, any>;

export interface SchemaDeviation {
  /** components.schemas entry that is patched. */
  schema: string;
  reason: string;
  /** The suite that proves the patch is needed (fails without it). */
  provenIn: 'sandbox-conformance' | 'content-conformance';
  patch(schema: JsonSchema): void;
}

export const DEVIATIONS: readonly SchemaDeviation[] = [
  {
    schema: 'ticket_type_attribute_list',
    provenIn: 'sandbox-conformance',
    reason: 'Real responses list attributes under `data` (type "list"); the schema says `ticket_type_attributes` (§8.1).',
    patch(schema) {
      schema['properties'].data = schema['properties'].ticket_type_attributes;
      delete schema['properties'].ticket_type_attributes;
    },
  },
  {
    schema: 'ticket_type',
    provenIn: 'sandbox-conformance',
    reason: 'Real ticket types (and every example) carry `is_internal`, missing from the response schema (§8.4).',
    patch(schema) {
      schema['properties'].is_internal = { type: 'boolean' };
    },
  },
  {
    schema: 'ticket_type_attribute',
    provenIn: 'sandbox-conformance',
    reason: '`input_options` is null for attributes without options (integer, decimal, boolean, datetime), as in Intercom’s own examples (§8.6).',
    patch(schema) {
      schema['properties'].input_options = { type: 'object', nullable: true };
    },
  },
  {
    schema: 'data_attribute',
    provenIn: 'content-conformance',
    reason: '`GET /data_attributes?model=conversation` answers attributes with `model: conversation`; the response enum lists only contact and company.',
    patch(schema) {
      schema['properties'].model.enum = [...schema['properties'].model.enum, 'conversation'];
    },
  },
  {
    schema: 'article_statistics',
    provenIn: 'content-conformance',
    reason: 'Every article example counts `conversations`; the schema calls the field `conversions`.',
    patch(schema) {
      schema['properties'].conversations = { type: 'integer' };
    },
  },
  {
    schema: 'update_data_attribute_request',
    provenIn: 'content-conformance',
    reason: 'Its `oneOf` has an empty "other type" branch, so a body with `options` (the documented example) matches both branches; read as anyOf.',
    patch(schema) {
      schema['anyOf'] = schema['oneOf'];
      delete schema['oneOf'];
    },
  },
];

/**
 * Statuses the sandbox answers although the operation's description does not list them
 * (e.g. 404 for an unknown ticket type, 429, 400 for a bad version or bad JSON). Intercom
 * documents them globally, not per operation, and uses its common error envelope for all.
 */
export const UNDOCUMENTED_STATUS_SCHEMA = 'error';
export const UNDOCUMENTED_STATUS_REASON =
  'Errors Intercom documents globally (HTTP responses page) but not per operation use the shared `error` schema.';

// Real-API shapes that need no patch because the schema already allows them (so nobody
// adds one): `pages: null` (cursor_pages is nullable), abbreviated ticket types inside
// ticket states (the ticket_type schema requires no keys), `parent_id: null`.
