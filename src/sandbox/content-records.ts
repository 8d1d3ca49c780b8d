/**
 * State records for admins, data attributes and help-center articles, kept apart from
 * state.ts so each group of endpoints owns its shapes. Plain JSON, as persisted.
 */

export type DataAttributeModel = 'contact' | 'company' | 'conversation';
export const DATA_ATTRIBUTE_MODELS: readonly DataAttributeModel[] = ['contact', 'company', 'conversation'];
/** Models the 2.14 API can create attributes for. */
export const WRITABLE_DATA_ATTRIBUTE_MODELS: readonly DataAttributeModel[] = ['contact', 'company'];

/** The type an attribute was created with (the request enum); answers use the response enum. */
export type DataAttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'datetime' | 'options';
export const DATA_ATTRIBUTE_TYPES: readonly DataAttributeType[] = ['string', 'integer', 'float', 'boolean', 'datetime', 'date', 'options'];

export interface DataAttributeRecord {
  /** Built-in attributes have no id. */
  id: string | null;
  model: DataAttributeModel;
  name: string;
  full_name: string;
  label: string;
  /** null: never given (the create answer then has no `description` key). */
  description: string | null;
  data_type: DataAttributeType;
  /** Option values, for `options` attributes. */
  options: string[] | null;
  api_writable: boolean;
  ui_writable: boolean;
  messenger_writable: boolean;
  custom: boolean;
  archived: boolean;
  /** Sandbox only: archiving answers 422, as for an attribute a workflow or report uses. */
  has_dependants: boolean;
  admin_id: string | null;
  created_at: number | null;
  updated_at: number | null;
}

/** The teammates of a fresh workspace (the public API cannot create admins). */
export const DEFAULT_ADMINS = [
  { name: 'Ada Lovelace', email: 'ada@example.com', job_title: 'Support lead' },
  { name: 'Grace Hopper', email: 'grace@example.com', job_title: 'Support engineer' },
  { name: 'Katherine Johnson', email: 'katherine@example.com', job_title: 'Documentation' },
] as const;

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  job_title: string | null;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  has_inbox_seat: boolean;
  team_ids: number[];
}

export type ArticleState = 'published' | 'draft';
export const ARTICLE_STATES: readonly ArticleState[] = ['published', 'draft'];

export interface ArticleContentRecord {
  title: string;
  description: string;
  /** HTML, as stored (after the editor rewrite when that switch is on). */
  body: string;
  author_id: string;
  state: ArticleState;
  created_at: number;
  updated_at: number;
}

export interface ArticleRecord {
  id: string;
  /** Collection id; null for an article that stands alone. */
  parent_id: string | null;
  /** Help center whose locales the article follows: its collection's, else the default one. */
  help_center_id: string;
  /** Content of the help center's default locale. */
  content: ArticleContentRecord;
  /** Content of the other locales. */
  translations: Record<string, ArticleContentRecord>;
  /** Monotonic write sequence: orders equal `updated_at` seconds and keys the serializer cache. */
  seq: number;
}
