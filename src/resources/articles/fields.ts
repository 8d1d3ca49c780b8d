import type { ArticleContentBody, LiveArticleContent } from '../../client/live-types.js';
import { diffMarkdown, htmlToMarkdown, normaliseBody } from '../../content/index.js';
import type { FieldChange } from '../../plan/plan-types.js';
import { managedFields } from '../kit/managed-fields.js';

/** One language's content as the plan compares and sends it: the body as HTML, the author as an admin id. */
export interface ContentValues {
  title: string;
  description?: string | undefined;
  /** HTML; links to articles created in this apply are still tokens. */
  body?: string | undefined;
  author_id?: string | undefined;
  state?: 'published' | 'draft' | undefined;
}

/**
 * An article's managed fields, per language. Bodies compare by meaning (Intercom's editor
 * rewrites the HTML it stores), authors by admin id (resolved from the config's email).
 */
export const ARTICLE_CONTENT_FIELDS = managedFields<ContentValues, LiveArticleContent, ArticleContentBody>()({
  title: {},
  description: {},
  body: { comparable: (html) => (typeof html === 'string' ? normaliseBody(html) : html) },
  author_id: { wire: (id) => Number(id), comparable: (id) => (id === undefined || id === null ? id : String(id)) },
  state: {},
});

/** How the plan shows values: bodies as Markdown (with a line diff), authors by email. */
export interface FieldDisplay {
  /** `translated_content.fr.` for a translation, '' for the top level. */
  prefix: string;
  authorName(id: string): string;
  /** Desired HTML as it reads in a plan (links to new articles as written in the Markdown). */
  readable(html: string): string;
  /** The Markdown as written, shown for a body that is new. */
  markdown?: string | undefined;
}

/** The managed fields that differ, each as the request carries it (`wire`) and as the plan shows it. */
export function contentChanges(live: LiveArticleContent, desired: ContentValues, display: FieldDisplay): { wire: FieldChange[]; shown: FieldChange[] } {
  const wire = ARTICLE_CONTENT_FIELDS.changes(ARTICLE_CONTENT_FIELDS.live(live), ARTICLE_CONTENT_FIELDS.desired(desired));
  return { wire, shown: wire.map((f) => shownChange(f, display)) };
}

/** The fields of a language's content about to be created. */
export function newContentFields(desired: ContentValues, display: FieldDisplay): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const name of ARTICLE_CONTENT_FIELDS.names) {
    const value = desired[name];
    if (value !== undefined) fields.push(shownChange({ path: name, after: value }, display));
  }
  return fields;
}

function shownChange(change: FieldChange, display: FieldDisplay): FieldChange {
  const path = `${display.prefix}${change.path}`;
  if (change.path === 'author_id') {
    const shown: FieldChange = { path: `${display.prefix}author`, after: display.authorName(String(change.after)) };
    if ('before' in change) shown.before = display.authorName(String(change.before));
    return shown;
  }
  if (change.path !== 'body') return { ...change, path };
  if (!('before' in change)) return { path, after: display.markdown ?? htmlToMarkdown(display.readable(String(change.after ?? ''))) };
  // Both sides go through the same HTML → Markdown conversion, so only meaning shows as changed.
  const after = htmlToMarkdown(display.readable(String(change.after ?? '')));
  const before = htmlToMarkdown(String(change.before ?? ''));
  return { path, before, after, diff: diffMarkdown(before, after).lines };
}
