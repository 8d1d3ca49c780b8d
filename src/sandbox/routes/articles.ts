/**
 * `/articles`: paged list (newest `updated_at` first, like collections), create, get,
 * partial update (content per locale, author, state, parent) and permanent delete.
 */
import { invalidParameter } from '../api-error.js';
import { ARTICLE_STATES } from '../content-records.js';
import { createArticle, findArticle, removeArticle, updateArticle } from '../model/articles.js';
import type { ArticleContentInput, ArticleInput } from '../model/articles.js';
import { renderArticle } from '../render/articles.js';
import type { ArticleRecord } from '../state.js';
import { optionalEnum, optionalIdRef, optionalObject, optionalString } from './body-fields.js';
import { pageOf, pageWindow } from './paging.js';
import { ok } from './route-types.js';
import type { Route } from './route-types.js';

function readContent(body: Record<string, unknown>): ArticleContentInput {
  const authorId = optionalIdRef(body, 'author_id');
  const content: ArticleContentInput = {};
  const title = optionalString(body, 'title');
  const description = optionalString(body, 'description');
  const html = optionalString(body, 'body');
  const state = optionalEnum(body, 'state', ARTICLE_STATES);
  if (title !== undefined) content.title = title;
  if (description !== undefined) content.description = description;
  if (html !== undefined) content.body = html;
  if (authorId !== undefined && authorId !== null) content.author_id = authorId;
  if (state !== undefined) content.state = state;
  return content;
}

function readInput(body: Record<string, unknown>): ArticleInput {
  const parentType = optionalString(body, 'parent_type');
  if (parentType !== undefined && parentType !== 'collection') {
    throw invalidParameter('parent_type must be collection (the sandbox has no sections).');
  }
  const parentId = optionalIdRef(body, 'parent_id');
  const input: ArticleInput = { content: readContent(body) };
  if (parentId !== undefined) input.parent_id = parentId;
  const translated = optionalObject(body, 'translated_content');
  if (translated) {
    input.translated_content = {};
    for (const [locale, entry] of Object.entries(translated)) {
      if (locale === 'type' || entry === null) continue;
      if (typeof entry !== 'object' || Array.isArray(entry)) throw invalidParameter(`translated_content.${locale} must be an object.`);
      input.translated_content[locale] = readContent(entry as Record<string, unknown>);
    }
  }
  return input;
}

function byRecency(a: ArticleRecord, b: ArticleRecord): number {
  return b.content.updated_at - a.content.updated_at || b.seq - a.seq;
}

export const articleRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/articles',
    handle: ({ ws, query, settings }) => {
      const paging = pageWindow(query, settings);
      const { page, perPage } = paging;
      const sorted = ws.sortedOnce('articles', ws.state.articles, byRecency);
      const data = pageOf(sorted, paging).map((a) => renderArticle(ws, a, false));
      // Unlike collections, every article list example carries a `pages` object.
      const pages = { type: 'pages', page, per_page: perPage, total_pages: Math.max(1, Math.ceil(sorted.length / perPage)) };
      return ok({ type: 'list', pages, total_count: sorted.length, data });
    },
  },
  {
    method: 'POST',
    pattern: '/articles',
    handle: ({ ws, body, settings }) => ok(renderArticle(ws, createArticle(ws, readInput(body), settings.switches.article_html), true)),
  },
  {
    method: 'GET',
    pattern: '/articles/:id',
    handle: ({ ws, params }) => ok(renderArticle(ws, findArticle(ws, params['id']), true)),
  },
  {
    method: 'PUT',
    pattern: '/articles/:id',
    handle: ({ ws, params, body, settings }) => {
      const article = findArticle(ws, params['id']);
      updateArticle(ws, article, readInput(body), settings.switches.article_html);
      return ok(renderArticle(ws, article, true));
    },
  },
  {
    method: 'DELETE',
    pattern: '/articles/:id',
    handle: ({ ws, params }) => {
      const article = findArticle(ws, params['id']);
      removeArticle(ws, article);
      return ok({ id: article.id, object: 'article', deleted: true });
    },
  },
];
