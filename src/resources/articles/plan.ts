import type { ArticleBody, ArticleContentBody, LiveArticle, LiveArticleContent } from '../../client/live-types.js';
import type { FieldChange } from '../../plan/plan-types.js';
import type { KindPlanContext } from '../kind.js';
import { nameFormNote } from '../kit/match-by-name.js';
import { AuthorResolver } from './authors.js';
import type { ArticleChange, PendingLink } from './change.js';
import { contentsOf, contentsOfArticle, type ContentRef } from './contents.js';
import { placeArticles, type DeclaredArticle } from './declared.js';
import { ARTICLE_CONTENT_FIELDS, contentChanges, newContentFields, type ContentValues, type FieldDisplay } from './fields.js';
import { bodyFiles, resolveBody, settleLinkCycles, type LinkContext, type ResolvedBody } from './links.js';
import { reachableArticles } from './ignored.js';
import { LiveArticleIndex } from './live-index.js';
import { checkLocales } from './locales.js';
import { matchArticles } from './match.js';
import { keepIgnoredArticlesHome, orderCollectionDeletes, planArticlePrune } from './prune.js';
import type { DesiredArticle } from './schema.js';
import { ArticleUrls } from './urls.js';

export const NO_COLLECTION = '(no collection)';

interface Planning {
  ctx: KindPlanContext;
  index: LiveArticleIndex;
  links: LinkContext;
  authors: AuthorResolver;
}

/** One language's content as planned: values to compare and send, and how to show them. */
interface PlannedContent {
  ref: ContentRef;
  values: ContentValues;
  display: FieldDisplay;
  links: PendingLink[];
}

/**
 * Articles: creates and updates (renames, moves, content per language), then — with
 * `--prune` — unlisted articles of the help centers the file puts articles in, `blocked`
 * unless deleting is allowed. Writes wait for the collections they go into and for the
 * articles whose new URLs they link to; collection deletes wait for the articles leaving.
 */
export function planArticles(articles: readonly DesiredArticle[], defaultAuthor: string | undefined, ctx: KindPlanContext): ArticleChange[] {
  const live = ctx.live;
  const everything = new LiveArticleIndex(live.articles ?? [], live.collections ?? [], live.helpCenters ?? [], live.admins ?? []);
  // Articles `ignore:` keeps out of reach are never matched, moved, changed or pruned.
  const index = reachableArticles(everything, ctx.ignore);
  const declared = placeArticles(articles, ctx, index);
  const matches = matchArticles(declared, index, ctx.issues);
  const links: LinkContext = {
    files: bodyFiles(contentsOf(articles)),
    declared: new Map(declared.map((d) => [d.decl, d])),
    matches,
    urls: new ArticleUrls(index.byId),
    issues: ctx.issues,
    workspace: ctx.workspace,
  };
  const planning: Planning = { ctx, index, links, authors: new AuthorResolver(defaultAuthor, index, ctx.issues) };

  const changes: ArticleChange[] = [];
  for (const article of declared) {
    const current = matches.get(article);
    const formNote = current && nameFormNote(`article "${article.decl.title}"`, article.decl.title, { id: current.id, name: current.title });
    if (formNote) ctx.notes.push({ address: article.address, message: formNote });
    checkLocales(article, current ?? index.defaultLocaleOf(article.helpCenter.id), ctx.issues);
    const change = current ? planUpdate(article, current, planning) : planCreate(article, planning);
    if (change) changes.push(change);
  }
  checkLinkTargets(changes, declared, ctx);
  const relinks = settleLinkCycles(changes);
  if (ctx.options.prune) changes.push(...planArticlePrune(ctx.options.allowDelete, declared, matches, index));
  orderCollectionDeletes(changes, everything, ctx);
  keepIgnoredArticlesHome(everything, index, ctx);
  return [...changes, ...relinks];
}

/**
 * A pending link needs a write that gives its target the URL. A live target without a URL
 * in that language and nothing to write (Intercom may give drafts none) cannot be linked.
 */
function checkLinkTargets(changes: readonly ArticleChange[], declared: readonly DeclaredArticle[], ctx: KindPlanContext): void {
  const written = new Set(changes.map((c) => c.address));
  const byAddress = new Map(declared.map((d) => [d.address, d]));
  for (const change of changes) {
    const op = change.operation;
    for (const link of op && 'links' in op ? (op.links ?? []) : []) {
      if (written.has(link.target)) continue;
      const target = byAddress.get(link.target);
      const linking = byAddress.get(change.address);
      const content = link.in === undefined ? linking?.decl : linking?.decl.translated_content?.[link.in as keyof NonNullable<DesiredArticle['translated_content']>];
      const where = [...(linking?.path ?? []), ...(link.in === undefined ? [] : ['translated_content', link.in])];
      ctx.issues.add(
        [...where, content?.body_file === undefined ? 'body' : 'body_file'],
        `a link to "${target?.decl.title ?? link.target}"${link.locale ? ` (${link.locale})` : ''}: that article has no URL in Intercom ` +
          'and nothing in this plan gives it one (a draft may have none); publish it, or remove the link',
      );
    }
  }
}

