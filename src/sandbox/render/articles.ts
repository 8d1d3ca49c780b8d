/**
 * Articles as the 2.14 API answers them: string `id`, integer `parent_id` and `author_id`,
 * `parent_ids` empty (as in every 2.14 example), read-only `tags`, `statistics` on single
 * articles but not in lists, `url` from the help center, and `default_locale` with
 * `translated_content` only for multilingual help centers (null for a locale with no
 * content). Statistics carry `conversations`, as Intercom's examples do (the schema says
 * `conversions`).
 */
import type { ArticleContentRecord, ArticleRecord } from '../content-records.js';
import { articleHelpCenter } from '../model/articles.js';
import type { HelpCenterRecord } from '../state.js';
import type { Workspace } from '../workspace.js';

export function renderArticle(ws: Workspace, article: ArticleRecord, withStatistics: boolean): Record<string, unknown> {
  const hc = articleHelpCenter(ws, article);
  const [defaultLocale = 'en'] = hc?.locales ?? [];
  const parentExists = article.parent_id !== null && ws.collection(article.parent_id) !== undefined;
  const body: Record<string, unknown> = {
    id: article.id,
    type: 'article',
    workspace_id: ws.workspaceId,
    parent_id: parentExists ? Number(article.parent_id) : null,
    parent_type: parentExists ? 'collection' : null,
    parent_ids: [],
  };
  if (withStatistics) {
    body['statistics'] = {
      type: 'article_statistics',
      views: 0,
      conversations: 0,
      reactions: 0,
      happy_reaction_percentage: 0,
      neutral_reaction_percentage: 0,
      sad_reaction_percentage: 0,
    };
  }
  const c = article.content;
  body['tags'] = { type: 'tag.list', tags: [] };
  // The top level is the default locale's content, without the content's `type`.
  const { type: _type, ...content } = renderContent(hc, defaultLocale, article.id, c);
  Object.assign(body, content);
  if (hc && hc.locales.length > 1) {
    body['default_locale'] = defaultLocale;
    const translated: Record<string, unknown> = { type: 'article_translated_content' };
    for (const locale of hc.locales) {
      const content = locale === defaultLocale ? c : article.translations[locale];
      translated[locale] = content ? renderContent(hc, locale, article.id, content) : null;
    }
    body['translated_content'] = translated;
  }
  return body;
}

function renderContent(hc: HelpCenterRecord | undefined, locale: string, id: string, c: ArticleContentRecord): Record<string, unknown> {
  return {
    type: 'article_content',
    title: c.title,
    description: c.description,
    body: c.body,
    author_id: Number(c.author_id),
    state: c.state,
    created_at: c.created_at,
    updated_at: c.updated_at,
    url: hc ? articleUrl(hc, locale, id, c.title) : null,
  };
}

/** `<help center>/<locale>/articles/<id>-<slug of the title>`, as in the 2.14 examples. */
export function articleUrl(hc: HelpCenterRecord, locale: string, id: string, title: string): string {
  const base = (hc.custom_domain ? `https://${hc.custom_domain}` : hc.url).replace(/\/+$/, '');
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base}/${locale}/articles/${id}${slug ? `-${slug}` : ''}`;
}
