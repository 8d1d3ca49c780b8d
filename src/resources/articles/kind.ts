import type { ArticleBody, LiveArticle, LiveArticleContent } from '../../client/live-types.js';
import { bodyFingerprint } from '../../content/index.js';
import type { IdRef } from '../../plan/plan-types.js';
import type { ResourceKind, WriteContext } from '../kind.js';
import { sameName } from '../../plan/same-name.js';
import type { ArticleChange } from './change.js';
import { exportArticles } from './export.js';
import { ARTICLE_CONTENT_FIELDS } from './fields.js';
import { readArticleFiles } from './files.js';
import { articleNamePath, liveArticleNames } from './ignored.js';
import { fillLinks } from './links.js';
import { planArticles } from './plan.js';
import { checkArticles, declaredArticles } from './rules.js';
import { articlesSection } from './schema.js';
import { articleUnapplied } from './verify.js';

/** Help-center articles: Markdown in the repository, matched by help center, collection path and title. */
export const articleKind: ResourceKind<typeof articlesSection, ArticleChange> = {
  name: 'article',
  heldBy: 'collection',
  section: articlesSection,
  children: [],
  identity: ['help_center', 'collection'],

  rules: checkArticles,
  declaredObjects: declaredArticles,

  // Collections and help centers place articles; admins turn authors' emails into ids.
  reads: (config) => (config.help_center?.articles !== undefined ? ['helpCenters', 'collections', 'articles', 'admins'] : []),

  plan: (config, ctx) => {
    const section = config.help_center;
    return section?.articles === undefined ? [] : planArticles(section.articles, section.default_author, ctx);
  },

  export: (live, options) => {
    const exported = exportArticles(live, options);
    return exported ? { help_center: exported } : {};
  },

  count: (config) => ({ articles: config.help_center?.articles?.length ?? 0 }),

  describe: (change) => {
    const where = change.collection.length > 0 ? change.collection.join(' / ') : 'no collection';
    return `article "${change.name}" (${change.help_center}: ${where})`;
  },

  readFiles: (config, context) => readArticleFiles(config.help_center?.articles, context),

  fields: ARTICLE_CONTENT_FIELDS,
  unapplied: (_change, written) => articleUnapplied(written),
  whereInIntercom: (change) =>
    `Help Center → Articles (help center "${change.help_center}"${change.collection.length > 0 ? `, collection "${change.collection.join(' / ')}"` : ''}) → "${change.name}"`,
  namePath: (change) => articleNamePath(change.collection, change.name),
  ignore: {
    key: 'articles',
    noun: 'article',
    patterns: 'collection path and title, e.g. "Getting started/Draft *" or "**/Internal *"',
    liveNames: liveArticleNames,
  },

  writes: {
    create_article: async (op, ctx) => {
      const body: ArticleBody = await fillLinks(op.body, op.links, ctx);
      if (op.parent !== null) Object.assign(body, { parent_id: Number(ctx.resolve(op.parent)), parent_type: 'collection' });
      const answer = await ctx.api.createArticle(body);
      return { id: answer.id, answer, sent: body };
    },
    update_article: async (op, ctx) => {
      const body: ArticleBody = await fillLinks(op.body, op.links, ctx);
      if (op.parent !== undefined) Object.assign(body, parentFields(op.parent, ctx));
      const answer = await ctx.api.updateArticle(op.articleId, body);
      return { id: answer.id, answer, sent: body };
    },
    relink_article: async (op, ctx) => {
      const body = await fillLinks(op.body, op.links, ctx);
      const answer = await ctx.api.updateArticle(ctx.resolve(op.article), body);
      return { id: answer.id, answer, sent: body };
    },
    delete_article: async (op, ctx) => {
      await ctx.api.deleteArticle(op.articleId);
      return { id: op.articleId };
    },
  },

  created: {
    // An article's place is its collection (a parent id is unique) or, outside any, the default help center.
    families: () => ['articles'],
    sameName: (change, live, ctx) => {
      const op = change.operation;
      if (op?.type !== 'create_article') return [];
      const parent = op.parent === null ? null : ctx.resolve(op.parent);
      return (live.articles ?? [])
        .filter((a) => a.parent_id === parent && sameName(a.title, change.name))
        .map((a) => ({ id: a.id, name: a.title, archived: false }));
    },
    // Deleting is permanent, so it needs --allow-delete, as pruning does.
    undo: 'delete',
    async undoDuplicate(_change, object, ctx) {
      await ctx.api.deleteArticle(object.id);
      return { done: 'deleted it', removed: [] };
    },
    undoRequest: (_change, object) => `DELETE /articles/${object.id}`,
  },

  // Bodies are fingerprinted by meaning, so an editor's rewrite of the stored HTML does not make a saved plan stale.
  liveObjects: (live) => (live.articles ?? []).map((article) => [article.id, fingerprintable(article)] as const),
};

function parentFields(parent: IdRef | null, ctx: WriteContext): Pick<ArticleBody, 'parent_id' | 'parent_type'> {
  return parent === null ? { parent_id: null } : { parent_id: Number(ctx.resolve(parent)), parent_type: 'collection' };
}

function fingerprintable(article: LiveArticle): object {
  const content = ({ updated_at: _u, body, ...rest }: LiveArticleContent) => ({ ...rest, body: bodyFingerprint(body) });
  const { translated_content, id, parent_id, parent_type, default_locale, ...top } = article;
  return {
    id,
    parent_id,
    parent_type,
    default_locale,
    ...content(top),
    translated_content: translated_content && Object.fromEntries(Object.entries(translated_content).map(([locale, c]) => [locale, content(c)])),
  };
}
