import type { LiveState } from '../live-families.js';
import type { IgnoreCheck, LiveName } from '../kind.js';
import { LiveArticleIndex } from './live-index.js';

/**
 * An article's name path, as `ignore:` patterns match it: its collection path, then its
 * title (`Getting started/Installation/Install the app`; an article outside any
 * collection is just its title).
 */
export function articleNamePath(collection: readonly string[], title: string): string[] {
  return [...collection, title];
}

/** The index of what planning and export may touch: articles `ignore:` keeps out of reach are left out. */
export function reachableArticles(index: LiveArticleIndex, ignore: IgnoreCheck | undefined): LiveArticleIndex {
  if (!ignore) return index;
  return index.without((article) => ignore.ignores('article', articleNamePath(index.collectionPathOf(article), article.title)));
}

/** Every live article with its id and name path, for `ignore:`. */
export function liveArticleNames(live: LiveState): LiveName[] {
  if (!live.articles || !live.collections || !live.helpCenters) return [];
  const index = new LiveArticleIndex(live.articles, live.collections, live.helpCenters, live.admins ?? []);
  return live.articles.map((article) => ({ id: article.id, path: articleNamePath(index.collectionPathOf(article), article.title) }));
}
