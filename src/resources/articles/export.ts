import { posix } from 'node:path';
import type { LiveArticle, LiveArticleContent } from '../../client/live-types.js';
import { htmlToMarkdown } from '../../content/index.js';
import type { ExportOptions } from '../kind.js';
import type { LiveState } from '../live-families.js';
import { reachableArticles } from './ignored.js';
import { LiveArticleIndex } from './live-index.js';
import type { DesiredArticle, DesiredArticleContent } from './schema.js';
import { ArticleUrls } from './urls.js';

export interface ExportedArticles {
  default_author?: string;
  articles: DesiredArticle[];
}

interface Entry {
  article: LiveArticle;
  helpCenter: string | undefined;
  collection: string[];
  /** Content per locale (undefined: the default one), with the file it is exported to. */
  contents: Array<{ locale: string | undefined; content: LiveArticleContent; file: string }>;
}

/**
 * The live articles as config: sorted by help center, collection path and title; bodies as
 * Markdown. With `articleFiles` each body gets a file name (`<collection>/<title>.md`,
 * `<title>.<locale>.md` for translations) and links to other articles become relative
 * links between those files, so the export can be applied to another workspace; without,
 * links keep the workspace's own URLs. The most common author becomes default_author.
 */
export function exportArticles(live: LiveState, options: ExportOptions = {}): ExportedArticles | undefined {
  if (!live.articles || !live.collections || !live.helpCenters || !live.admins) return undefined;
  const index = new LiveArticleIndex(live.articles, live.collections, live.helpCenters, live.admins);
  // Articles `ignore:` keeps out of reach are not exported; links to them keep their URLs.
  const entries = exportEntries(reachableArticles(index, options.ignore));
  const urls = new ArticleUrls(index.byId);
  const fileOf = new Map<string, string>();
  for (const entry of entries) for (const c of entry.contents) fileOf.set(`${entry.article.id}/${c.locale ?? ''}`, c.file);

  const emails = entries.flatMap((e) => e.contents.map((c) => index.adminEmail(c.content.author_id)));
  const defaultAuthor = emails.every((e) => e !== undefined) ? mostCommon(emails as string[]) : undefined;
  const articles = entries.map((entry): DesiredArticle => {
    const [top, ...translations] = entry.contents;
    const markdownOf = (html: string, from: string): string =>
      htmlToMarkdown(html, {
        mapLink: (url) => {
          const found = options.articleFiles ? urls.target(url) : undefined;
          if (!found) return undefined;
          const file = fileOf.get(`${found.article.id}/${found.locale ?? ''}`) ?? fileOf.get(`${found.article.id}/`);
          return file === undefined ? undefined : `${posix.relative(posix.dirname(from), file) || posix.basename(file)}${found.url.hash}`;
        },
      });
    const author = index.adminEmail(entry.article.author_id);
    const out: DesiredArticle = { title: entry.article.title };
    if (entry.collection.length > 0) out.collection = entry.collection;
    if (entry.helpCenter !== undefined) out.help_center = entry.helpCenter;
    Object.assign(out, exportContent(top!.content, top!.file, markdownOf, author === defaultAuthor ? undefined : author, options));
    for (const { locale, content, file } of translations) {
      const own = index.adminEmail(content.author_id);
      const translated = { title: content.title, ...exportContent(content, file, markdownOf, own === author ? undefined : own, options) } as DesiredArticleContent;
      (out.translated_content ??= {})[locale as keyof NonNullable<DesiredArticle['translated_content']>] = translated;
    }
    return out;
  });
  return defaultAuthor === undefined ? { articles } : { default_author: defaultAuthor, articles };
}

function exportContent(
  content: LiveArticleContent,
  file: string,
  markdownOf: (html: string, from: string) => string,
  author: string | undefined,
  options: ExportOptions,
): Partial<DesiredArticleContent> {
  const out: Partial<DesiredArticleContent> = {};
  if (content.description !== '') out.description = content.description;
  const markdown = content.body.trim() === '' ? '' : markdownOf(content.body, file);
  if (markdown !== '') {
    if (options.articleFiles) out.body_file = file;
    out.body = markdown;
  }
  if (content.state === 'published' || content.state === 'draft') out.state = content.state;
  if (author !== undefined) out.author = author;
  return out;
}

/** Articles with a known place, in export order, each content with a unique file name. */
function exportEntries(index: LiveArticleIndex): Entry[] {
  const entries: Entry[] = [];
  for (const article of index.articles) {
    const helpCenter = index.helpCenterOf(article);
    if (!helpCenter) continue;
    const translations = Object.entries(article.translated_content ?? {})
      .filter(([locale, content]) => locale !== article.default_locale && content.title !== '')
      .sort(([a], [b]) => compare(a, b));
    entries.push({
      article,
      helpCenter: helpCenter === index.defaultHelpCenter ? undefined : helpCenter.identifier,
      collection: index.collectionPathOf(article),
      contents: [{ locale: undefined, content: article, file: '' }, ...translations.map(([locale, content]) => ({ locale, content, file: '' }))],
    });
  }
  const key = (e: Entry) => [e.helpCenter ?? '', ...e.collection, e.article.title, e.article.id].join('\u0000');
  entries.sort((a, b) => compare(key(a), key(b)));
  const taken = new Set<string>();
  for (const entry of entries) {
    // Slugs only: names from the workspace never reach the file system as written.
    const stem = [...(entry.helpCenter === undefined ? [] : [slug(entry.helpCenter)]), ...entry.collection.map(slug), slug(entry.article.title)].join('/');
    let unique = stem;
    for (let n = 2; taken.has(unique); n += 1) unique = `${stem}-${n}`;
    taken.add(unique);
    for (const c of entry.contents) c.file = `${unique}${c.locale === undefined ? '' : `.${c.locale}`}.md`;
  }
  return entries;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'untitled'
  );
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || compare(a, b))[0]?.[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
