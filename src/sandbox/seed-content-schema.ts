/**
 * Seed entries for admins, custom data attributes and articles (all optional):
 *
 * ```yaml
 * admins:                          # replaces the default admins when given
 *   - { name: Ada Lovelace, email: ada@example.com }
 * data_attributes:                 # custom ones; built-ins are always there
 *   - { model: contact, name: plan_tier, data_type: options, options: [free, pro] }
 *   - { model: conversation, name: Priority reason, data_type: string }
 *   - { model: company, name: legacy_id, data_type: string, has_dependants: true }
 * articles:
 *   - title: Install the app
 *     collection: [Getting started]          # path of collection names; omit = none
 *     body: <p>Open the app store…</p>
 *     author: ada@example.com               # default: the first admin
 *     state: published
 *     translated_content:
 *       fr: { title: Installer l'application, state: draft }
 * ```
 */
import { z } from 'zod';
import { ARTICLE_STATES, DATA_ATTRIBUTE_MODELS, DATA_ATTRIBUTE_TYPES } from './content-records.js';
import type { ArticleState, DataAttributeModel, DataAttributeType } from './content-records.js';

type SeedId = string | number;

export interface AdminSeed {
  id?: SeedId;
  name: string;
  email: string;
  job_title?: string;
}

export interface DataAttributeSeed {
  id?: SeedId;
  model: DataAttributeModel;
  name: string;
  description?: string;
  data_type: DataAttributeType;
  options?: string[];
  messenger_writable?: boolean;
  archived?: boolean;
  /** Sandbox only: archiving this attribute answers 422 (a dependant object uses it). */
  has_dependants?: boolean;
}

export interface ArticleContentSeed {
  title: string;
  description?: string;
  body?: string;
  /** Admin email; default: the article's author. */
  author?: string;
  state?: ArticleState;
}

export interface ArticleSeed extends ArticleContentSeed {
  id?: SeedId;
  /** Help center identifier, for an article outside any collection; default: the default help center. */
  help_center?: string;
  /** Collection names from the top level down, as a list or joined with " / ". */
  collection?: string[] | string;
  translated_content?: Record<string, ArticleContentSeed>;
}

const seedId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'ids are numeric')]);
const text = z.string().min(1);

export const adminSeed = z.object({
  id: seedId.optional(),
  name: text,
  email: z.string().email(),
  job_title: z.string().optional(),
});

export const dataAttributeSeed = z.object({
  id: seedId.optional(),
  model: z.enum(DATA_ATTRIBUTE_MODELS as [DataAttributeModel, ...DataAttributeModel[]]),
  name: text,
  description: z.string().optional(),
  data_type: z.enum(DATA_ATTRIBUTE_TYPES as [DataAttributeType, ...DataAttributeType[]]),
  options: z.array(text).min(2).optional(),
  messenger_writable: z.boolean().optional(),
  archived: z.boolean().optional(),
  has_dependants: z.boolean().optional(),
});

const articleContentSeed = z.object({
  title: text,
  description: z.string().optional(),
  body: z.string().optional(),
  author: z.string().email().optional(),
  state: z.enum(ARTICLE_STATES as [ArticleState, ...ArticleState[]]).optional(),
});

export const articleSeed = articleContentSeed.extend({
  id: seedId.optional(),
  help_center: text.optional(),
  collection: z.union([z.array(text), text]).optional(),
  translated_content: z.record(z.string(), articleContentSeed).optional(),
});
