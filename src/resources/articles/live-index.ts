import type { LiveAdmin, LiveArticle, LiveCollection, LiveHelpCenter } from '../../client/live-types.js';
import { defaultHelpCenter, placeCollections } from '../collections/help-centers.js';
import { LiveCollectionTree } from '../collections/live-tree.js';
import { nameKey } from '../../plan/same-name.js';
import { preferExact } from '../kit/match-by-name.js';

/**
 * The live help center around articles, indexed for matching: each article's help center
 * and collection path, articles by place and title (titles compare as Intercom compares
 * names, the exact spelling first: kit/match-by-name.ts), admins by email. Articles carry no
 * help center of their own: one in a collection is in that collection's help center, one
 * outside any collection in the default help center (where the API creates it). An article
 * whose parent is not a listed collection (a section) has no known place and is never
 * matched or pruned.
 */
export class LiveArticleIndex {
  readonly tree: LiveCollectionTree;
  readonly defaultHelpCenter: LiveHelpCenter | undefined;
  private readonly helpCenterById: Map<string, LiveHelpCenter>;
  private readonly byPlace = new Map<string, LiveArticle[]>();
  private readonly byHelpCenterAndTitle = new Map<string, LiveArticle[]>();
  private readonly place = new Map<LiveArticle, { helpCenter: LiveHelpCenter; parentId: string | null }>();
  readonly byId: Map<string, LiveArticle>;
  private readonly adminsByEmail: Map<string, LiveAdmin>;
  private readonly adminsById: Map<string, LiveAdmin>;
  #defaultLocales: Map<string, string> | undefined;

  constructor(
    readonly articles: readonly LiveArticle[],
    collections: readonly LiveCollection[],
    readonly helpCenters: readonly LiveHelpCenter[],
    private readonly admins: readonly LiveAdmin[],
  ) {
    // A child collection may be listed with no help center: it is in its parent's.
    this.tree = new LiveCollectionTree(placeCollections(collections, helpCenters));
    this.defaultHelpCenter = defaultHelpCenter(helpCenters);
    this.helpCenterById = new Map(helpCenters.map((h) => [h.id, h]));
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.adminsByEmail = new Map(admins.map((a) => [a.email.toLowerCase(), a]));
    this.adminsById = new Map(admins.map((a) => [a.id, a]));
    for (const article of articles) {
      const where = this.locate(article);
      if (!where) continue;
      this.place.set(article, where);
      append(this.byPlace, placeKey(where.helpCenter.id, where.parentId, article.title), article);
      append(this.byHelpCenterAndTitle, `${where.helpCenter.id}\u0000${nameKey(article.title)}`, article);
    }
  }

  /** Live articles at one place (a collection id, or null: outside any collection) with this title. */
  at(helpCenterId: string, parentId: string | null, title: string): LiveArticle[] {
    return titled(title, this.byPlace.get(placeKey(helpCenterId, parentId, title)));
  }

  /** Live articles of a help center bearing one of `titles`, in listing order. */
  inHelpCenterTitled(helpCenterId: string, titles: readonly string[]): LiveArticle[] {
    const found = new Set(titles.flatMap((title) => titled(title, this.byHelpCenterAndTitle.get(`${helpCenterId}\u0000${nameKey(title)}`))));
    return this.articles.filter((a) => found.has(a));
  }

  inHelpCenter(helpCenterId: string): LiveArticle[] {
    return this.articles.filter((a) => this.place.get(a)?.helpCenter.id === helpCenterId);
  }

  /** The default language the help center's articles report (multilingual help centers only). */
  defaultLocaleOf(helpCenterId: string): string | undefined {
    if (!this.#defaultLocales) {
      this.#defaultLocales = new Map();
      for (const [article, where] of this.place) {
        if (article.default_locale && !this.#defaultLocales.has(where.helpCenter.id)) this.#defaultLocales.set(where.helpCenter.id, article.default_locale);
      }
    }
    return this.#defaultLocales.get(helpCenterId);
  }

  helpCenterOf(article: LiveArticle): LiveHelpCenter | undefined {
    return this.place.get(article)?.helpCenter;
  }

  /** Collection names from the top level down; [] outside any collection. */
  collectionPathOf(article: LiveArticle): string[] {
    const parentId = this.place.get(article)?.parentId;
    const parent = parentId ? this.tree.get(parentId) : undefined;
    return parent ? this.tree.pathOf(parent) : [];
  }

  adminByEmail(email: string): LiveAdmin | undefined {
    return this.adminsByEmail.get(email.toLowerCase());
  }

  /** An author as the config names it: the admin's email, or the id when no admin has it. */
  authorName(authorId: string): string {
    return this.adminsById.get(authorId)?.email ?? `admin id ${authorId}`;
  }

  adminEmail(authorId: string): string | undefined {
    return this.adminsById.get(authorId)?.email;
  }

  private locate(article: LiveArticle): { helpCenter: LiveHelpCenter; parentId: string | null } | undefined {
    if (article.parent_id === null) return this.defaultHelpCenter ? { helpCenter: this.defaultHelpCenter, parentId: null } : undefined;
    const parent = this.tree.get(article.parent_id);
    if (!parent || (article.parent_type !== null && article.parent_type !== 'collection')) return undefined;
    const helpCenter = parent.help_center_id === null ? undefined : this.helpCenterById.get(parent.help_center_id);
    return helpCenter ? { helpCenter, parentId: parent.id } : undefined;
  }

  /** The same index without some articles (those `ignore:` keeps out of reach). */
  without(leaveOut: (article: LiveArticle) => boolean): LiveArticleIndex {
    const kept = this.articles.filter((a) => !leaveOut(a));
    return kept.length === this.articles.length ? this : new LiveArticleIndex(kept, this.tree.collections, this.helpCenters, this.admins);
  }

}

function placeKey(helpCenterId: string, parentId: string | null, title: string): string {
  return `${helpCenterId}/${parentId ?? ''}\u0000${nameKey(title)}`;
}

function titled(title: string, found: LiveArticle[] | undefined): LiveArticle[] {
  if (!found) return [];
  return found.length <= 1 ? found : [...preferExact(title, found, (a) => a.title)];
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
