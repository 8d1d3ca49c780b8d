import type { LiveArticle } from '../../client/live-types.js';
import { address } from '../../plan/plan-types.js';
import type { KindPlanContext } from '../kind.js';
import type { ArticleChange } from './change.js';
import type { DeclaredArticle } from './declared.js';
import type { LiveArticleIndex } from './live-index.js';

/**
 * Live articles of the help centers the file puts articles in that no declared article
 * matched: deleted with --allow-delete (deleting an article is permanent), otherwise
 * listed as blocked. Help centers the file puts no article in are never touched.
 */
export function planArticlePrune(
  allowDelete: boolean,
  declared: readonly DeclaredArticle[],
  matches: ReadonlyMap<DeclaredArticle, LiveArticle>,
  index: LiveArticleIndex,
): ArticleChange[] {
  const claimed = new Set(matches.values());
  const mentioned = new Map(declared.map((d) => [d.helpCenter.id, d.helpCenter]));
  const changes: ArticleChange[] = [];
  for (const helpCenter of mentioned.values()) {
    const unlisted = index
      .inHelpCenter(helpCenter.id)
      .filter((a) => !claimed.has(a))
      .map((article) => ({ article, path: index.collectionPathOf(article) }))
      .sort((a, b) => compare([...a.path, a.article.title].join('\u0000'), [...b.path, b.article.title].join('\u0000')) || compare(a.article.id, b.article.id));
    for (const { article, path } of unlisted) {
      const change: ArticleChange = {
        address: `${address('article', helpCenter.identifier, ...path, article.title)}#${article.id}`,
        kind: 'article',
        name: article.title,
        id: article.id,
        help_center: helpCenter.identifier,
        collection: path,
        action: 'blocked',
        reason: 'not in the config; deleting an article is permanent and needs --allow-delete',
      };
      if (allowDelete) {
        change.action = 'delete';
        change.reason = 'not in the config (prune --allow-delete)';
        change.operation = { type: 'delete_article', articleId: article.id };
      }
      changes.push(change);
    }
  }
  return changes;
}

/**
 * A collection deleted in this plan must be empty by then: Intercom does not refuse the
 * delete, and the articles still in it would lose their collection. Its delete waits for
 * every article write that takes an article out of it (a move or a delete).
 */
export function orderCollectionDeletes(changes: readonly ArticleChange[], index: LiveArticleIndex, ctx: KindPlanContext): void {
  const deletes = new Map<string, string>();
  for (const change of ctx.planned) {
    if (change.kind === 'collection' && change.operation?.type === 'delete_collection' && change.id !== undefined) deletes.set(change.id, change.address);
  }
  if (deletes.size === 0) return;
  for (const change of changes) {
    const op = change.operation;
    const leaves = op?.type === 'delete_article' || (op?.type === 'update_article' && op.parent !== undefined);
    const parentId = change.id === undefined ? undefined : index.byId.get(change.id)?.parent_id;
    const collectionDelete = parentId ? deletes.get(parentId) : undefined;
    if (leaves && collectionDelete) ctx.order(collectionDelete, change.address);
  }
}

/**
 * Deleting a collection would take along the articles `ignore:` keeps in it (Intercom
 * leaves them without a collection), so a plan that deletes one is refused at that
 * collection, naming the article.
 */
export function keepIgnoredArticlesHome(everything: LiveArticleIndex, reachable: LiveArticleIndex, ctx: KindPlanContext): void {
  if (everything === reachable) return;
  const deletes = new Map<string, { address: string; path: string[] }>();
  for (const change of ctx.planned) {
    if (change.kind === 'collection' && change.action === 'delete' && change.id !== undefined) {
      deletes.set(change.id, { address: change.address, path: (change as { path?: string[] }).path ?? [change.name] });
    }
  }
  if (deletes.size === 0) return;
  const kept = new Set(reachable.articles);
  for (const article of everything.articles) {
    if (kept.has(article) || article.parent_id === null) continue;
    const seen = new Set<string>();
    for (let id: string | null = article.parent_id; id !== null && !seen.has(id); id = everything.tree.get(id)?.parent_id ?? null) {
      seen.add(id);
      const deleted = deletes.get(id);
      if (!deleted) continue;
      ctx.issues.add(
        ['help_center', 'collections'],
        `collection "${deleted.path.join(' / ')}" would be deleted, but it holds article "${article.title}" (id ${article.id}), ` +
          'which `ignore:` keeps out of reach; declare the collection, or remove the pattern that ignores the article',
      );
      break;
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
