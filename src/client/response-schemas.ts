/**
 * zod schemas for the answers we read, written against what Intercom really sends
 * (INTERCOM-API.md §8, §11.8) rather than the OpenAPI schema alone: ids as strings or
 * integers, `null` where the schema says object, keys the schema does not list. Unknown
 * keys are stripped. Only fields the tool uses are required.
 */
import { z } from 'zod';
import { unexpectedResponse } from './error-mapping.js';
import type { JsonAnswer } from './request-scheduler.js';

/** Ticket type ids are strings, `ticket_type_id` and `help_center_id` integers: accept both. */
const wireId = z.union([z.string(), z.number()]).transform(String);
const optionalText = z.string().nullish();
const optionalFlag = z.boolean().nullish();
const optionalNumber = z.number().nullish();

const listOption = z.object({
  label: z.string(),
  id: wireId.nullish(),
  archived: optionalFlag,
});

const inputOptions = z.object({
  multiline: optionalFlag,
  list_options: z.array(listOption).nullish(),
  allow_multiple_values: optionalFlag,
});

export const attributeSchema = z.object({
  id: wireId,
  ticket_type_id: wireId.nullish(),
  name: z.string(),
  description: optionalText,
  data_type: z.string(),
  input_options: inputOptions.nullish(),
  required_to_create: optionalFlag,
  required_to_create_for_contacts: optionalFlag,
  visible_on_create: optionalFlag,
  visible_to_contacts: optionalFlag,
  archived: optionalFlag,
  default: optionalFlag,
  order: optionalNumber,
});
export type WireAttribute = z.infer<typeof attributeSchema>;

const stateRef = z.object({
  id: wireId,
  category: z.string(),
  internal_label: z.string(),
  external_label: optionalText,
});

export const ticketTypeSchema = z.object({
  id: wireId,
  name: z.string(),
  description: optionalText,
  category: optionalText,
  icon: optionalText,
  is_internal: optionalFlag,
  archived: optionalFlag,
  // The real API nests the list under `data`; the OpenAPI schema says `ticket_type_attributes`.
  ticket_type_attributes: z
    .object({ data: z.array(attributeSchema).nullish(), ticket_type_attributes: z.array(attributeSchema).nullish() })
    .nullish(),
  ticket_states: z.object({ data: z.array(stateRef).nullish() }).nullish(),
  updated_at: optionalNumber,
});
export type WireTicketType = z.infer<typeof ticketTypeSchema>;

// The list key is `data` in reality; specs before 2.12 called it `ticket_types`.
export const ticketTypeListSchema = z
  .object({ data: z.array(ticketTypeSchema).optional(), ticket_types: z.array(ticketTypeSchema).optional() })
  .transform((list, ctx) => {
    const items = list.data ?? list.ticket_types;
    if (items) return items;
    ctx.issues.push({ code: 'custom', path: ['data'], message: 'expected the list of ticket types', input: list });
    return z.NEVER;
  });

export const ticketStateListSchema = z.object({
  data: z.array(
    z.object({
      id: wireId,
      category: z.string(),
      internal_label: z.string(),
      external_label: optionalText,
      archived: optionalFlag,
      ticket_types: z.object({ data: z.array(z.object({ id: wireId })).nullish() }).nullish(),
    }),
  ),
});
export type WireTicketState = z.infer<typeof ticketStateListSchema>['data'][number];

export const helpCenterListSchema = z.object({
  data: z.array(
    z.object({
      id: wireId,
      identifier: z.string(),
      display_name: optionalText,
      locales: z.array(z.string()).nullish(),
      default: optionalFlag,
    }),
  ),
  // Unpaged in every description; followed when an answer is paged anyway.
  pages: z.object({ page: optionalNumber, per_page: optionalNumber, total_pages: optionalNumber }).nullish(),
  total_count: optionalNumber,
});
export type WireHelpCenter = z.infer<typeof helpCenterListSchema>['data'][number];

const groupContent = z.object({ name: optionalText, description: optionalText });

export const collectionSchema = z.object({
  id: wireId,
  name: z.string(),
  description: optionalText,
  parent_id: wireId.nullish(),
  help_center_id: wireId.nullish(),
  default_locale: optionalText,
  // Keyed by locale, plus a `type` string; locales without content may be null.
  translated_content: z.record(z.string(), z.union([groupContent, z.string(), z.null()])).nullish(),
  updated_at: optionalNumber,
});
export type WireCollection = z.infer<typeof collectionSchema>;

export const collectionPageSchema = z.object({
  data: z.array(collectionSchema),
  // Real single-page answers carry `pages: null`.
  pages: z
    .object({ page: optionalNumber, per_page: optionalNumber, total_pages: optionalNumber })
    .nullish(),
  total_count: optionalNumber,
});
export type WireCollectionPage = z.infer<typeof collectionPageSchema>;

export const deletedSchema = z.object({ id: wireId.nullish(), deleted: optionalFlag }).nullish();

/** Parses an answer's body; a mismatch becomes an `unexpected_response` naming the field. */
export function parseAnswer<T>(schema: z.ZodType<T>, answer: JsonAnswer): T {
  const result = schema.safeParse(answer.body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? formatPath(issue.path) : '(body)';
  return failUnexpected(answer, where, issue?.message ?? 'invalid');
}

function failUnexpected(answer: JsonAnswer, where: string, detail: string): never {
  throw unexpectedResponse(answer.context, answer.status, answer.requestId, where, detail);
}

/** `["data", 3, "name"]` → `data[3].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(body)';
}