function planContent(ref: ContentRef, planning: Planning, prefix: string): PlannedContent {
  const values: ContentValues = { title: ref.content.title };
  if (ref.content.description !== undefined) values.description = ref.content.description;
  if (ref.content.state !== undefined) values.state = ref.content.state;
  const author = planning.authors.idOf(ref);
  if (author !== undefined) values.author_id = author;
  let resolved: ResolvedBody | undefined;
  if (ref.content.body !== undefined) {
    resolved = resolveBody(ref, ref.content.body, planning.links);
    values.body = resolved.html;
  } else if (ref.content.body_file !== undefined) {
    planning.ctx.issues.add([...ref.path, 'body_file'], 'the body file was not read: load the config with loadConfig (or the CLI), which reads body files');
  }
  const display: FieldDisplay = {
    prefix,
    authorName: (id) => planning.index.authorName(id),
    readable: (html) => resolved?.readable ?? html,
    markdown: ref.content.body,
  };
  return { ref, values, display, links: resolved?.links ?? [] };
}

function planCreate(article: DeclaredArticle, planning: Planning): ArticleChange {
  const [top, ...translations] = contentsOfArticle(article.decl, article.index).map((ref) =>
    planContent(ref, planning, ref.locale === undefined ? '' : `translated_content.${ref.locale}.`),
  ) as [PlannedContent, ...PlannedContent[]];
  if (!planning.authors.hasAuthor(top.ref)) {
    planning.ctx.issues.add([...article.path, 'title'], 'a new article needs an author: add `author:` (an admin\'s email) or set help_center.default_author');
  }
  const body: ArticleBody = ARTICLE_CONTENT_FIELDS.body(ARTICLE_CONTENT_FIELDS.desired(top.values));
  const fields = newContentFields(top.values, top.display);
  if (article.collection.length > 0) fields.push({ path: 'collection', after: article.collection.join(' / ') });
  for (const translation of translations) {
    const locale = translation.ref.locale!;
    (body.translated_content ??= {})[locale] = ARTICLE_CONTENT_FIELDS.body(ARTICLE_CONTENT_FIELDS.desired(translation.values)) as ArticleContentBody;
    fields.push(...newContentFields(translation.values, translation.display));
  }
  const links = [top, ...translations].flatMap((c) => c.links);
  const change = baseChange(article, 'create');
  change.fields = fields;
  change.operation = { type: 'create_article', parent: article.parent, body, ...(links.length > 0 ? { links } : {}) };
  if (article.parent && 'address' in article.parent) change.dependsOn = [article.parent.address];
  return change;
}

function planUpdate(article: DeclaredArticle, live: LiveArticle, planning: Planning): ArticleChange | undefined {
  const urls = planning.links.urls;
  const canonical = (content: LiveArticleContent): LiveArticleContent => ({ ...content, body: urls.canonical(content.body) });
  const fields: FieldChange[] = [];
  const body: ArticleBody = {};
  const links: PendingLink[] = [];
  for (const ref of contentsOfArticle(article.decl, article.index)) {
    const prefix = ref.locale === undefined ? '' : `translated_content.${ref.locale}.`;
    const planned = planContent(ref, planning, prefix);
    const current = ref.locale === undefined ? live : live.translated_content?.[ref.locale];
    let sent: ArticleContentBody;
    if (current) {
      const { wire, shown } = contentChanges(canonical(current), planned.values, planned.display);
      if (wire.length === 0) continue;
      fields.push(...shown);
      sent = ARTICLE_CONTENT_FIELDS.bodyOf(wire);
    } else {
      // A language the article does not have yet is created whole.
      fields.push(...newContentFields(planned.values, planned.display));
      sent = ARTICLE_CONTENT_FIELDS.body(ARTICLE_CONTENT_FIELDS.desired(planned.values));
    }
    if (ref.locale === undefined) Object.assign(body, sent);
    else (body.translated_content ??= {})[ref.locale] = sent;
    if (sent.body !== undefined) links.push(...planned.links);
  }
  const fromPath = planning.index.collectionPathOf(live);
  const moves = article.parent === null ? live.parent_id !== null : 'address' in article.parent || article.parent.id !== live.parent_id;
  if (moves) fields.push({ path: 'collection', before: fromPath.length > 0 ? fromPath.join(' / ') : NO_COLLECTION, after: article.collection.length > 0 ? article.collection.join(' / ') : NO_COLLECTION });
  if (fields.length === 0) return undefined;
  const change = baseChange(article, 'update');
  change.id = live.id;
  change.fields = fields;
  change.operation = {
    type: 'update_article',
    articleId: live.id,
    ...(moves ? { parent: article.parent } : {}),
    body,
    ...(links.length > 0 ? { links } : {}),
  };
  if (moves && article.parent && 'address' in article.parent) change.dependsOn = [article.parent.address];
  return change;
}

function baseChange(article: DeclaredArticle, action: 'create' | 'update'): ArticleChange {
  return {
    address: article.address,
    kind: 'article',
    name: article.decl.title,
    help_center: article.helpCenter.identifier,
    collection: article.collection,
    action,
  };
}
