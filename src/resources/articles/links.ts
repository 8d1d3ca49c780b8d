/**
 * Links between declared articles. In the plan, a relative link becomes the target's live
 * URL when it has one; otherwise (the target is created, or gains the linked translation,
 * in the same apply) it stays a token, the write waits for the target's write, and fills
 * the URL in from that write's answer. Two new articles linking to each other are handled
 * by writing one of them twice (see PendingLink.deferred).
 */
import type { ArticleBody, ArticleContentBody, LiveArticle } from '../../client/live-types.js';
import { UserError } from '../../errors.js';
import type { PlanIssues } from '../../plan/plan-issues.js';
import type { WriteContext } from '../kind.js';
import type { ArticleChange, PendingLink } from './change.js';
import type { ContentRef } from './contents.js';
import type { DeclaredArticle } from './declared.js';
import { fileKey, isSitePath, linkedFile, renderBody, replaceLinkTokens, splitTarget } from './markdown.js';
import type { DesiredArticle } from './schema.js';
import type { ArticleUrls } from './urls.js';

export interface LinkContext {
  /** Every declared article's body files (any workspace), by file key. */
  files: ReadonlyMap<string, { article: DesiredArticle; locale: string | undefined }>;
  declared: ReadonlyMap<DesiredArticle, DeclaredArticle>;
  matches: ReadonlyMap<DeclaredArticle, LiveArticle>;
  urls: ArticleUrls;
  issues: PlanIssues;
  workspace: string;
}

export interface ResolvedBody {
  /** HTML to compare and send; links still pending keep their token. */
  html: string;
  /** The same HTML with pending links shown as written, for the plan's diff. */
  readable: string;
  links: PendingLink[];
}

export function bodyFiles(contents: readonly ContentRef[]): LinkContext['files'] {
  const files = new Map<string, { article: DesiredArticle; locale: string | undefined }>();
  for (const ref of contents) if (ref.content.body_file !== undefined) files.set(fileKey(ref.content.body_file), { article: ref.article, locale: ref.locale });
  return files;
}

export function resolveBody(ref: ContentRef, markdown: string, lc: LinkContext): ResolvedBody {
  const rendered = renderBody(markdown);
  const hrefs: (string | undefined)[] = [];
  const links: PendingLink[] = [];
  rendered.targets.forEach((target, token) => {
    if (isSitePath(target)) {
      hrefs[token] = target;
      return;
    }
    const { path, fragment } = splitTarget(target);
    const entry = lc.files.get(linkedFile(ref.content.body_file, path));
    const declared = entry && lc.declared.get(entry.article);
    if (!entry || !declared) {
      const why = entry ? `is declared only for other workspaces than "${lc.workspace}"` : 'is not the body_file of any declared article';
      lc.issues.add([...ref.path, ref.content.body_file === undefined ? 'body' : 'body_file'], `link ${JSON.stringify(target)}: the file it names ${why}; link to an article of this workspace, or write an absolute URL`);
      hrefs[token] = target;
      return;
    }
    const live = lc.matches.get(declared);
    const url = live ? lc.urls.urlOf(live, entry.locale) : null;
    if (url !== null) hrefs[token] = `${url}${fragment}`;
    else links.push({ in: ref.locale, token, target: declared.address, locale: entry.locale, fragment });
  });
  const html = lc.urls.canonical(replaceLinkTokens(rendered.html, (i) => hrefs[i] ?? `intercom-config-link:${i}`));
  const readable = replaceLinkTokens(rendered.html, (i) => hrefs[i] ?? rendered.targets[i] ?? '');
  return { html, readable, links };
}

/**
 * Pending links among the plan's article writes must not wait in a circle: a depth-first
 * walk marks each link that closes one as deferred, and adds the second write that fills
 * those links in once their targets exist.
 */
