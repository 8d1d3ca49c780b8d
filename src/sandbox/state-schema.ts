/**
 * Shape check for a state file read from disk, so a damaged or foreign file stops the
 * sandbox with a precise message instead of failing later inside a request.
 */
import { z } from 'zod';
import { ATTRIBUTE_DATA_TYPES, STATE_FORMAT, STATE_FORMAT_VERSION, TICKET_STATE_CATEGORIES, TICKET_TYPE_CATEGORIES } from './state.js';
import type { SandboxState } from './state.js';
import { admin, article, dataAttribute, upgradeContent } from './state-content-schema.js';

const id = z.string().regex(/^\d+$/);
const timestamp = z.number().int();

const listOption = z.object({ label: z.string(), id: z.string() });
const inputOptions = z.union([
  z.object({ multiline: z.boolean() }),
  z.object({ list_options: z.array(listOption) }),
  z.object({ allow_multiple_values: z.boolean() }),
  z.null(),
]);

const attribute = z.object({
  id,
  name: z.string(),
  description: z.string(),
  data_type: z.enum(ATTRIBUTE_DATA_TYPES as [string, ...string[]]),
  input_options: inputOptions,
  order: z.number().int(),
  required_to_create: z.boolean(),
  required_to_create_for_contacts: z.boolean(),
  visible_on_create: z.boolean(),
  visible_to_contacts: z.boolean(),
  default: z.boolean(),
  archived: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});

const stateFileSchema = z.object({
  format: z.literal(STATE_FORMAT),
  format_version: z.literal(STATE_FORMAT_VERSION),
  workspace_id: z.string(),
  next_id: z.number().int().positive(),
  next_seq: z.number().int().positive(),
  help_centers: z.array(
    z.object({
      id,
      identifier: z.string(),
      display_name: z.string(),
      locales: z.array(z.string()).min(1),
      default: z.boolean(),
      website_turned_on: z.boolean(),
      url: z.string(),
      custom_domain: z.string().nullable(),
      created_at: timestamp,
      updated_at: timestamp,
    }),
  ),
  ticket_states: z.array(
    z.object({
      id,
      category: z.enum(TICKET_STATE_CATEGORIES as [string, ...string[]]),
      internal_label: z.string(),
      external_label: z.string(),
      archived: z.boolean(),
    }),
  ),
  ticket_types: z.array(
    z.object({
      id,
      name: z.string(),
      description: z.string(),
      icon: z.string(),
      category: z.enum(TICKET_TYPE_CATEGORIES as [string, ...string[]]),
      is_internal: z.boolean(),
      archived: z.boolean(),
      created_at: timestamp,
      updated_at: timestamp,
      attributes: z.array(attribute),
      state_ids: z.array(id),
    }),
  ),
  collections: z.array(
    z.object({
      id,
      help_center_id: id,
      parent_id: id.nullable(),
      name: z.string(),
      description: z.string().nullable(),
      translations: z.record(z.string(), z.object({ name: z.string(), description: z.string() })),
      icon: z.string().nullable(),
      order: z.number().int(),
      created_at: timestamp,
      updated_at: timestamp,
      seq: z.number().int(),
    }),
  ),
  // Absent from state files written before admins, data attributes and articles existed.
  admins: z.array(admin).optional(),
  data_attributes: z.array(dataAttribute).optional(),
  articles: z.array(article).optional(),
  seed: z.object({ hash: z.string().optional(), ignored_hash: z.string().optional() }).optional(),
});

export type StateCheck = { ok: true; state: SandboxState } | { ok: false; problem: string };

export function checkStateShape(data: unknown): StateCheck {
  const result = stateFileSchema.safeParse(data);
  if (result.success) return { ok: true, state: upgradeContent(result.data) };
  const [issue] = result.error.issues;
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, problem: `${where}${issue?.message ?? 'unexpected content'}` };
}
