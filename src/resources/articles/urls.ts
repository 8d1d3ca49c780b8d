import type { LiveArticle } from '../../client/live-types.js';

/**
 * Links between articles compare by the article they point to, not by URL text: an
 * article's URL holds a slug of its title, so renaming a linked article changes its URL
 * while old links keep working (Intercom finds the article by the id in front of the
 * slug). Any link to a live article is rewritten to that article's current URL in the
 * link's locale before bodies are compared or shown, so a rename never makes the articles
 * linking to it look changed, and a plan after it is empty.
 */
export class ArticleUrls {
  private readonly origins = new Set<string>();

  constructor(private readonly byId: ReadonlyMap<string, LiveArticle>) {
    for (const article of byId.values()) {
      for (const url of [article.url, ...Object.values(article.translated_content ?? {}).map((c) => c.url)]) {
        const origin = originOf(url);
        if (origin) this.origins.add(origin);
      }
    }
  }

  /** The URL of an article's content in `locale` (undefined: the default locale); null when it has none yet. */
  urlOf(article: LiveArticle, locale: string | undefined): string | null {
    if (locale === undefined || locale === article.default_locale) return article.url;
    return article.translated_content?.[locale]?.url ?? null;
  }

  /** The HTML with every link to a live article written as that article's current URL. */
  canonical(html: string): string {
    if (this.origins.size === 0 || !html.includes('/articles/')) return html;
    return html.replace(/href=(["'])(.*?)\1/g, (whole, quote: string, raw: string) => {
      const current = this.currentUrl(decodeEntities(raw));
      return current === undefined ? whole : `href=${quote}${encodeEntities(current)}${quote}`;
    });
  }

  /** The live article (and its content's locale; undefined: the default) a URL points to, if any. */
  target(href: string): { article: LiveArticle; locale: string | undefined; url: URL } | undefined {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return undefined;
    }
    if (!this.origins.has(url.origin)) return undefined;
    const match = /(?:\/([A-Za-z]{2}(?:-[A-Za-z]{2})?))?\/articles\/(\d+)(?:-[^/]*)?\/?$/.exec(url.pathname);
    const article = match ? this.byId.get(match[2] ?? '') : undefined;
    if (!match || !article) return undefined;
    const locale = match[1] === undefined || match[1] === article.default_locale || this.urlOf(article, match[1]) === null ? undefined : match[1];
    return { article, locale, url };
  }

  private currentUrl(href: string): string | undefined {
    const found = this.target(href);
    if (!found) return undefined;
    const current = this.urlOf(found.article, found.locale);
    return current === null ? undefined : `${current}${found.url.search}${found.url.hash}`;
  }
}

function originOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function encodeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
