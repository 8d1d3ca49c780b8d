import type { ConfigPath } from '../../config/parts/findings.js';
import type { DesiredArticle, DesiredArticleContent } from './schema.js';

/** One language's content of a declared article: the top level (default locale) or a translation. */
export interface ContentRef {
  article: DesiredArticle;
  /** Position in `help_center.articles`. */
  index: number;
  /** undefined: the default locale (the top level). */
  locale: string | undefined;
  content: DesiredArticle | DesiredArticleContent;
  /** Config path of the content: the article, or its `translated_content.<locale>`. */
  path: ConfigPath;
}

export function articlePath(index: number): ConfigPath {
  return ['help_center', 'articles', index];
}

/** The contents of one article: its top level, then each translation in the order written. */
export function contentsOfArticle(article: DesiredArticle, index: number): ContentRef[] {
  const path = articlePath(index);
  const out: ContentRef[] = [{ article, index, locale: undefined, content: article, path }];
  for (const [locale, content] of Object.entries(article.translated_content ?? {})) {
    if (content) out.push({ article, index, locale, content, path: [...path, 'translated_content', locale] });
  }
  return out;
}

export function contentsOf(articles: readonly DesiredArticle[]): ContentRef[] {
  return articles.flatMap((article, index) => contentsOfArticle(article, index));
}
