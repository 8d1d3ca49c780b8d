/**
 * State file shapes for admins, data attributes and articles, and the upgrade of a state
 * file written before they existed: it gains the default admins and the built-in
 * attributes, as a fresh workspace has, and no articles.
 */
import { z } from 'zod';
import { ARTICLE_STATES, DATA_ATTRIBUTE_MODELS, DATA_ATTRIBUTE_TYPES, DEFAULT_ADMINS } from './content-records.js';
import type { AdminRecord, ArticleRecord, DataAttributeRecord } from './content-records.js';
import { builtInAttributes } from './model/built-in-attributes.js';
import type { SandboxState } from './state.js';

const id = z.string().regex(/^\d+$/);
const timestamp = z.number().int();

export const admin = z.object({
  id,
  name: z.string(),
  email: z.string(),
  job_title: z.string().nullable(),
  away_mode_enabled: z.boolean(),
  away_mode_reassign: z.boolean(),
  has_inbox_seat: z.boolean(),
  team_ids: z.array(z.number().int()),
});

export const dataAttribute = z.object({
  id: id.nullable(),
  model: z.enum(DATA_ATTRIBUTE_MODELS as [string, ...string[]]),
  name: z.string(),
  full_name: z.string(),
  label: z.string(),
  description: z.string().nullable(),
  data_type: z.enum(DATA_ATTRIBUTE_TYPES as [string, ...string[]]),
  options: z.array(z.string()).nullable(),
  api_writable: z.boolean(),
  ui_writable: z.boolean(),
  messenger_writable: z.boolean(),
  custom: z.boolean(),
  archived: z.boolean(),
  has_dependants: z.boolean(),
  admin_id: z.string().nullable(),
  created_at: timestamp.nullable(),
  updated_at: timestamp.nullable(),
});

const articleContent = z.object({
  title: z.string(),
  description: z.string(),
  body: z.string(),
  author_id: id,
  state: z.enum(ARTICLE_STATES as [string, ...string[]]),
  created_at: timestamp,
  updated_at: timestamp,
});

export const article = z.object({
  id,
  parent_id: id.nullable(),
  help_center_id: id,
  content: articleContent,
  translations: z.record(z.string(), articleContent),
  seq: z.number().int(),
});

interface MaybeUpgraded {
  next_id: number;
  admins?: unknown[] | undefined;
  data_attributes?: unknown[] | undefined;
  articles?: unknown[] | undefined;
}

export function upgradeContent<T extends MaybeUpgraded>(parsed: T): SandboxState {
  const state = parsed as unknown as SandboxState & MaybeUpgraded;
  if (parsed.admins === undefined) {
    state.admins = DEFAULT_ADMINS.map((a): AdminRecord => {
      const adminId = String(state.next_id);
      state.next_id += 1;
      return { id: adminId, name: a.name, email: a.email, job_title: a.job_title, away_mode_enabled: false, away_mode_reassign: false, has_inbox_seat: true, team_ids: [] };
    });
  }
  if (parsed.data_attributes === undefined) state.data_attributes = builtInAttributes() as DataAttributeRecord[];
  if (parsed.articles === undefined) state.articles = [] as ArticleRecord[];
  return state;
}
