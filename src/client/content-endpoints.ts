/**
 * The data attribute, article and admin calls, one function per call over the client's
 * `send` (the shared scheduler: retries, throttling and write safety stay in one place).
 * IntercomClient's methods delegate here.
 */
import { IntercomApiError } from '../errors.js';
import {
  adminListSchema,
  articleSchema,
  dataAttributeListSchema,
  dataAttributeSchema,
} from './content-schemas.js';
import type { HttpRequest } from './http-transport.js';
import type {
  ArticleBody,
  DataAttributeBody,
  DataAttributeModel,
  LiveAdmin,
  LiveArticle,
  LiveDataAttribute,
} from './live-types.js';
import { toLiveAdmin, toLiveArticle, toLiveDataAttribute } from './normalise-content.js';
import type { JsonAnswer } from './request-scheduler.js';
import { deletedSchema, parseAnswer } from './response-schemas.js';

export type Send = (request: HttpRequest) => Promise<JsonAnswer>;

/** Ids come from Intercom, but they still go into a URL path. */
const segment = (id: string): string => encodeURIComponent(id);

export async function listDataAttributes(send: Send, model: DataAttributeModel, includeArchived: boolean): Promise<LiveDataAttribute[]> {
  const searchParams = { model, include_archived: String(includeArchived) };
  const answer = await send({ method: 'GET', path: 'data_attributes', searchParams });
  return parseAnswer(dataAttributeListSchema, answer).data.map(toLiveDataAttribute);
}

export async function createDataAttribute(send: Send, body: DataAttributeBody): Promise<LiveDataAttribute> {
  const answer = await send({ method: 'POST', path: 'data_attributes', json: body });
  return toLiveDataAttribute(parseAnswer(dataAttributeSchema, answer));
}

export async function updateDataAttribute(send: Send, id: string, body: DataAttributeBody): Promise<LiveDataAttribute> {
  const answer = await send({ method: 'PUT', path: `data_attributes/${segment(id)}`, json: body });
  return toLiveDataAttribute(parseAnswer(dataAttributeSchema, answer));
}

export async function getArticle(send: Send, id: string): Promise<LiveArticle> {
  const answer = await send({ method: 'GET', path: `articles/${segment(id)}` });
  return toLiveArticle(parseAnswer(articleSchema, answer));
}

export async function createArticle(send: Send, body: ArticleBody): Promise<LiveArticle> {
  const answer = await send({ method: 'POST', path: 'articles', json: body });
  return toLiveArticle(parseAnswer(articleSchema, answer));
}

export async function updateArticle(send: Send, id: string, body: ArticleBody): Promise<LiveArticle> {
  const answer = await send({ method: 'PUT', path: `articles/${segment(id)}`, json: body });
  return toLiveArticle(parseAnswer(articleSchema, answer));
}

export async function deleteArticle(send: Send, id: string): Promise<void> {
  const answer = await send({ method: 'DELETE', path: `articles/${segment(id)}` });
  // A 404 accepted after an unanswered first try has no body worth checking.
  if (answer.status !== 404) parseAnswer(deletedSchema, answer);
}

export async function listAdmins(send: Send): Promise<LiveAdmin[]> {
  const answer = await send({ method: 'GET', path: 'admins' });
  return parseAnswer(adminListSchema, answer).admins.map(toLiveAdmin);
}

