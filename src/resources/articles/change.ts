import type { ArticleBody } from '../../client/live-types.js';
import type { ChangeBase, IdRef } from '../../plan/plan-types.js';

/**
 * A link to an article whose URL is known only once an earlier write of the same apply has
 * run (the article is created there, or gains the linked translation there). Its href is a
 * token in the body until then.
 */
export interface PendingLink {
  /** The content holding the link: undefined for the top level, else its locale. */
  in: string | undefined;
  /** The token's number in that content's body. */
  token: number;
  /** Address of the change that gives the target its URL. */
  target: string;
  /** The target's content linked to: undefined for its default locale. */
  locale: string | undefined;
  /** `#section` part of the link, or ''. */
  fragment: string;
  /**
   * Two new articles linking to each other cannot both be written after the other: this
   * write leaves the link empty (`#`), and a second write of the article (`relink_article`)
   * fills it in once the target exists.
   */
  deferred?: true;
}

export type ArticleOperation =
  | { type: 'create_article'; parent: IdRef | null; body: ArticleBody; links?: PendingLink[] }
  | { type: 'update_article'; articleId: string; parent?: IdRef | null; body: ArticleBody; links?: PendingLink[] }
  | { type: 'relink_article'; article: IdRef; body: ArticleBody; links: PendingLink[] }
  | { type: 'delete_article'; articleId: string };

export type ArticleChange = ChangeBase<'article', ArticleOperation> & {
  /** Help center identifier. */
  help_center: string;
  /** Collection names from the top level down; empty for an article outside any collection. */
  collection: string[];
};
