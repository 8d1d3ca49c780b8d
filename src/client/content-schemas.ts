/**
 * zod schemas for the data attribute, article and admin answers, written against the
 * 2.14 examples as much as the schema: attribute ids are integers (absent on built-ins)
 * while `admin_id` is a string; article ids are strings while `parent_id` and `author_id`
 * are integers; `description`, `body` and `url` may be null; `translated_content` mixes a
 * `type` marker with one entry (or null) per locale. Unknown keys are stripped.
 */
import { z } from 'zod';

const wireId = z.union([z.string(), z.number()]).transform(String);
const optionalText = z.string().nullish();
const optionalFlag = z.boolean().nullish();
const optionalNumber = z.number().nullish();

export const dataAttributeSchema = z.object({
  id: wireId.nullish(),
  model: z.string(),
  name: z.string(),
  full_name: optionalText,
  label: optionalText,
  description: optionalText,
  data_type: z.string(),
  // Documented as strings; tolerate `{ value }` objects, the request shape.
  options: z.array(z.union([z.string(), z.object({ value: z.string() }).transform((o) => o.value)])).nullish(),
  api_writable: optionalFlag,
  messenger_writable: optionalFlag,
  custom: optionalFlag,
  archived: optionalFlag,
  updated_at: optionalNumber,
});
export type WireDataAttribute = z.infer<typeof dataAttributeSchema>;

export const dataAttributeListSchema = z.object({ data: z.array(dataAttributeSchema) });

const articleContent = z.object({
  title: optionalText,
  description: optionalText,
  body: optionalText,
  author_id: wireId.nullish(),
  state: optionalText,
  url: optionalText,
  updated_at: optionalNumber,
});
export type WireArticleContent = z.infer<typeof articleContent>;

export const articleSchema = z.object({
  id: wireId,
  title: z.string(),
  description: optionalText,
  body: optionalText,
  author_id: wireId.nullish(),
  state: optionalText,
  url: optionalText,
  parent_id: wireId.nullish(),
  parent_type: optionalText,
  default_locale: optionalText,
  translated_content: z.record(z.string(), z.union([articleContent, z.string(), z.null()])).nullish(),
  updated_at: optionalNumber,
});
export type WireArticle = z.infer<typeof articleSchema>;

export const articlePageSchema = z.object({
  data: z.array(articleSchema),
  pages: z.object({ page: optionalNumber, per_page: optionalNumber, total_pages: optionalNumber }).nullish(),
  total_count: optionalNumber,
});

export const adminListSchema = z.object({
  admins: z.array(z.object({ id: wireId, name: optionalText, email: optionalText })),
});
export type WireAdmin = z.infer<typeof adminListSchema>['admins'][number];