export function settleLinkCycles(changes: ArticleChange[]): ArticleChange[] {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (change: ArticleChange): void => {
    state.set(change.address, 'open');
    for (const link of linksOf(change)) {
      const target = byAddress.get(link.target);
      if (!target) continue;
      // A link to the article's own new content needs its own answer first.
      if (link.target === change.address) {
        link.deferred = true;
        continue;
      }
      const seen = state.get(link.target);
      if (seen === 'open') link.deferred = true;
      else if (seen === undefined) visit(target);
    }
    state.set(change.address, 'done');
  };
  for (const change of changes) if (!state.has(change.address)) visit(change);

  const relinks: ArticleChange[] = [];
  for (const change of changes) {
    const links = linksOf(change);
    const deferred = links.filter((l) => l.deferred);
    if (deferred.length > 0) relinks.push(relinkChange(change, deferred, links));
  }
  for (const change of changes) {
    const targets = linksOf(change).filter((l) => !l.deferred).map((l) => l.target);
    if (targets.length > 0) change.dependsOn = [...new Set([...(change.dependsOn ?? []), ...targets])];
  }
  return relinks;
}

function linksOf(change: ArticleChange): PendingLink[] {
  const op = change.operation;
  return op && 'links' in op ? (op.links ?? []) : [];
}

function relinkChange(change: ArticleChange, deferred: readonly PendingLink[], links: readonly PendingLink[]): ArticleChange {
  const op = change.operation;
  const sent: ArticleBody = op && op.type !== 'delete_article' ? op.body : {};
  const locales = new Set(deferred.map((l) => l.in));
  const body: ArticleBody = {};
  if (locales.has(undefined) && sent.body !== undefined) body.body = sent.body;
  for (const locale of locales) {
    const translated = locale === undefined ? undefined : sent.translated_content?.[locale]?.body;
    if (locale !== undefined && translated !== undefined) (body.translated_content ??= {})[locale] = { body: translated };
  }
  const again = links.filter((l) => locales.has(l.in)).map(({ deferred: _d, ...link }) => link);
  const relink: ArticleChange = {
    address: `${change.address}#links`,
    kind: 'article',
    name: change.name,
    help_center: change.help_center,
    collection: change.collection,
    action: 'update',
    fields: [{ path: 'links', after: 'to articles written earlier in this apply, which link back to this one' }],
    operation: { type: 'relink_article', article: change.id !== undefined ? { id: change.id } : { address: change.address }, body, links: again },
    dependsOn: [...new Set([change.address, ...again.map((l) => l.target)])],
  };
  if (change.id !== undefined) relink.id = change.id;
  return relink;
}

/** The request body with each pending link's URL (or `#`, for a deferred one) in place of its token. */
export async function fillLinks(body: ArticleBody, links: readonly PendingLink[] | undefined, ctx: WriteContext): Promise<ArticleBody> {
  if (!links || links.length === 0) return body;
  const hrefs = new Map<string | undefined, Map<number, string>>();
  for (const link of links) {
    const href = link.deferred ? '#' : `${await targetUrl(link, ctx)}${link.fragment}`;
    const forContent = hrefs.get(link.in) ?? new Map<number, string>();
    forContent.set(link.token, href);
    hrefs.set(link.in, forContent);
  }
  const fill = (content: ArticleContentBody, locale: string | undefined): ArticleContentBody => {
    const own = hrefs.get(locale);
    return own && content.body !== undefined ? { ...content, body: replaceLinkTokens(content.body, (i) => own.get(i) ?? '#') } : content;
  };
  const out: ArticleBody = { ...body, ...fill(body, undefined) };
  if (body.translated_content) {
    out.translated_content = Object.fromEntries(Object.entries(body.translated_content).map(([locale, content]) => [locale, fill(content, locale)]));
  }
  return out;
}

async function targetUrl(link: PendingLink, ctx: WriteContext): Promise<string> {
  const answered = ctx.answerOf(link.target) as LiveArticle | undefined;
  // A create recovered by re-reading has no answer: read the article once.
  const article = answered ?? (await ctx.api.getArticle(ctx.resolve({ address: link.target })));
  const url = link.locale === undefined || link.locale === article.default_locale ? article.url : (article.translated_content?.[link.locale]?.url ?? null);
  if (url === null) {
    throw new UserError(`Intercom gave article "${article.title}" (id ${article.id}) no URL${link.locale ? ` in ${link.locale}` : ''}, so a link to it cannot be written`, {
      hint: 'Run plan again once the article has a URL in Intercom (publishing it may give it one).',
    });
  }
  return url;
}
