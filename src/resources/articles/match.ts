import type { LiveArticle } from '../../client/live-types.js';
import type { PlanIssues } from '../../plan/plan-issues.js';
import { duplicateMessage } from '../kit/match-by-name.js';
import type { DeclaredArticle } from './declared.js';
import type { LiveArticleIndex } from './live-index.js';

/**
 * Finds the live article of each declared one, in three rounds so that an article at its
 * place is never taken by another's move:
 * 1. the title, in the declared collection; 2. a previous title there;
 * 3. the title or a previous title anywhere else in the help center: exactly one such
 *    article is moved (and renamed) rather than recreated.
 * A declared article in a collection this plan creates has no live article at its place.
 */
export function matchArticles(declared: readonly DeclaredArticle[], index: LiveArticleIndex, issues: PlanIssues): Map<DeclaredArticle, LiveArticle> {
  const matches = new Map<DeclaredArticle, LiveArticle>();
  const claimed = new Set<LiveArticle>();
  const free = (list: readonly LiveArticle[]) => list.filter((a) => !claimed.has(a));
  const settle = (article: DeclaredArticle, found: readonly LiveArticle[]): boolean => {
    if (found.length > 1) {
      const what = [...article.collection, article.decl.title].join(' / ');
      issues.add([...article.path, 'title'], duplicateMessage(what, found.map((a) => ({ id: a.id, name: a.title }))));
      return true;
    }
    const [only] = found;
    if (!only) return false;
    matches.set(article, only);
    claimed.add(only);
    return true;
  };
  const place = (article: DeclaredArticle): string | null | undefined =>
    article.parent === null ? null : 'id' in article.parent ? article.parent.id : undefined;

  const settled = new Set<DeclaredArticle>();
  for (const article of declared) {
    const parentId = place(article);
    if (parentId !== undefined && settle(article, free(index.at(article.helpCenter.id, parentId, article.decl.title)))) settled.add(article);
  }
  for (const article of declared) {
    const parentId = place(article);
    const previous = article.decl.previous_titles ?? [];
    if (settled.has(article) || parentId === undefined || previous.length === 0) continue;
    if (settle(article, free(previous.flatMap((title) => index.at(article.helpCenter.id, parentId, title))))) settled.add(article);
  }
  for (const article of declared) {
    if (settled.has(article)) continue;
    settle(article, free(index.inHelpCenterTitled(article.helpCenter.id, [article.decl.title, ...(article.decl.previous_titles ?? [])])));
  }
  return matches;
}
