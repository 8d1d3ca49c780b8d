import type { ConfigPath, PlanIssues } from '../../plan/plan-issues.js';
import type { ContentRef } from './contents.js';
import { articlePath } from './contents.js';
import type { LiveArticleIndex } from './live-index.js';

/**
 * Authors are named by email (ids differ between workspaces) and resolved against the one
 * admin listing: a translation's own `author`, else its article's, else
 * `help_center.default_author`. An email no admin has is reported once, where it is written.
 */
export class AuthorResolver {
  private readonly reported = new Set<string>();

  constructor(
    private readonly defaultAuthor: string | undefined,
    private readonly index: LiveArticleIndex,
    private readonly issues: PlanIssues,
  ) {}

  /** The admin id of a content's author; undefined when none is named (or the email is unknown). */
  idOf(ref: ContentRef): string | undefined {
    const named = this.named(ref);
    if (!named) return undefined;
    const admin = this.index.adminByEmail(named.email);
    if (admin) return admin.id;
    const key = JSON.stringify(named.path);
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.issues.add(
        named.path,
        `no teammate of this workspace has the email "${named.email}"; use the email an admin signs in with (Settings → Teammates), or invite them first`,
      );
    }
    return undefined;
  }

  /** Whether a content names an author at all (through any of the three places). */
  hasAuthor(ref: ContentRef): boolean {
    return this.named(ref) !== undefined;
  }

  private named(ref: ContentRef): { email: string; path: ConfigPath } | undefined {
    if (ref.content.author !== undefined) return { email: ref.content.author, path: [...ref.path, 'author'] };
    if (ref.locale !== undefined && ref.article.author !== undefined) return { email: ref.article.author, path: [...articlePath(ref.index), 'author'] };
    if (this.defaultAuthor !== undefined) return { email: this.defaultAuthor, path: ['help_center', 'default_author'] };
    return undefined;
  }
}
