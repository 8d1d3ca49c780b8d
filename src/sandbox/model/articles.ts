/**
 * Help-center articles: the content of the help center's default locale plus one entry
 * per other locale, each with its own title, description, body, author and state. Top
 * level fields of a request are the default locale's content (the 2.14 request schema);
 * `translated_content` fills the others. Bodies are stored as sent, or rewritten like
 * Intercom's editor when that switch is on.
 */
import { ApiError, invalidParameter, notFound } from '../api-error.js';
import type { ArticleContentRecord, ArticleRecord, ArticleState } from '../content-records.js';
import type { ArticleHtmlMode } from '../routes/route-types.js';
import type { CollectionRecord, HelpCenterRecord } from '../state.js';
import type { Workspace } from '../workspace.js';
import { rewriteLikeEditor } from './editor-html.js';

export interface ArticleContentInput {
  title?: string;
  description?: string;
  body?: string;
  author_id?: string;
  state?: ArticleState;
}

export interface ArticleInput {
  /** undefined: unchanged (update) or none (create); null: stands alone. */
  parent_id?: string | null;
  content: ArticleContentInput;
  translated_content?: Record<string, ArticleContentInput>;
}

export function articleHelpCenter(ws: Workspace, article: ArticleRecord): HelpCenterRecord | undefined {
  return ws.helpCenter(article.help_center_id) ?? ws.defaultHelpCenter();
}

export function findArticle(ws: Workspace, id: string | undefined): ArticleRecord {
  const article = id === undefined ? undefined : ws.state.articles.find((a) => a.id === id);
  if (!article) throw notFound();
  return article;
}

function resolveParent(ws: Workspace, parentId: string | null | undefined): CollectionRecord | null {
  if (parentId === undefined || parentId === null) return null;
  const parent = ws.collection(parentId);
  if (!parent) throw notFound();
  return parent;
}

function checkAuthor(ws: Workspace, authorId: string | undefined): void {
  if (authorId !== undefined && !ws.state.admins.some((admin) => admin.id === authorId)) {
    throw invalidParameter(`author_id ${authorId} is not a teammate of this workspace.`);
  }
}

function storedBody(body: string, mode: ArticleHtmlMode): string {
  return mode === 'editor' && body.trim() !== '' ? rewriteLikeEditor(body) : body;
}

/** Content for a locale that has none yet: title and author are required. */
function newContent(ws: Workspace, input: ArticleContentInput, mode: ArticleHtmlMode, where: string, fallbackAuthor?: string): ArticleContentRecord {
  const author = input.author_id ?? fallbackAuthor;
  if (input.title === undefined || input.title.trim() === '') {
    throw new ApiError(400, 'parameter_not_found', `title must be in ${where}`);
  }
  if (author === undefined) throw new ApiError(400, 'parameter_not_found', `author_id must be in ${where}`);
  checkAuthor(ws, author);
  const now = ws.nowSeconds();
  return {
    title: input.title,
    description: input.description ?? '',
    body: storedBody(input.body ?? '', mode),
    author_id: author,
    state: input.state ?? 'draft',
    created_at: now,
    updated_at: now,
  };
}

function mergeContent(ws: Workspace, record: ArticleContentRecord, input: ArticleContentInput, mode: ArticleHtmlMode): void {
  checkAuthor(ws, input.author_id);
  if (input.title !== undefined) {
    if (input.title.trim() === '') throw invalidParameter('title cannot be blank.');
    record.title = input.title;
  }
  if (input.description !== undefined) record.description = input.description;
  if (input.body !== undefined) record.body = storedBody(input.body, mode);
  if (input.author_id !== undefined) record.author_id = input.author_id;
  if (input.state !== undefined) record.state = input.state;
  record.updated_at = ws.nowSeconds();
}

/** Top-level fields win over `translated_content[default locale]`, as for collections. */
function defaultLocaleInput(input: ArticleInput, defaultLocale: string): ArticleContentInput {
  const fromTranslations = input.translated_content?.[defaultLocale] ?? {};
  const merged: ArticleContentInput = { ...fromTranslations };
  for (const [key, value] of Object.entries(input.content) as [keyof ArticleContentInput, string | undefined][]) {
    if (value !== undefined) (merged as Record<string, string>)[key] = value;
  }
  return merged;
}

export function createArticle(ws: Workspace, input: ArticleInput, mode: ArticleHtmlMode, id?: string): ArticleRecord {
  const parent = resolveParent(ws, input.parent_id);
  const hc = parent ? ws.helpCenter(parent.help_center_id) : ws.defaultHelpCenter();
  if (!hc) throw notFound();
  const [defaultLocale = 'en'] = hc.locales;
  const content = newContent(ws, defaultLocaleInput(input, defaultLocale), mode, 'the main body or default locale translated_content object');
  const record: ArticleRecord = {
    id: id ?? ws.nextId(),
    parent_id: parent?.id ?? null,
    help_center_id: hc.id,
    content,
    translations: {},
    seq: ws.nextSeq(),
  };
  if (id !== undefined) ws.reserveId(id);
  applyTranslations(ws, hc, record, input.translated_content, mode, true);
  ws.state.articles.push(record);
  ws.markChanged();
  return record;
}

export function updateArticle(ws: Workspace, record: ArticleRecord, input: ArticleInput, mode: ArticleHtmlMode): void {
  const parent = input.parent_id === undefined ? undefined : resolveParent(ws, input.parent_id);
  const hc = parent === undefined ? articleHelpCenter(ws, record) : parent ? ws.helpCenter(parent.help_center_id) : ws.defaultHelpCenter();
  if (!hc) throw notFound();
  const [defaultLocale = 'en'] = hc.locales;
  // Checked on copies first, so a refused request changes nothing.
  const content = structuredClone(record.content);
  mergeContent(ws, content, defaultLocaleInput(input, defaultLocale), mode);
  const draft: ArticleRecord = { ...record, content, translations: structuredClone(record.translations) };
  applyTranslations(ws, hc, draft, input.translated_content, mode, false);
  record.content = draft.content;
  record.translations = draft.translations;
  if (parent !== undefined) {
    record.parent_id = parent?.id ?? null;
    record.help_center_id = hc.id;
  }
  record.seq = ws.nextSeq();
  ws.markChanged();
}

/** Locales the help center does not offer are ignored, as for collections. */
function applyTranslations(
  ws: Workspace,
  hc: HelpCenterRecord,
  record: ArticleRecord,
  translated: Record<string, ArticleContentInput> | undefined,
  mode: ArticleHtmlMode,
  creating: boolean,
): void {
  const [defaultLocale] = hc.locales;
  for (const [locale, input] of Object.entries(translated ?? {})) {
    if (locale === defaultLocale || !hc.locales.includes(locale)) continue;
    const existing = record.translations[locale];
    if (existing && !creating) mergeContent(ws, existing, input, mode);
    else record.translations[locale] = newContent(ws, input, mode, `translated_content.${locale}`, record.content.author_id);
  }
}

export function removeArticle(ws: Workspace, record: ArticleRecord): void {
  ws.state.articles = ws.state.articles.filter((a) => a !== record);
  ws.markChanged();
}
